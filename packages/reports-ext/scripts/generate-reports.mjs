#!/usr/bin/env node
// Generates the TypeScript that mirrors reports.json:
//   src/generated/report-parameters.ts  each report's resolved parameters, typed
//   src/generated/report-registry.ts    each report bound to its code, src/reports/<id>.ts exporting the camel-cased id
// so adding a report is its entry in reports.json plus its file, then `npm run generate`. With --check nothing is
// written; the script fails when the committed files differ from what reports.json generates (part of `npm run
// typecheck`, hence of `npm test`). --root <dir> reads and writes another copy of the package (the tests use it).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { writeGeneratedFiles } from '../../../scripts/lib/generated-files.mjs';

const own = fileURLToPath(new URL('..', import.meta.url));
const command = 'npm run generate -w @connect-tokens/reports-ext';

let check = false;
let root = own;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--check') check = true;
  else if (args[i] === '--root' && args[i + 1] && !args[i + 1].startsWith('--')) root = resolve(args[++i]);
  else {
    console.error(
      `unexpected argument ${JSON.stringify(args[i])}; usage: generate-reports.mjs [--check] [--root <package dir>]`,
    );
    process.exit(2);
  }
}

// The generators are the package's own TypeScript (renderParameterTypes is public API); vite's module runner loads
// them as the tests and the build see them, without a build step in between.
async function load(path) {
  const { module } = await runnerImport(join(own, path), { configFile: false, logLevel: 'silent' });
  return module;
}
const { validateDescriptor, DescriptorError } = await load('src/descriptor/validate-descriptor.ts');
const { renderParameterTypes } = await load('src/descriptor/parameter-typegen.ts');
const { renderReportRegistry, reportCodePath } = await load('src/descriptor/registry-typegen.ts');
const { reportModuleName, reportParametersTypeName } = await load('src/descriptor/report-names.ts');

function fail(lines) {
  for (const line of lines) console.error(line);
  process.exit(1);
}

let descriptor;
try {
  descriptor = validateDescriptor(JSON.parse(readFileSync(join(root, 'reports.json'), 'utf8')));
} catch (error) {
  if (error instanceof SyntaxError) fail([`reports.json is not valid JSON: ${error.message}`]);
  if (error instanceof DescriptorError) fail([error.message]);
  throw error;
}

// The convention the registry relies on, checked both ways with messages that say what to write.
const problems = [];
const ids = new Set(descriptor.reports.map((r) => r.id));
for (const id of ids) {
  const name = reportModuleName(id);
  const file = join(root, reportCodePath(id));
  const expected = `export const ${name}: ReportModule<${reportParametersTypeName(id)}> = { id: '${id}', … }`;
  if (!existsSync(file))
    problems.push(`report "${id}" in reports.json has no code: create ${reportCodePath(id)} with ${expected}`);
  else if (!new RegExp(`export const ${name}\\b`).test(readFileSync(file, 'utf8'))) {
    problems.push(`${reportCodePath(id)} does not export ${name}: it should contain ${expected}`);
  }
}
for (const entry of readdirSync(join(root, 'src', 'reports'))) {
  const module = /^export const (\w+): ReportModule</m.exec(readFileSync(join(root, 'src', 'reports', entry), 'utf8'));
  const id = entry.replace(/\.ts$/, '');
  if (module && !ids.has(id))
    problems.push(`src/reports/${entry} defines a report but reports.json has no report "${id}": add its entry there`);
}
if (problems.length > 0) fail(problems);

const upToDate = writeGeneratedFiles({
  packageDir: root,
  files: {
    'report-parameters.ts': renderParameterTypes(descriptor),
    'report-registry.ts': renderReportRegistry(descriptor),
  },
  check,
  source: 'reports.json',
  command,
});
if (!upToDate) process.exit(1);
if (check) console.log('generated report code matches reports.json');
