import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(packageDir, 'dist', 'index.cjs');
// The package's directory: the folder above its main file (`zapier-platform-core` does not export package.json).
const coreDir = dirname(createRequire(join(packageDir, 'package.json')).resolve('zapier-platform-core'));

/**
 * What Zapier gets: `index.js`, `dist/` and `package.json`, in a directory outside the workspace where only
 * `zapier-platform-core` is installed. The SDK and protocol must be inside the bundle.
 */
// Starts Node processes; the timeout is a hang guard for a loaded machine, not a speed requirement.
describe('the built bundle', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'connect-tokens-zapier-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exists (run `npm run build` first; turbo does)', () => {
    expect(existsSync(bundle), `${bundle} is missing`).toBe(true);
  });

  it('bundles the workspace packages and requires only zapier-platform-core and Node built-ins', () => {
    const code = readFileSync(bundle, 'utf8');
    const required = new Set([...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!));
    const external = [...required].filter((name) => !name.startsWith('node:') && !isBuiltin(name));
    expect(external).toEqual(['zapier-platform-core']);
  });

  it('loads with plain require() away from the workspace and passes schema validation there', () => {
    // The same staging `zapier push` is documented to use (README).
    execFileSync(process.execPath, [join(packageDir, 'scripts', 'stage.mjs'), dir], { encoding: 'utf8' });
    const staged = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(staged['dependencies']).toEqual({ 'zapier-platform-core': expect.stringMatching(/^19\./) });
    expect(staged).not.toHaveProperty('devDependencies');
    mkdirSync(join(dir, 'node_modules'));
    // Stands in for `npm install --production` of the one runtime dependency.
    symlinkSync(coreDir, join(dir, 'node_modules', 'zapier-platform-core'), 'dir');

    const script = `
      const app = require('./');
      const zapier = require('zapier-platform-core');
      zapier.createAppHandler(app)({ command: 'validate' }).then(({ results }) => {
        console.log(JSON.stringify({
          version: app.version,
          platformVersion: app.platformVersion,
          triggers: Object.keys(app.triggers),
          creates: Object.keys(app.creates),
          searches: Object.keys(app.searches),
          auth: app.authentication.type,
          errors: results,
        }));
      });
    `;
    const output = execFileSync(process.execPath, ['-e', script], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: '' },
    });
    const loaded = JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(loaded).toMatchObject({
      version: '0.0.0',
      auth: 'custom',
      triggers: expect.arrayContaining(['new_token', 'token_status_changed', 'token_expiring_soon', 'access_denied']),
      creates: expect.arrayContaining(['create_token', 'rotate_token', 'grant_permission']),
      searches: ['find_token'],
      errors: [],
    });
  });
});

function isBuiltin(name: string): boolean {
  return createRequire(import.meta.url)('node:module').builtinModules.includes(name);
}
