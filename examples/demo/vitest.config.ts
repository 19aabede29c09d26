import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    // Bounded by the work (40 seeded tokens, a fixed list of reports), not by a clock: a loaded machine is only slower.
    testTimeout: 0,
    hookTimeout: 0,
  },
});
