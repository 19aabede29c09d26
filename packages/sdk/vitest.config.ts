import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { yamlAsText } from '../../vitest.yaml-as-text';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // The emulator's sources import the spec as text.
  plugins: [yamlAsText()],
  resolve: {
    // Tests run against the sibling packages' sources, so they never depend on a stale build.
    alias: [
      { find: /^@connect-tokens\/protocol$/, replacement: here('../protocol/src/index.ts') },
      { find: /^@connect-tokens\/mock-server$/, replacement: here('../../apps/mock-server/src/index.ts') },
    ],
  },
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    // Tests bound their work by count; these limits only catch a hang, on a CI machine that may be loaded.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
