#!/usr/bin/env node
// Generates the TypeScript that mirrors openapi.yaml:
//   src/generated/openapi.ts     the openapi-typescript `paths`/`components` types (the SDK's and emulator's contract)
//   src/generated/operations.ts  one entry per operation: method, path, guarding module and the x-rql filter rules,
//                                so the emulator enforces, and the SDK types, exactly what the spec says
// With --check nothing is written; the script fails when the committed files differ from what the spec generates,
// which is how CI catches a spec change whose types were not regenerated.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { writeGeneratedFiles } from '../../../scripts/lib/generated-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = join(root, 'openapi.yaml');
const check = process.argv.includes('--check');

const banner = (what) =>
  `/**\n * GENERATED FILE: do not edit. ${what}\n * Source: packages/protocol/openapi.yaml. Regenerate with \`npm run generate -w @connect-tokens/protocol\`.\n */\n\n`;

const spec = parse(readFileSync(specPath, 'utf8'));

const typesSource =
  banner('The types openapi-typescript generates from the spec.') +
  astToString(await openapiTS(spec, { alphabetize: false, exportType: false }));

const methods = ['get', 'put', 'post', 'delete', 'patch'];
const operations = {};
for (const [path, item] of Object.entries(spec.paths ?? {})) {
  for (const method of methods) {
    const op = item?.[method];
    if (!op) continue;
    if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
    operations[op.operationId] = {
      method: method.toUpperCase(),
      path,
      module: op['x-connect-module'] ?? null,
      ...(op['x-rql']
        ? {
            rql: {
              filters: op['x-rql'].filters ?? {},
              ordering: op['x-rql'].ordering ?? [],
              search: op['x-rql'].search ?? [],
            },
          }
        : {}),
    };
  }
}
const operationsSource =
  banner('Every operation of the spec with its guarding module and RQL rules.') +
  `/** Every operation of the spec, keyed by operationId. */\n` +
  `export const operations = ${JSON.stringify(operations, null, 2)} as const;\n\n` +
  `/** The operationIds of the spec. */\nexport type OperationId = keyof typeof operations;\n`;

const upToDate = writeGeneratedFiles({
  packageDir: root,
  files: { 'openapi.ts': typesSource, 'operations.ts': operationsSource },
  check,
  source: 'openapi.yaml',
  command: 'npm run generate -w @connect-tokens/protocol',
});
if (!upToDate) process.exit(1);
if (check) console.log('generated types match openapi.yaml');
