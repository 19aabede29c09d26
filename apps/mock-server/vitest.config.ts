import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // Mirrors tsup's `loader: { '.yaml': 'text' }`: the spec is imported as a string (see src/types/yaml-text.d.ts).
      name: 'yaml-as-text',
      enforce: 'pre',
      transform(code, id) {
        if (!id.split('?')[0]!.endsWith('.yaml')) return undefined;
        return { code: `export default ${JSON.stringify(code)};`, map: null };
      },
    },
  ],
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    testTimeout: 20_000,
  },
});
