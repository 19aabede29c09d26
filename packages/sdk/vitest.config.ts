import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sibling packages' sources, so they never depend on a stale build.
    alias: {
      '@connect-tokens/protocol': here('./test/support/protocol-shim.ts'),
    },
  },
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
