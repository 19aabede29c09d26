import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  // Zapier require()s the app, so one CommonJS file; the workspace packages are bundled in because Zapier's build
  // installs only registry dependencies (it cannot follow the workspace symlinks to ../sdk and ../protocol).
  format: ['cjs'],
  outExtension: () => ({ js: '.cjs', dts: '.d.ts' }),
  noExternal: [/^@connect-tokens\//],
  external: ['zapier-platform-core'],
  platform: 'node',
  target: 'node22',
  dts: true,
  sourcemap: true,
  clean: true,
  // The app is the default export; this makes the bundle's module.exports the app itself, as Zapier expects.
  cjsInterop: true,
  splitting: true,
});
