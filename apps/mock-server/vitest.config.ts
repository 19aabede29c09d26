import { defineConfig } from 'vitest/config';
import { yamlAsText } from '../../vitest.yaml-as-text';

export default defineConfig({
  // Mirrors tsup's `loader: { '.yaml': 'text' }`: the spec is imported as a string (see src/types/yaml-text.d.ts).
  plugins: [yamlAsText()],
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    testTimeout: 20_000,
  },
});
