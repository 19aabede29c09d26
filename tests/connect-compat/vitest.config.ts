import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    // Each file starts the emulator on a loopback port; generous bounds for a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
