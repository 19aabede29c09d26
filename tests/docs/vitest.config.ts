import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    include: ['test/**/*.test.ts'],
    // Each block is bounded by what it does (a fixed number of tokens, reports, requests); run-block.ts only stops a
    // block that hangs, far above any machine's speed.
    testTimeout: 0,
    hookTimeout: 0,
    // One README at a time: blocks start emulators and write ./out, and the machine has two cores.
    fileParallelism: false,
  },
});
