import type { Plugin } from 'vite';

/**
 * The emulator imports `openapi.yaml` as a string (tsup's `loader: { '.yaml': 'text' }`). Test runs that load the
 * emulator from source need the same rule; this is the one copy of it for every package's vitest config.
 */
export function yamlAsText(): Plugin {
  return {
    name: 'yaml-as-text',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('.yaml')) return undefined;
      return { code: `export default ${JSON.stringify(code)};`, map: null };
    },
  };
}
