import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    // The fuzz run generates >= 10,000 requests; keep well above its budget on a slow 2-core CI box.
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
