import { defineConfig } from 'tsup';

// The spec travels inside the bundle as text (see src/types/yaml-text.d.ts): bundle that one file of the protocol
// package instead of leaving it external like the package's code.
const shared = {
  loader: { '.yaml': 'text' } as const,
  noExternal: [/openapi\.yaml$/],
  sourcemap: true,
  target: 'es2022' as const,
  platform: 'node' as const,
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
  },
  {
    ...shared,
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
