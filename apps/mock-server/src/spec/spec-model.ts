/**
 * The parts of the OpenAPI document the emulator enforces at run time: the operations (method + path template), the
 * module that guards each one (`x-connect-module`), the RQL rules of lists (`x-rql`), and JSON pointers to the request
 * and response schemas (compiled by `validators.ts`). Driving routing, scoping and validation from the spec rather
 * than from hand-written tables is what keeps the emulator from drifting from the contract.
 */
import { parse } from 'yaml';

/** The RQL rules of a list operation (`x-rql`). */
export interface RqlRules {
  /** Filterable field → allowed operators (`eq`, `in`, `like`, ...). */
  filters: Record<string, string[]>;
  /** Fields that may appear in `ordering`. */
  ordering: string[];
  /** Fields matched by `search=`. */
  search: string[];
}

/** A query or path parameter of an operation. */
export interface ParameterSpec {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required: boolean;
  schema: unknown;
  /** JSON pointer of the parameter's schema (for `SpecValidator`), if it has one. */
  schemaPointer: string | undefined;
}

/** One operation of the spec, as the emulator needs it. */
export interface OperationSpec {
  operationId: string;
  method: string;
  /** The spec's path template, e.g. `/auth/tokens/{pk}`. */
  path: string;
  /** Path split on `/`; `{name}` segments are parameters. */
  segments: string[];
  /** The module that guards the operation, or `null` when any valid token may call it. */
  module: string | null;
  rql: RqlRules | undefined;
  parameters: ParameterSpec[];
  /** JSON pointer (into the spec) of the JSON request body schema, if the operation takes one. */
  requestSchema: string | undefined;
  requestRequired: boolean;
  /** Status (`'200'`, `'4XX'`, `'default'`) → JSON pointer of the response body schema (`undefined`: no body). */
  responses: Record<string, string | undefined>;
}

