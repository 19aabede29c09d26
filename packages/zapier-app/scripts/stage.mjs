#!/usr/bin/env node
// Stages what `zapier-platform push` uploads into a directory of its own: index.js, dist/, README.md, a package.json
// with only the runtime dependency, a .zapierapprc and a .gitignore. Why not push from packages/zapier-app: Zapier's
// build runs `npm install --production` on our package.json, and npm still resolves devDependencies while doing so;
// the workspace-only `@connect-tokens/*` packages are not on the registry, so that install fails with E404.
//
//   node scripts/stage.mjs [target-dir]      (default: .zapier-stage)
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(process.argv[2] ?? join(packageDir, '.zapier-stage'));

if (!existsSync(join(packageDir, 'dist', 'index.cjs'))) {
  console.error('dist/index.cjs is missing: run `npm run build` first.');
  process.exit(1);
}

/** A regular expression over paths in the build directory (the CLI's `includeInBuild` format). */
const REQUIRE_MJS = 'node_modules/[^/]+/require\\.mjs$';

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

// The app's `version` is package.json's as it was when dist/ was built (the bundle inlines it); Zapier takes the
// version from the definition, so a bump without a rebuild would push the old version number.
const builtVersion = createRequire(join(packageDir, 'package.json'))('./dist/index.cjs').version;
if (builtVersion !== pkg.version) {
  console.error(
    `dist/ was built for version ${builtVersion}, package.json says ${pkg.version}: run \`npm run build\` first.`,
  );
  process.exit(1);
}
const staged = {
  name: pkg.name.replace(/^@[^/]+\//, ''),
  version: pkg.version,
  description: pkg.description,
  license: pkg.license,
  private: true,
  type: 'commonjs',
  main: 'index.js',
  engines: pkg.engines,
  dependencies: pkg.dependencies,
};

/**
 * Why `includeInBuild`: the build's dependency detection (esbuild) misses the `require.mjs` files of
 * `async-function`, `async-generator-function` and `generator-function` (core → form-data → get-intrinsic), which
 * Node's `module-sync` export condition loads, so `build` fails at "Testing build" without them. The link to the
 * Zapier integration (`id`, `key`, written by `register` / `link` into packages/zapier-app/.zapierapprc) is kept.
 */
function appConfig() {
  const linked = join(packageDir, '.zapierapprc');
  const config = existsSync(linked) ? JSON.parse(readFileSync(linked, 'utf8')) : {};
  const include = Array.isArray(config.includeInBuild) ? config.includeInBuild : [];
  return { ...config, includeInBuild: [...new Set([...include, REQUIRE_MJS])] };
}

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const file of ['index.js', 'README.md', 'LICENSE']) {
  if (existsSync(join(packageDir, file))) cpSync(join(packageDir, file), join(target, file));
}
cpSync(join(packageDir, 'dist'), join(target, 'dist'), { recursive: true });
writeFileSync(join(target, '.zapierapprc'), `${JSON.stringify(appConfig(), null, 2)}\n`);
// `build` zips the source with .gitignore applied: without one, source.zip carries node_modules/ and old builds.
writeFileSync(join(target, '.gitignore'), 'node_modules/\nbuild/\n.env\n');
writeFileSync(join(target, 'package.json'), `${JSON.stringify(staged, null, 2)}\n`);
console.log(`staged ${staged.name}@${staged.version} in ${target}`);
