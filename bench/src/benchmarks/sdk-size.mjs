// SDK main entry size, min+gz: esbuild bundles and minifies the built entry (dist/index.js, everything imported, and
// `createClient` only), gzip -9, against openapi-fetch alone bundled the same way.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { check, SRC_DIR } from '../harness.mjs';

export const name = 'sdk-size';
export const title = 'SDK main entry size (min+gz)';

async function size(contents) {
  const out = await build({
    stdin: { contents, resolveDir: SRC_DIR, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    treeShaking: true,
    logLevel: 'silent',
    metafile: true,
  });
  const code = out.outputFiles[0].contents;
  // Minified bytes by the package they come from: where a size miss lives.
  const byPackage = {};
  for (const [path, input] of Object.entries(Object.values(out.metafile.outputs)[0].inputs)) {
    if (path === '<stdin>') continue;
    const name = packageOf(path);
    byPackage[name] = (byPackage[name] ?? 0) + input.bytesInOutput;
  }
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length, byPackage };
}

/** The package an input path belongs to: the nearest `node_modules/<name>` or workspace folder. */
function packageOf(path) {
  const inModules = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inModules) return inModules[1];
  const inWorkspace = path.match(/packages\/([^/]+)\//);
  return inWorkspace ? `@connect-tokens/${inWorkspace[1]}` : path;
}

export async function run() {
  const openapiFetch = await size(`export * from 'openapi-fetch'; export { default } from 'openapi-fetch';`);
  const all = await size(`export * from '@connect-tokens/sdk';`);
  const createOnly = await size(`export { createClient } from '@connect-tokens/sdk';`);
  const mk = (label, s, role) => ({
    label,
    role,
    unit: 'kB',
    median: s.gz,
    min: s.gz,
    max: s.gz,
    n: 1,
    ratio: s.gz / openapiFetch.gz,
    minified: s.min,
  });
  return {
    setup:
      "esbuild bundle --minify (ESM, browser platform) of the built entry, gzip -9; sizes in kB = 1000 B (size-limit's unit); deterministic, one sample",
    rows: [
      mk('openapi-fetch alone', openapiFetch, 'baseline'),
      mk('@connect-tokens/sdk, export *', all, 'measured'),
      mk('@connect-tokens/sdk, { createClient }', createOnly, 'info'),
    ],
    checks: [
      check({
        name: 'SDK main entry (export *), min+gz',
        value: all.gz,
        op: '<=',
        target: 12_000,
        unit: 'kB',
        what: `${(all.gz / openapiFetch.gz).toFixed(2)}× openapi-fetch alone; minified ${(all.min / 1000).toFixed(1)} kB`,
        cause: `minified bytes by package: ${Object.entries(all.byPackage)
          .sort((a, b) => b[1] - a[1])
          .map(([pkg, bytes]) => `${pkg} ${(bytes / 1000).toFixed(1)} kB`)
          .join(', ')}`,
      }),
    ],
    metrics: {
      openapiFetchGz: openapiFetch.gz,
      sdkGz: all.gz,
      sdkCreateClientGz: createOnly.gz,
      sdkMin: all.min,
      sdkMinByPackage: all.byPackage,
      openapiFetchMin: openapiFetch.min,
    },
  };
}
