/**
 * The contract check every test response goes through: the response must be one the spec documents for the operation
 * (status or `4XX`/`default`), its JSON body must validate against that response's schema, and the headers the spec
 * promises (`X-Request-Id`, `Content-Range` on lists, `Retry-After` on 429) must be there. A violation throws, so no
 * test can pass on a response that drifted from the contract.
 */
import { canonicalPath, createRouter, loadSpec, SPEC_TEXT, SpecValidator } from '../src/index';

const spec = loadSpec(SPEC_TEXT);
const router = createRouter(spec.operations);
const validator = new SpecValidator(spec.document);

/** A response as the tests see it. */
export interface ApiResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** Throws when `result` (to `method path`, path relative to the API base) breaks the spec. */
export function assertMatchesContract(method: string, path: string, result: ApiResult): void {
  const where = `${method} ${path} → ${result.status}`;
  if (!result.headers.get('x-request-id')) throw new Error(`${where}: missing X-Request-Id`);
  // The emulator routes the canonical spelling of a path (see `canonical-path.ts`), so the contract does too.
  const match = router.match(method, canonicalPath(path.split('?')[0]!));
  if (match.kind !== 'found') {
    // Not an operation of the spec: only the generic error shape applies.
    if (result.status !== 404 && result.status !== 405 && result.status !== 413) {
      throw new Error(`${where}: unknown route answered with ${result.status}`);
    }
    assertErrorBody(where, result);
    return;
  }
  const { operation } = match;
  const family = `${String(result.status)[0]}XX`;
  // `default` is the spec's ServerError: it covers 5xx only, so an undocumented 4xx is still caught.
  const candidates =
    result.status >= 500 ? [String(result.status), family, 'default'] : [String(result.status), family];
  const key = candidates.find((k) => Object.hasOwn(operation.responses, k));
  if (key === undefined) throw new Error(`${where}: status not documented for ${operation.operationId}`);
  const pointer = operation.responses[key];
  if (pointer === undefined) {
    if (result.text !== '') throw new Error(`${where}: body present but the spec documents none`);
  } else {
    const outcome = validator.validate(pointer, result.body);
    if (!outcome.ok)
      throw new Error(
        `${where}: body does not match the spec (${operation.operationId} ${key}):\n  ${outcome.errors.join('\n  ')}\n${result.text.slice(0, 2000)}`,
      );
  }
  if (result.status >= 400) assertErrorBody(where, result);
  if (
    operation.rql &&
    result.status === 200 &&
    !/^items \d+-\d+\/\d+$/.test(result.headers.get('content-range') ?? '')
  ) {
    throw new Error(`${where}: list without a valid Content-Range`);
  }
  if (result.status === 429 && !/^[1-9]\d*$/.test(result.headers.get('retry-after') ?? '')) {
    throw new Error(`${where}: 429 without a valid Retry-After`);
  }
}

function assertErrorBody(where: string, result: ApiResult): void {
  const outcome = validator.validate('#/components/schemas/Error', result.body);
  if (!outcome.ok) throw new Error(`${where}: not an Error body: ${result.text.slice(0, 500)}`);
}
