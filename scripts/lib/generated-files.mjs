// Generated code is committed beside its source (a spec, a descriptor) and checked against it: one way to write it
// and one way to tell that it drifted, for every generator in the repository.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes each generated file into `<packageDir>/src/generated/`, or with `check` writes nothing and reports every file
 * that differs from what its source generates, naming the command that regenerates it.
 *
 * @param {{ packageDir: string, files: Record<string, string>, check: boolean, source: string, command: string }} options
 *   `files` maps a file name to its generated text; `source` names what it is generated from (`openapi.yaml`)
 * @returns {boolean} false when `check` found a file out of date
 */
export function writeGeneratedFiles({ packageDir, files, check, source, command }) {
  const outDir = join(packageDir, 'src', 'generated');
  let upToDate = true;
  for (const [name, text] of Object.entries(files)) {
    const file = join(outDir, name);
    if (check) {
      const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (current !== text) {
        console.error(`src/generated/${name} is out of date with ${source}: run \`${command}\``);
        upToDate = false;
      }
    } else {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote src/generated/${name}`);
    }
  }
  return upToDate;
}
