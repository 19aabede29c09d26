#!/usr/bin/env node
// Prints the functions with the most self time in a V8 .cpuprofile (from `node --cpu-prof`).
// Usage: node bench/src/tools/top-frames.mjs FILE.cpuprofile [count=20] [--callers PREFIX [depth=4]]
import { readFileSync } from 'node:fs';

const [file, countArg, flag, prefix, depthArg] = process.argv.slice(2);
if (!file) {
  console.error('Usage: top-frames.mjs FILE.cpuprofile [count] [--callers PREFIX [depth]]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  self.set(id, (self.get(id) ?? 0) + dt);
  total += dt;
});
const label = (n) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-3).join('/')}:${n.callFrame.lineNumber + 1}`;
const pct = (t) => `${((t / total) * 100).toFixed(1).padStart(5)}%`;

if (flag === '--callers') {
  const chains = new Map();
  for (const [id, t] of self) {
    if (!label(byId.get(id)).startsWith(prefix)) continue;
    const chain = [];
    for (let p = parent.get(id), k = 0; p !== undefined && k < Number(depthArg ?? 4); p = parent.get(p), k++)
      chain.push(label(byId.get(p)));
    const key = chain.join(' < ');
    chains.set(key, (chains.get(key) ?? 0) + t);
  }
  for (const [k, t] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${pct(t)}  ${prefix} < ${k}`);
} else {
  const agg = new Map();
  for (const [id, t] of self) {
    const key = label(byId.get(id));
    agg.set(key, (agg.get(key) ?? 0) + t);
  }
  for (const [k, t] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, Number(countArg ?? 20))) {
    console.log(`${pct(t)}  ${(t / 1000).toFixed(0).padStart(7)} ms  ${k}`);
  }
}
