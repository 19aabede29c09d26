import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

/** The packages `changeset publish` puts on the registry (every workspace without `"private": true`). */
const PUBLIC = ['packages/protocol', 'packages/sdk', 'apps/mock-server', 'packages/reports-ext'];

interface Manifest {
  name: string;
  private?: boolean;
  license?: string;
  engines?: { node?: string };
  repository?: { type: string; url: string; directory: string };
  publishConfig?: { access?: string; provenance?: boolean };
  bin?: Record<string, string>;
}

const manifest = (dir: string) => JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as Manifest;

describe.each(PUBLIC)('%s is ready to publish', (dir) => {
  it('names its license, Node, repository folder, and publishes publicly with provenance', () => {
    const pkg = manifest(dir);
    expect(pkg.private).toBeUndefined();
    expect(pkg.license).toBe('MIT');
    expect(pkg.engines?.node).toBe(manifest('.').engines?.node);
    expect(pkg.repository).toMatchObject({ type: 'git', directory: dir });
    expect(pkg.repository?.url).toBe(manifest('packages/sdk').repository?.url);
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
  });

  it('packs its build, README, LICENSE and bin files', () => {
    const pkg = manifest(dir);
    // `npm publish` rewrites "./bin/x.js" to "bin/x.js" and warns that it "auto-corrected" the manifest.
    for (const target of Object.values(pkg.bin ?? {})) expect(target).not.toMatch(/^\.\//);
    const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '-w', pkg.name], { cwd: ROOT, encoding: 'utf8' });
    expect(packed.status, packed.stderr).toBe(0);
    const files = (JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'LICENSE',
        'package.json',
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
      ]),
    );
    for (const target of Object.values(pkg.bin ?? {})) expect(files).toContain(target);
    expect(files.filter((f) => /(^|\/)(test|src)\//.test(f) || f.endsWith('.test.ts'))).toEqual([]);
  });
});
