import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Every non-test source file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('runtime neutrality', () => {
  it('no source of the SDK or of the protocol it ships imports a Node built-in', () => {
    const offenders: string[] = [];
    for (const file of [...sources(join(root, 'src')), ...sources(join(root, '../protocol/src'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import|require)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        if (builtins.has(match[1]!)) offenders.push(`${file}: ${match[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('no source touches `process` except through globalThis, defensively', () => {
    const offenders = sources(join(root, 'src')).filter((file) =>
      /^(?!\s*(\*|\/\/)).*(?<![.\w])process\./m.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
