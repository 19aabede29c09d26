import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    // Tests bound their work by count; these limits only catch a hang, on a CI machine that may be loaded.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
