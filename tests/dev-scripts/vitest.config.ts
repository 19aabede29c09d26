import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    // Each test runs a few short Node processes; bounded by their count, never by a clock.
    testTimeout: 0,
  },
});
