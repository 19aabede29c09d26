import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { yamlAsText } from '../../vitest.yaml-as-text';

// Tests use the emulator's build, as `turbo run test` (which builds dependencies first) provides it. While the
// emulator has no build yet (a fresh checkout before `npm run build`), they fall back to its sources, which import
// the spec as text: the plugin mirrors the emulator's own vitest config for that.
const emulatorBuilt = existsSync(fileURLToPath(new URL('../../apps/mock-server/dist/index.js', import.meta.url)));

export default defineConfig({
  plugins: emulatorBuilt ? [] : [yamlAsText()],
  resolve: emulatorBuilt
    ? {}
    : {
        alias: {
          '@connect-tokens/mock-server': fileURLToPath(new URL('../../apps/mock-server/src/index.ts', import.meta.url)),
        },
      },
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    // Tests bound their work by count; these limits only catch a hang, on a CI machine that may be loaded.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
