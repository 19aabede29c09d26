import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runNode } from './helpers';

const scratch = mkdtempSync(join(tmpdir(), 'check-node-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the script beside a package.json asking for `range`, as if this repository needed another Node. */
function checkAgainst(range: string) {
  const dir = mkdtempSync(join(scratch, 'repo-'));
  cpSync(join(ROOT, 'scripts/check-node.mjs'), join(dir, 'scripts/check-node.mjs'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ engines: { node: range } }));
  writeFileSync(join(dir, '.nvmrc'), '99\n');
  return runNode([join(dir, 'scripts/check-node.mjs')]);
}

describe('the Node version check of the root scripts', () => {
  it('passes silently on the Node this repository asks for', () => {
    const result = runNode(['scripts/check-node.mjs']);
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('fails in one line naming the Node needed, the one running and how to get one', () => {
    const result = checkAgainst('>=99.1');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      `connect-tokens needs Node.js >=99.1, but this is Node.js ${process.versions.node} (${process.execPath}). ` +
        'Install Node 99 (https://nodejs.org, or "nvm install" / "fnm use" here, which read .nvmrc), then retry.',
    ]);
  });

  it('compares the minor version too', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(checkAgainst(`>=${major}.${minor + 1}`).status).toBe(1);
    expect(checkAgainst(`>=${major}.${minor}`).status).toBe(0);
  });

  it('runs first in every root script a newcomer types', async () => {
    const { scripts } = (await import(join(ROOT, 'package.json'), { with: { type: 'json' } })).default as {
      scripts: Record<string, string>;
    };
    for (const name of ['start', 'test', 'mock', 'console', 'bench', 'build', 'preinstall']) {
      expect(scripts[name], name).toMatch(/^node scripts\/check-node\.mjs( &&|$)/);
    }
  });
});
