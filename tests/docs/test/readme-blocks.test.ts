import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesShownOutput, readBlocks, type MarkdownBlock } from './markdown-blocks';
import { freePort, ROOT, runShell, runTypeScript, startBackground, type Background } from './run-block';

/** The documents a newcomer reads, in the order they meet them. */
const DOCUMENTS = [
  'README.md',
  ...['packages', 'apps', 'examples'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .map((name) => `${dir}/${name}/README.md`)
      .filter((file) => existsSync(join(ROOT, file))),
  ),
  'bench/README.md',
  'CONTRIBUTING.md',
].filter((file) => existsSync(join(ROOT, file)));

/** What every block starts from: the reader's shell, without keys or endpoints of their own. */
function baseEnv(): NodeJS.ProcessEnv {
  // `npm install` in a block finds the tree installed: offline, it checks and links without touching the network.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  for (const name of ['CONNECT_ENDPOINT', 'CONNECT_API_KEY', 'CONNECT_MOCK_API_KEY', 'KEY', 'PORT']) delete env[name];
  // Blocks run npm and turbo themselves; they must not think they are a task of the turbo run that started this test.
  for (const name of Object.keys(env))
    if (name.startsWith('TURBO_') || name === 'npm_lifecycle_event') delete env[name];
  return env;
}

describe('every shell block in the READMEs says whether it runs', () => {
  it.each(DOCUMENTS)('%s', (file) => {
    const unmarked = readBlocks(join(ROOT, file))
      .filter((b) => b.kind === 'other' && /^(sh|bash|shell)\b/.test(b.info))
      .map((b) => `line ${b.line}: \`\`\`${b.info}`);
    expect(unmarked, 'mark each as "sh runnable", "sh runnable background" or "sh manual"').toEqual([]);
  });
});

// `DOCS_ONLY=packages/sdk/README.md npx vitest run` (in tests/docs) runs one document's blocks while you edit it.
const only = process.env['DOCS_ONLY'];
const RUNNABLE = DOCUMENTS.filter((file) => !only || file === only).filter((file) =>
  readBlocks(join(ROOT, file)).some((b) => b.kind === 'run' || b.kind === 'ts' || b.kind === 'background'),
);

describe.each(RUNNABLE)('the runnable blocks of %s', (file) => {
  const blocks = readBlocks(join(ROOT, file));
  const env = baseEnv();
  let port: number;
  let background: Background | undefined;
  beforeAll(async () => {
    port = await freePort();
    env['PORT'] = String(port); // the emulator's CLI listens on PORT when no --port is given
  });
  afterAll(async () => {
    await background?.stop();
  });
  // The README's default port, 4010 (in commands, and PORT for those that leave it out), becomes a free one, so emulators of other work on the machine are left alone.
  const onFreePort = (code: string) => code.replaceAll('4010', String(port));

  blocks.forEach((block, index) => {
    if (block.kind !== 'run' && block.kind !== 'ts' && block.kind !== 'background') return;
    const shown: MarkdownBlock | undefined = blocks[index + 1]?.kind === 'output' ? blocks[index + 1] : undefined;
    const title = `line ${block.line}: ${
      block.code
        .split('\n')
        .find((l) => l.trim() && !l.trim().startsWith('#'))
        ?.trim() ?? ''
    }`;
    it(title, async () => {
      let output: string;
      if (block.kind === 'background') {
        expect(background, 'one background block per file').toBeUndefined();
        background = await startBackground(onFreePort(block.code), env);
        Object.assign(env, {
          KEY: background.key,
          CONNECT_API_KEY: background.key,
          CONNECT_ENDPOINT: `http://127.0.0.1:${port}/public/v1`,
        });
        output = background.output();
      } else {
        const result =
          block.kind === 'ts'
            ? await runTypeScript(
                onFreePort(block.code),
                env,
                `${relative(ROOT, join(ROOT, file)).replace(/[/.]/g, '-')}-${block.line}`,
              )
            : await runShell(onFreePort(block.code), env);
        output = result.output;
        expect(result.status, `exit status; output:\n${output}`).toBe(0);
      }
      if (shown) {
        const match = matchesShownOutput(output.replaceAll(String(port), '4010'), shown.code);
        expect(match, `the output shown at line ${shown.line} differs from the real one:\n${output}`).toEqual({
          ok: true,
        });
      }
    });
  });
});
