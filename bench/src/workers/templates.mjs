// Writes the synthetic fetch's templates (see synthetic-fetch.mjs) to --out FILE.
import { writeFileSync } from 'node:fs';
import { workerArgs, workerMain } from '../harness.mjs';
import { makeTemplates } from './synthetic-fetch.mjs';

await workerMain(async () => {
  const { out } = workerArgs();
  writeFileSync(out, JSON.stringify(await makeTemplates()));
  return { out };
});
