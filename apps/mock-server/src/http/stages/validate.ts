/**
 * Stage 9: everything about the request that can be checked before a handler runs, so handlers see valid input only:
 *
 * - path parameters of an impossible format → 404 GEN_404 (an object that cannot exist, like any unknown id);
 * - a body where the operation takes one: `application/json` (415 GEN_415), JSON nesting at most
 *   `limits.maxJsonDepth` and parseable (400 VAL_001), keys the write schema does not declare or marks `readOnly`
 *   dropped (DRF's leniency, named in `X-Connect-Ignored-Fields`), then the schema (400 VAL_001);
 * - the list query of an `x-rql` operation (`../list.ts`: lenient paging, undeclared filters dropped, 400 RQL_001).
 *
 * A body sent to an operation that takes none is ignored, as most servers do.
 */
import { errorResponse } from '../errors';
import { isJsonContentType, parseJsonBody } from '../json-body';
import { dropIgnoredFields } from '../lenient-body';
import { compileListQuery } from '../list';
import type { Stage } from './exchange';

export const validate: Stage = async (exchange, next) => {
  const { runtime } = exchange;
  const { operation, params } = exchange.resolved();
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' || parameter.schemaPointer === undefined) continue;
    const value = params[parameter.name];
    if (value === undefined || !runtime.validator.validate(parameter.schemaPointer, value).ok) {
      return errorResponse(
        'GEN_404',
        `No object ${JSON.stringify(value ?? '')} (${parameter.name}) at ${operation.path}.`,
      );
    }
  }
  const schema = operation.requestSchema;
  if (schema) {
    let body: unknown;
    if (exchange.bodyText.trim().length > 0) {
      const type = exchange.request.headers.get('content-type');
      if (!isJsonContentType(type)) {
        return errorResponse('GEN_415', `Content-Type must be application/json, got ${JSON.stringify(type ?? '')}.`);
      }
      const lenient = dropIgnoredFields(
        runtime.spec.document,
        schema,
        parseJsonBody(exchange.bodyText, runtime.limits.maxJsonDepth),
      );
      body = lenient.body;
      exchange.ignoredFields = lenient.ignored;
    }
    if (body === undefined && operation.requestRequired)
      return errorResponse('VAL_001', 'body: a JSON body is required');
    if (body !== undefined) {
      const result = runtime.validator.validate(schema, body);
      if (!result.ok) return errorResponse('VAL_001', result.errors);
    }
    exchange.body = body;
  }
  if (operation.rql) exchange.list = compileListQuery(exchange.url, operation.rql);
  return next();
};
