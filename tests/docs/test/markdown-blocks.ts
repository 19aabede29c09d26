import { readFileSync } from 'node:fs';

/**
 * How a README marks a fenced block (the words after the language on the opening fence):
 * - ```` ```sh runnable ````: run from the repository root; it must exit 0.
 * - ```` ```sh runnable background ````: started and left running (an emulator) for the file's later blocks, which
 *   get `KEY`, `CONNECT_API_KEY` and `CONNECT_ENDPOINT` from what it prints — the step a reader does by copying the
 *   printed key — and stopped after the file's last block.
 * - ```` ```ts runnable ````: a self-contained module, run with Node from the repository (so the workspace packages
 *   resolve), with the same environment.
 * - ```` ```text output ```` right after a runnable block: lines its output must contain, in order; `…` stands for
 *   any text.
 * - ```` ```sh manual ````: a step that cannot run unattended (pasting a key, a real Connect endpoint, a full
 *   benchmark). Every sh block must say which it is, so none is left out silently.
 */
export type BlockKind = 'run' | 'background' | 'ts' | 'output' | 'manual' | 'other';

export interface MarkdownBlock {
  kind: BlockKind;
  /** The fence's language and marks, e.g. `sh runnable`. */
  info: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
}

function kindOf(info: string): BlockKind {
  const [lang, ...marks] = info.split(/\s+/);
  const shell = lang === 'sh' || lang === 'bash' || lang === 'shell';
  if (shell && marks.includes('runnable')) return marks.includes('background') ? 'background' : 'run';
  if (shell && marks.includes('manual')) return 'manual';
  if ((lang === 'ts' || lang === 'typescript') && marks.includes('runnable')) return 'ts';
  if (lang === 'text' && marks.includes('output')) return 'output';
  return 'other';
}

/** The fenced blocks of a Markdown file, in order. */
export function readBlocks(file: string): MarkdownBlock[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const blocks: MarkdownBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, rest] = open;
    const info = rest!.trim();
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trimStart().startsWith(fence!); j++)
      body.push(lines[j]!.slice(indent!.length));
    blocks.push({ kind: kindOf(info), info, code: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

/** True when `output` holds every non-empty line of `expected` in order, `…` matching any text. */
export function matchesShownOutput(output: string, expected: string): { ok: true } | { ok: false; missing: string } {
  const lines = output.split('\n');
  let at = 0;
  for (const want of expected
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const pattern = new RegExp(
      want
        .split('…')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*'),
    );
    while (at < lines.length && !pattern.test(lines[at]!)) at++;
    if (at === lines.length) return { ok: false, missing: want };
    at++;
  }
  return { ok: true };
}
