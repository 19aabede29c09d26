import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({
  entryPoints: [process.argv[2]],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  platform: 'neutral',
  external: [
    '@connect-tokens/protocol',
    './retry-policy',
    './redact',
    './default-headers',
    './signals',
    './sleep',
    '../core/*',
  ],
  target: 'es2022',
});
const out = r.outputFiles[0].contents;
console.log(process.argv[2], 'min', out.length, 'gz', gzipSync(out).length);
if (process.argv[3]) console.log(Buffer.from(out).toString());
