// `.yaml` files are imported as their text: tsup's `loader: { '.yaml': 'text' }` in the build and the `yaml-as-text`
// plugin in vitest.config.ts. This is how the spec travels inside the bundle without `node:fs`.
declare module '*.yaml' {
  const text: string;
  export default text;
}
