// The peers the benchmarks compare against, resolved on first use outside the workspace's own dependencies: Prism
// alone is ~74 MB, so it is installed into bench/.cache (git-ignored) by `npm install --prefix` the first time a
// benchmark needs it, never by a user's `npm install`. CloudBlue's SDK is a devDependency of tests/connect-compat
// (the compatibility suite), so it is resolved from that workspace and installed into the cache only when missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { log } from './harness.mjs';

export const CACHE_DIR = fileURLToPath(new URL('../.cache/', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const PRISM = { name: '@stoplight/prism-cli', range: '^5.16.0' };
export const OFFICIAL_SDK = { name: '@cloudblueconnect/connect-javascript-sdk', range: '^22.0.3' };

function installIntoCache(spec) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const manifest = join(CACHE_DIR, 'package.json');
  if (!existsSync(manifest))
    writeFileSync(manifest, `${JSON.stringify({ name: 'connect-tokens-bench-cache', private: true }, null, 2)}\n`);
  log(`installing ${spec} into bench/.cache (first use only)…`);
  execFileSync('npm', ['install', '--prefix', CACHE_DIR, '--no-audit', '--no-fund', spec], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function resolveFrom(base, request) {
  try {
    return createRequire(base).resolve(request);
  } catch {
    return undefined;
  }
}

/** `{ dir, from }`: the folder of CloudBlue's SDK package and where it was found (`tests/connect-compat` or the cache). */
export function officialSdk() {
  const fromCompat = resolveFrom(
    join(REPO_ROOT, 'tests/connect-compat/package.json'),
    `${OFFICIAL_SDK.name}/package.json`,
  );
  if (fromCompat) return { dir: dirname(fromCompat), from: 'tests/connect-compat' };
  const cacheBase = join(CACHE_DIR, 'package.json');
  if (!resolveFrom(cacheBase, `${OFFICIAL_SDK.name}/package.json`))
    installIntoCache(`${OFFICIAL_SDK.name}@${OFFICIAL_SDK.range}`);
  return { dir: dirname(createRequire(cacheBase).resolve(`${OFFICIAL_SDK.name}/package.json`)), from: 'bench/.cache' };
}

/** `{ bin, version }`: Prism's CLI entry (run with `node`), installed into the cache on first use. */
export function prism() {
  const cacheBase = join(CACHE_DIR, 'package.json');
  let pkg = resolveFrom(cacheBase, `${PRISM.name}/package.json`);
  if (!pkg) {
    installIntoCache(`${PRISM.name}@${PRISM.range}`);
    pkg = createRequire(cacheBase).resolve(`${PRISM.name}/package.json`);
  }
  const manifest = createRequire(cacheBase)(pkg);
  const binRel = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.prism;
  return { bin: join(dirname(pkg), binRel), version: manifest.version };
}
