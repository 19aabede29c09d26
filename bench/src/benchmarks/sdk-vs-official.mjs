// Our SDK against the one Connect users have today, CloudBlue's connect-javascript-sdk: wall time to page the same
// tokens (its `GenericResource`, the only way it reaches /auth/tokens) and the size of what each ships to Node.
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { check, interleave, log, row, runWorker, SRC_DIR, warmListPath } from '../harness.mjs';
import { officialSdk } from '../peer-tools.mjs';

export const name = 'sdk-vs-official';
export const title = "SDK vs CloudBlue's connect-javascript-sdk: paging the same tokens, bundle size for Node";

async function nodeBundle(contents, resolveDir) {
  const out = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

export async function run({ quick, emulator }) {
  const tokens = 20_000;
  const pageSize = 500;
  const runs = quick ? 3 : 7;
  const sdk = officialSdk();
  const emu = await emulator(tokens);
  await warmListPath(emu, pageSize);
  const one = (which) => async () => {
    const r =
      which === 'ours'
        ? await runWorker('paginate.mjs', ['--base', emu.base, '--key', emu.key, '--page-size', pageSize])
        : await runWorker('paginate-official.mjs', [
            '--sdk-dir',
            sdk.dir,
            '--base',
            emu.base,
            '--key',
            emu.key,
            '--page-size',
            pageSize,
          ]);
    if (r.items !== emu.tokens) throw new Error(`${which}: paged ${r.items} tokens, expected ${emu.tokens}`);
    log(`${which.padEnd(8)} ${(r.ms / 1000).toFixed(2)} s`);
    return r.ms;
  };
  const t = await interleave({ official: one('official'), ours: one('ours') }, { runs, warmup: 1 });
  // Both bundled the same way for Node: theirs is what `require` of the package root and of GenericResource pulls in.
  const theirs = await nodeBundle(
    `export * from ${JSON.stringify(join(sdk.dir, 'index.js'))}; export { default as GenericResource } from ${JSON.stringify(join(sdk.dir, 'lib/connect/api/base.js'))};`,
    sdk.dir,
  );
  const ours = await nodeBundle(`export * from '@connect-tokens/sdk';`, SRC_DIR);
  const wall = t.ours.median / t.official.median;
  const size = ours.gz / theirs.gz;
  const kb = (b) => ({ unit: 'kB', median: b.gz, min: b.gz, max: b.gz, n: 1 });
  return {
    setup: `${emu.tokens.toLocaleString('en-US')} tokens in pages of ${pageSize}, serial, a fresh process per run, ${runs} runs each interleaved after one warm-up round; theirs resolved from ${sdk.from}; bundles: esbuild --bundle --minify --platform=node, gzip -9`,
    rows: [
      row('connect-javascript-sdk GenericResource.search: wall', t.official, 'ms', { role: 'baseline', ratio: 1 }),
      row('SDK client.tokens.list: wall', t.ours, 'ms', { role: 'measured', ratio: wall }),
      { label: 'connect-javascript-sdk bundle (node), min+gz', role: 'baseline', ratio: 1, ...kb(theirs) },
      { label: '@connect-tokens/sdk bundle (node), min+gz', role: 'measured', ratio: size, ...kb(ours) },
    ],
    checks: [
      check({
        name: 'SDK paging wall time / connect-javascript-sdk',
        value: wall,
        op: '<=',
        target: 1.0,
        spread: { measured: t.ours, baseline: t.official },
      }),
      check({
        name: 'SDK bundle / connect-javascript-sdk bundle (node, min+gz)',
        value: size,
        op: '<=',
        target: 0.25,
        what: `${(ours.gz / 1000).toFixed(1)} vs ${(theirs.gz / 1000).toFixed(1)} kB`,
      }),
    ],
    metrics: {
      tokens: emu.tokens,
      pageSize,
      oursMs: t.ours.median,
      officialMs: t.official.median,
      wall,
      oursGz: ours.gz,
      theirsGz: theirs.gz,
      size,
      officialFrom: sdk.from,
    },
  };
}
