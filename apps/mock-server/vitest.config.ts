import { defineConfig } from 'vitest/config';
import { yamlAsText } from '../../vitest.yaml-as-text';

export default defineConfig({
  // Mirrors tsup's `loader: { '.yaml': 'text' }`: the spec is imported as a string (see src/types/yaml-text.d.ts).
  plugins: [yamlAsText()],
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    // Tests bound their work by count; these limits only catch a hang, on a CI machine that may be loaded.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
