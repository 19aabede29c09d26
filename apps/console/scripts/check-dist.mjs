#!/usr/bin/env node
// Lint of the built console (run after `vite build`): the page must load under /console/ from the emulator, so every
// asset index.html references must exist under that base; and the bundle must not ship a source map or anything that
// looks like a full API key (a key typed into a test or a fixture must never end up in the static files).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const problems = [];
const indexPath = join(dist, 'index.html');
if (!existsSync(indexPath)) {
  console.error('check-dist: dist/index.html is missing; run `npm run build` first');
  process.exit(1);
}
const html = readFileSync(indexPath, 'utf8');
const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
if (refs.length === 0) problems.push('index.html references no script or stylesheet');
for (const ref of refs) {
  if (/^(https?:)?\/\//.test(ref))
    problems.push(`index.html loads ${ref} from another origin (the console must work offline)`);
  else if (!ref.startsWith('/console/')) problems.push(`index.html references ${ref} outside the /console/ base`);
  else if (!existsSync(join(dist, ref.slice('/console/'.length))))
    problems.push(`index.html references ${ref}, which is not in dist/`);
}
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(dist);
const fullKey = /SU-\d{3}-\d{3}-\d{3}:[0-9a-f]{40}/;
for (const file of files) {
  const name = relative(dist, file);
  if (name.endsWith('.map')) problems.push(`${name}: source maps are not shipped`);
  if (/\.(js|css|html)$/.test(name) && fullKey.test(readFileSync(file, 'utf8')))
    problems.push(`${name} contains a full API key`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`check-dist: ${problem}`);
  process.exit(1);
}
console.log(`check-dist: ${files.length} files, ${refs.length} references under /console/, no source maps, no keys`);
