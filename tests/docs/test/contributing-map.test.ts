import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-block';

/** Every `path/like/this` in backticks that starts at a top-level folder of the repository. */
function namedPaths(markdown: string): string[] {
  const roots = ['packages/', 'apps/', 'examples/', 'tests/', 'bench/', 'scripts/', '.github/', '.changeset/'];
  const paths = [...markdown.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!.replace(/\/$/, ''));
  return [...new Set(paths.filter((p) => roots.some((r) => p.startsWith(r)) && !/[*{}<>…]/.test(p)))];
}

describe('CONTRIBUTING.md, the map of the repository', () => {
  it('names only files and folders that exist', () => {
    const paths = namedPaths(readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8'));
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });
});
