/**
 * The emulator's RQL evaluation: parsed filters and orderings (from `@connect-tokens/protocol`'s `parseQuery`)
 * compiled into a predicate and a comparator over in-memory wire objects, with per-endpoint field rules.
 */
export { compileFilter } from './evaluate';
export type { CompileFilterOptions, FilterRules, Predicate } from './evaluate';
export { compileGlob } from './glob';
export { resolvePath } from './path';
export { compileOrdering } from './sort';
export type { Comparator } from './sort';
