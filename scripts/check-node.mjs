#!/usr/bin/env node
// Runs first in every root script, so an old Node fails in one line instead of 90 s later with an unrelated
// import error. Kept to syntax and APIs that Node 12+ parses, since its whole point is to run on an old Node.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const range = manifest.engines.node; // ">=MAJOR.MINOR", the one form this repository uses
const match = /^>=\s*(\d+)\.(\d+)$/.exec(range);
if (!match) {
  console.error(
    `scripts/check-node.mjs: cannot read engines.node "${range}" in package.json (expected ">=MAJOR.MINOR")`,
  );
  process.exit(1);
}
const [major, minor] = process.versions.node.split('.').map(Number);
const needMajor = Number(match[1]);
const needMinor = Number(match[2]);
// The release CI runs on; `.nvmrc` names the same one, so `nvm install` / `fnm use` in the repository pick it.
const recommended = readFileSync(new URL('../.nvmrc', import.meta.url), 'utf8').trim();
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  console.error(
    `connect-tokens needs Node.js ${range}, but this is Node.js ${process.versions.node} (${process.execPath}). ` +
      `Install Node ${recommended} (https://nodejs.org, or "nvm install" / "fnm use" here, which read .nvmrc), then retry.`,
  );
  process.exit(1);
}
