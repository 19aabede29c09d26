import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ErrorCodes } from './error-codes';
import { operations } from './generated/operations';

// The spec is the contract every package is generated from or checked against; these are the rules a linter does
// not know: our conventions for documentation, module scoping, pagination and error codes.
const spec = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8'));
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { $ref?: string; name?: string }[];
  responses: Record<string, { $ref?: string; headers?: Record<string, unknown> }>;
  'x-connect-module'?: string | null;
  'x-rql'?: { filters: Record<string, string[]>; ordering?: string[]; search?: string[] };
}

const allOperations: [string, string, Operation][] = Object.entries(
  spec.paths as Record<string, Record<string, Operation>>,
).flatMap(([path, item]) =>
  METHODS.filter((method) => item[method]).map((method): [string, string, Operation] => [method, path, item[method]!]),
);

describe('openapi.yaml', () => {
  it('documents every operation with an id, a summary, a description and a tag', () => {
    const undocumented = allOperations
      .filter(([, , op]) => !op.operationId || !op.summary || !op.description || !op.tags?.length)
      .map(([method, path]) => `${method.toUpperCase()} ${path}`);
    expect(undocumented).toEqual([]);
  });

  it('scopes operations only to modules the platform has', () => {
    const modules = new Set(
      JSON.stringify(spec)
        .match(/MD-\d{4}/g)
        ?.filter((id, index, all) => all.indexOf(id) === index),
    );
    for (const [method, path, op] of allOperations) {
      const module = op['x-connect-module'];
      if (module != null) expect(module, `${method} ${path}`).toMatch(/^MD-\d{4}$/);
      if (module != null) expect(modules.has(module)).toBe(true);
    }
    // Token management is the Integrations module's, as on Connect.
    expect(operations.listTokens.module).toBe('MD-0007');
  });

  it('paginates every list operation with limit/offset, Content-Range and RQL rules', () => {
    const lists = allOperations.filter(([, , op]) => op['x-rql']);
    expect(lists.length).toBeGreaterThan(10);
    for (const [method, path, op] of lists) {
      const where = `${method.toUpperCase()} ${path}`;
      const params = (op.parameters ?? []).map((p) => p.$ref ?? p.name ?? '');
      expect(
        params.some((p) => /limit/i.test(p)),
        `${where} limit`,
      ).toBe(true);
      expect(
        params.some((p) => /offset/i.test(p)),
        `${where} offset`,
      ).toBe(true);
      expect(JSON.stringify(op.responses['200']), `${where} Content-Range`).toMatch(/Content-Range/);
      for (const [field, ops] of Object.entries(op['x-rql']!.filters)) {
        expect(field, where).toMatch(/^[a-z_]+(\.[a-z_]+)*$/);
        for (const operator of ops) {
          expect(
            ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'in', 'out', 'like', 'ilike', 'null', 'empty'],
            `${where} ${field}`,
          ).toContain(operator);
        }
      }
    }
  });

  it('lists exactly the error codes the protocol package defines', () => {
    const described = new Set(String(spec.info.description).match(/\b(?:AUTH|VAL|RQL|TKN|IDEM|GEN|EPT)_\d{3}\b/g));
    expect([...described].sort()).toEqual(Object.keys(ErrorCodes).sort());
  });

  it("answers authenticated operations' failures with Connect's error body", () => {
    const error = spec.components.schemas.Error;
    expect(error.required).toEqual(expect.arrayContaining(['error_code', 'errors']));
    for (const [method, path, op] of allOperations) {
      if (op.security?.length === 0) continue;
      expect(Object.keys(op.responses), `${method.toUpperCase()} ${path}`).toContain('401');
    }
  });
});
