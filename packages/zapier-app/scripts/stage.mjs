#!/usr/bin/env node
// Stages what `zapier push` uploads into a directory of its own: index.js, dist/, README.md and a package.json with
// only the runtime dependency. Why not push from packages/zapier-app: Zapier's build runs `npm install --production`
// on our package.json, and npm still resolves devDependencies while doing so; the workspace-only
// `@connect-tokens/*` packages are not on the registry, so that install fails with E404.
//
//   node scripts/stage.mjs [target-dir]      (default: .zapier-stage)
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(process.argv[2] ?? join(packageDir, '.zapier-stage'));

if (!existsSync(join(packageDir, 'dist', 'index.cjs'))) {
  console.error('dist/index.cjs is missing: run `npm run build` first.');
  process.exit(1);
}

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
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

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const file of ['index.js', 'README.md', 'LICENSE']) {
  if (existsSync(join(packageDir, file))) cpSync(join(packageDir, file), join(target, file));
}
cpSync(join(packageDir, 'dist'), join(target, 'dist'), { recursive: true });
// Keep the link to the Zapier integration (`zapier register` / `zapier link` write it) across re-staging.
if (existsSync(join(packageDir, '.zapierapprc'))) cpSync(join(packageDir, '.zapierapprc'), join(target, '.zapierapprc'));
writeFileSync(join(target, 'package.json'), `${JSON.stringify(staged, null, 2)}\n`);
console.log(`staged ${staged.name}@${staged.version} in ${target}`);