/** The parsed spec. */
export interface SpecModel {
  document: Record<string, unknown>;
  operations: OperationSpec[];
  byId: Map<string, OperationSpec>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function resolvePointer(document: Json, pointer: string): unknown {
  if (!pointer.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of pointer.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Follows `$ref`s of non-schema objects (parameters, responses, request bodies) and returns the target + its pointer. */
function deref(document: Json, value: unknown, pointer: string): { node: Json; pointer: string } | undefined {
  let current = value;
  let at = pointer;
  for (let hops = 0; hops < 10 && isObject(current) && typeof current.$ref === 'string'; hops++) {
    at = current.$ref;
    current = resolvePointer(document, at);
  }
  return isObject(current) ? { node: current, pointer: at } : undefined;
}

function jsonSchemaPointer(content: unknown, pointer: string): string | undefined {
  if (!isObject(content)) return undefined;
  const mediaType = Object.keys(content).find((type) => type === 'application/json' || type.endsWith('+json'));
  if (!mediaType) return undefined;
  const media = content[mediaType];
  if (!isObject(media) || media.schema === undefined) return undefined;
  return `${pointer}/content/${escapePointer(mediaType)}/schema`;
}

function toStringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function readRql(value: unknown): RqlRules | undefined {
  if (!isObject(value)) return undefined;
  const filters: Record<string, string[]> = {};
  if (isObject(value.filters)) {
    for (const [field, ops] of Object.entries(value.filters)) filters[field] = toStringArray(ops);
  }
  return { filters, ordering: toStringArray(value.ordering), search: toStringArray(value.search) };
}

/** Parses the spec text into the emulator's model. Throws on YAML errors (a broken spec should fail loudly at start). */
export function loadSpec(text: string): SpecModel {
  const document = parse(text) as unknown;
  if (!isObject(document)) throw new Error('openapi.yaml is not a YAML mapping');
  const operations: OperationSpec[] = [];
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const itemRef = deref(document, rawItem, `#/paths/${escapePointer(path)}`);
    if (!itemRef) continue;
    const item = itemRef.node;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const opPointer = `${itemRef.pointer}/${method}`;
      const parameters: ParameterSpec[] = [];
      const seen = new Set<string>();
      const rawParams = [
        ...(Array.isArray(op.parameters)
          ? op.parameters.map((p, i) => [p, `${opPointer}/parameters/${i}`] as const)
          : []),
        ...shared.map((p, i) => [p, `${itemRef.pointer}/parameters/${i}`] as const),
      ];
      for (const [raw, pointer] of rawParams) {
        const resolved = deref(document, raw, pointer);
        const param = resolved?.node;
        if (!resolved || !param || typeof param.name !== 'string' || typeof param.in !== 'string') continue;
        const key = `${param.in}:${param.name}`;
        if (seen.has(key)) continue; // operation-level parameters override path-level ones
        seen.add(key);
        parameters.push({
          name: param.name,
          in: param.in as ParameterSpec['in'],
          required: param.required === true,
          schema: param.schema,
          schemaPointer: param.schema === undefined ? undefined : `${resolved.pointer}/schema`,
        });
      }
      const body =
        op.requestBody === undefined ? undefined : deref(document, op.requestBody, `${opPointer}/requestBody`);
      const responses: Record<string, string | undefined> = {};
      if (isObject(op.responses)) {
        for (const [status, raw] of Object.entries(op.responses)) {
          const response = deref(document, raw, `${opPointer}/responses/${escapePointer(status)}`);
          responses[status] = response ? jsonSchemaPointer(response.node.content, response.pointer) : undefined;
        }
      }
      const module = op['x-connect-module'];
      operations.push({
        operationId: typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        segments: path.split('/').filter(Boolean),
        module: typeof module === 'string' ? module : null,
        rql: readRql(op['x-rql']),
        parameters,
        requestSchema: body ? jsonSchemaPointer(body.node.content, body.pointer) : undefined,
        requestRequired: body?.node.required === true,
        responses,
      });
    }
  }
  return { document, operations, byId: new Map(operations.map((op) => [op.operationId, op])) };
}

/** What {@link createRouter}'s `match` returns. */
export type RouteMatch =
  | { kind: 'found'; operation: OperationSpec; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

/** A router over the spec's path templates. Literal segments win over parameters (`/modules/integrations/settings`). */
export function createRouter(operations: readonly OperationSpec[]) {
  const sorted = [...operations].sort((a, b) => specificity(b) - specificity(a));
  // Each template's segments parsed once (every request tries many templates): a parameter's name, or a literal.
  const templates = new Map(
    sorted.map((operation) => [
      operation,
      operation.segments.map((segment) => {
        const param = /^\{(.+)\}$/.exec(segment);
        return param ? { param: param[1]! } : { literal: segment };
      }),
    ]),
  );
  function matchPath(operation: OperationSpec, parts: string[]): Record<string, string> | undefined {
    const segments = templates.get(operation)!;
    if (segments.length !== parts.length) return undefined;
    // Literals first: most templates fail there, before anything is decoded or allocated.
    for (let i = 0; i < parts.length; i++) {
      const { literal } = segments[i]!;
      if (literal !== undefined && literal !== parts[i]) return undefined;
    }
    const params: Record<string, string> = {};
    for (let i = 0; i < parts.length; i++) {
      const { param } = segments[i]!;
      if (param === undefined) continue;
      let decoded: string;
      try {
        decoded = decodeURIComponent(parts[i]!);
      } catch {
        return undefined;
      }
      if (decoded === '') return undefined;
      params[param] = decoded;
    }
    return params;
  }
  return {
    /** Matches a path relative to the API base (`/auth/tokens/SU-1`). */
    match(method: string, path: string): RouteMatch {
      const parts = path.split('/').filter(Boolean);
      const wanted = method.toUpperCase();
      let allowed: Set<string> | undefined;
      let bestForPath: OperationSpec | undefined;
      for (const operation of sorted) {
        const params = matchPath(operation, parts);
        if (!params) continue;
        // Only operations of the most specific matching template count, so `/modules/integrations` does not claim the
        // methods of `/modules/{pk}` when a literal route exists.
        if (bestForPath && bestForPath.path !== operation.path) continue;
        bestForPath = operation;
        if (operation.method === wanted) return { kind: 'found', operation, params };
        (allowed ??= new Set()).add(operation.method);
      }
      return allowed ? { kind: 'method-not-allowed', allowed: [...allowed] } : { kind: 'not-found' };
    },
  };
}

function specificity(operation: OperationSpec): number {
  // More literal segments first; ties broken by earlier literals (so /a/b/{x} beats /a/{y}/c).
  let score = 0;
  operation.segments.forEach((segment, i) => {
    if (!segment.startsWith('{')) score += 1000 + (100 - i);
  });
  return score;
}
