import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const coreDir = dirname(createRequire(join(packageDir, 'package.json')).resolve('zapier-platform-core'));
const work = mkdtempSync(join(tmpdir(), 'connect-tokens-stage-'));

/** A copy of the package (script, bundle, package.json) where package.json can be edited without touching ours. */
function packageCopy(name: string, edit: (pkg: Record<string, unknown>) => void = () => {}): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  cpSync(join(packageDir, 'scripts', 'stage.mjs'), join(dir, 'scripts', 'stage.mjs'));
  cpSync(join(packageDir, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(packageDir, 'index.js'), join(dir, 'index.js'));
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  edit(pkg);
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(coreDir, join(dir, 'node_modules', 'zapier-platform-core'), 'dir');
  return dir;
}

// Each test starts a Node process; the timeout is a hang guard for a loaded machine, not a speed requirement.
describe('npm run stage', { timeout: 120_000 }, () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('keeps the link to the Zapier integration and adds includeInBuild for the require.mjs files', () => {
    const dir = packageCopy('linked');
    writeFileSync(
      join(dir, '.zapierapprc'),
      JSON.stringify({ id: 4242, key: 'App4242', includeInBuild: ['extra\\.json$'] }),
    );
    execFileSync(process.execPath, [join(dir, 'scripts', 'stage.mjs'), join(dir, 'out')], { encoding: 'utf8' });
    expect(JSON.parse(readFileSync(join(dir, 'out', '.zapierapprc'), 'utf8'))).toEqual({
      id: 4242,
      key: 'App4242',
      includeInBuild: ['extra\\.json$', 'node_modules/[^/]+/require\\.mjs$'],
    });
    expect(readFileSync(join(dir, 'out', '.gitignore'), 'utf8').split('\n')).toEqual(
      expect.arrayContaining(['node_modules/', 'build/']),
    );
  });

  it('refuses a dist/ built for another version than package.json says', () => {
    const dir = packageCopy('bumped', (pkg) => {
      pkg['version'] = '9.9.9';
    });
    const result = spawnSync(process.execPath, [join(dir, 'scripts', 'stage.mjs'), join(dir, 'out')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /dist\/ was built for version \S+, package\.json says 9\.9\.9: run `npm run build` first/,
    );
  });
});
