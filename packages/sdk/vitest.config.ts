import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [
    {
      // The emulator imports the spec as text (its tsup `loader: { '.yaml': 'text' }`); mirror that for its sources.
      name: 'yaml-as-text',
      enforce: 'pre',
      transform(code, id) {
        if (!id.split('?')[0]!.endsWith('.yaml')) return undefined;
        return { code: `export default ${JSON.stringify(code)};`, map: null };
      },
    },
  ],
  resolve: {
    // Tests run against the sibling packages' sources, so they never depend on a stale build.
    alias: [
      { find: /^@connect-tokens\/protocol$/, replacement: here('../protocol/src/index.ts') },
      { find: /^@connect-tokens\/mock-server$/, replacement: here('../../apps/mock-server/src/index.ts') },
    ],
  },
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
