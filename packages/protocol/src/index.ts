export type { paths, components, operations as OperationTypes } from './generated/openapi';
export { operations, type OperationId } from './generated/operations';
export * from './error-codes';
export * from './ids';
export * from './pagination';
export * from './redact';
export * from './token-lifecycle';
export * from './rql/index';

import type { components } from './generated/openapi';

/** Shorthand for a schema of the spec: `Schema<'Token'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
