import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import parseChangeset from '@changesets/parse';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';
import { listWorkspaces } from '../../../scripts/lib/workspaces.mjs';

const DIR = join(ROOT, '.changeset');
const pending = readdirSync(DIR).filter((name) => name.endsWith('.md') && name !== 'README.md');
const packages = new Set(listWorkspaces(ROOT).map((workspace) => workspace.name));

// `changeset version` stops at the first file it cannot read, so one broken front matter blocks every release.
describe.each(pending)('.changeset/%s', (name) => {
  it('parses as changesets reads it: front matter naming workspace packages and a bump, then a summary', () => {
    const changeset = parseChangeset(readFileSync(join(DIR, name), 'utf8'));
    expect(changeset.releases.length).toBeGreaterThan(0);
    for (const release of changeset.releases) {
      expect(packages).toContain(release.name);
      expect(['major', 'minor', 'patch']).toContain(release.type);
    }
    expect(changeset.summary.trim()).not.toBe('');
  });
});
