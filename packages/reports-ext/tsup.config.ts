import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: ['index.*'],
    target: 'es2022',
  },
  {
    // The CLI is ESM only (top-level await) and carries its shebang so npm can link it as `connect-reports`.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: ['cli.*'],
    target: 'es2022',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
