// `npm start` at the repository root runs this file (Node runs TypeScript as is). It prints only what the demo did
// and what to try next; errors are one line, and the keys it handles are never printed.
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeOutcome } from './describe-outcome.ts';
import { runDemo } from './run-demo.ts';

const USAGE = `Usage: npm start [-- --out <dir>] [--tokens <n>] [--seed <n>]

  --out <dir>     where the reports go (default ./out)
  --tokens <n>    tokens the emulator is seeded with (default 200)
  --seed <n>      seed of the emulator's data (default 42)

With CONNECT_ENDPOINT and CONNECT_API_KEY set, the reports run against that endpoint with that key instead.
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`npm start: ${message}\n`);
  process.exit(code);
}

let values;
try {
  values = parseArgs({
    options: {
      out: { type: 'string' },
      tokens: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean' },
    },
  }).values;
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const integer = (name: string, text: string | undefined, fallback: number, max: number): number => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > max) fail(`--${name} must be an integer from 0 to ${max}, got "${text}"`);
  return n;
};
const tokens = integer('tokens', values.tokens, 200, 10_000);
const seed = integer('seed', values.seed, 42, 2 ** 31 - 1);
const outDir = resolve(values.out ?? 'out');
const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
};

const external = Boolean(process.env['CONNECT_ENDPOINT'] && process.env['CONNECT_API_KEY']);
process.stdout.write(
  external
    ? `Running every report against ${process.env['CONNECT_ENDPOINT']} with the key in CONNECT_API_KEY…\n`
    : `Starting an emulator with ${tokens} seeded tokens, creating a Reports token with the SDK, running every report…\n`,
);
try {
  const result = await runDemo({ outDir, tokens, seed });
  process.stdout.write(describeOutcome(result, { outDir, shown }));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const key = process.env['CONNECT_API_KEY'];
  fail(key ? message.split(key).join('<CONNECT_API_KEY>') : message, 1);
}
