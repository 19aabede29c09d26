/**
 * The emulator's RQL evaluation: parsed filters and orderings (from `@connect-tokens/protocol`'s `parseQuery`)
 * compiled into a predicate, a comparator and a sorter over in-memory wire objects (or, through field readers, over
 * store records), with per-endpoint field rules.
 */
export { compileFilter, isoTime } from './evaluate';
export type { CompileFilterOptions, FilterRules, Predicate } from './evaluate';
export { compileGlob } from './glob';
export { compilePath, firstValue, resolvePath } from './path';
export type { FieldReader, FieldReaders } from './path';
export { compileOrdering, compileSort } from './sort';
export type { Comparator, Sorter } from './sort';
