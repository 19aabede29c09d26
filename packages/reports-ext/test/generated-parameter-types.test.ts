import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { getDescriptor } from '../src/descriptor/descriptor';
import { renderParameterTypes } from '../src/descriptor/parameter-typegen';

const file = new URL('../src/generated/report-parameters.ts', import.meta.url);

describe('generated parameter types', () => {
  it('match reports.json (run `npm run generate` after changing the descriptor)', async () => {
    const expected = renderParameterTypes(getDescriptor());
    if (process.env.UPDATE_GENERATED === '1') await writeFile(file, expected);
    expect(await readFile(file, 'utf8')).toBe(expected);
  });
});
