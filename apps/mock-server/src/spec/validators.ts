/**
 * JSON Schema validation against the spec's own schemas (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses). The whole
 * document is registered once under the id `openapi`, and each request/response schema is compiled lazily from its
 * JSON pointer, so `$ref`s between components resolve exactly as in the spec.
 *
 * The emulator uses it for request bodies (→ 400 VAL_001); the test suite uses the same class on every response it
 * sees, which is what stops the emulator from drifting from the contract.
 */
// `.js` is required: ajv has no exports map, so Node's ESM resolver needs the file name.
import * as Ajv2020Module from 'ajv/dist/2020.js';
import * as addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isValidCidr } from '../net/cidr';

// ajv and ajv-formats are CommonJS; depending on the loader the class arrives as the namespace's `default` or as
// `default.default`. Normalise once here.
type AjvInstance = InstanceType<typeof Ajv2020Module.default>;
type AjvCtor = new (options: Record<string, unknown>) => AjvInstance;
function unwrapDefault<T>(mod: unknown): T {
  let current = mod as { default?: unknown };
  while (typeof current !== 'function' && current && 'default' in current)
    current = current.default as { default?: unknown };
  return current as T;
}
const Ajv2020 = unwrapDefault<AjvCtor>(Ajv2020Module);
const addFormats = unwrapDefault<(ajv: AjvInstance) => void>(addFormatsModule);

/** The outcome of a validation: `errors` are human-readable, each prefixed with the field (`name: ...`). */
export type ValidationResult = { ok: true } | { ok: false; errors: string[] };

/** Compiles and caches validators for schemas of one spec document. */
export class SpecValidator {
  private readonly ajv: AjvInstance;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(document: Record<string, unknown>) {
    this.ajv = new Ajv2020({
      allErrors: true,
      strict: false,
      validateSchema: false,
      // The spec is full of OpenAPI-only keywords (example, discriminator, x-*); they are annotations here.
      logger: false,
    });
    addFormats(this.ajv);
    this.ajv.addFormat('cidr', { type: 'string', validate: isValidCidr });
    this.ajv.addSchema(document, 'openapi');
  }

  /** Validates `value` against the schema at `pointer` (`#/components/schemas/Token`, ...). */
  validate(pointer: string, value: unknown): ValidationResult {
    let validate = this.cache.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi${pointer}` });
      this.cache.set(pointer, validate);
    }
    if (validate(value)) return { ok: true };
    return { ok: false, errors: formatErrors(validate.errors ?? []) };
  }
}

/** `/name` → `name`, `/permissions/0/id` → `permissions.0.id`; the root is `body`. */
function fieldOf(error: ErrorObject): string {
  let path = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string')
    path = [...path, params.missingProperty];
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    path = [...path, params.additionalProperty];
  }
  if (error.keyword === 'unevaluatedProperties' && typeof params.unevaluatedProperty === 'string') {
    path = [...path, params.unevaluatedProperty];
  }
  return path.length === 0 ? 'body' : path.join('.');
}

function messageOf(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'this field is required';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'unknown field';
    case 'enum': {
      const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
      return Array.isArray(allowed)
        ? `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`
        : 'must be one of the allowed values';
    }
    default:
      return error.message ?? 'is invalid';
  }
}

/**
 * Turns ajv's errors into `field: message` lines, dropping the noise of combinators (`anyOf`/`oneOf` report every
 * branch; the branch errors are kept and the summary dropped) and duplicates.
 */
export function formatErrors(errors: readonly ErrorObject[]): string[] {
  const out = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') continue;
    out.add(`${fieldOf(error)}: ${messageOf(error)}`);
  }
  if (out.size === 0 && errors.length > 0) out.add(`body: ${errors[0]!.message ?? 'is invalid'}`);
  return [...out];
}
