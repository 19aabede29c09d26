/**
 * `POST /auth/tokens/{pk}/check`: "would this token be allowed to call METHOD PATH from IP?". Runs the very same
 * `evaluateAccess` as the request pipeline (without consuming rate limit), against the module the spec says guards
 * the path.
 */
import { canonicalPath } from '../http/canonical-path';
import { evaluateAccess } from '../http/access-rules';
import type { RequestContext, RouteImplementation } from '../http/context';
import { jsonResponse } from '../http/errors';
import { parseIp } from '../net/cidr';
import { bodyObject, FieldErrors } from './body';
import { tokenOr404 } from './serializers';

function check(ctx: RequestContext): Response {
  const { store, router, basePath } = ctx.runtime;
  const token = tokenOr404(store, ctx.params.pk);
  const body = bodyObject(ctx.body);
  const errors = new FieldErrors();
  const method = typeof body.method === 'string' ? body.method.toUpperCase() : '';
  if (!/^(GET|PUT|POST|DELETE)$/.test(method)) errors.add('method', 'must be one of GET, POST, PUT, DELETE');
  let path = typeof body.path === 'string' ? body.path : '';
  // Accept a full URL or a path with the API base, as users paste them.
  try {
    if (/^https?:\/\//i.test(path)) path = new URL(path).pathname;
  } catch {
    errors.add('path', 'must be a path or URL');
  }
  path = path.split('?')[0]!;
  if (path.startsWith('/')) path = canonicalPath(path); // the same spelling the pipeline's `route` stage gives rules
  if (path.startsWith(basePath + '/')) path = path.slice(basePath.length);
  if (!path.startsWith('/')) errors.add('path', "must start with '/'");
  const ip = body.ip === undefined || body.ip === null ? ctx.ip : body.ip;
  if (typeof ip !== 'string' || !parseIp(ip)) errors.add('ip', 'must be an IPv4 or IPv6 address');
  errors.throwIfAny();

  const match = router.match(method, path);
  const moduleId = match.kind === 'found' ? match.operation.module : null;
  const decision = evaluateAccess(
    store,
    token,
    undefined,
    { method, path, ip: ip as string, module: moduleId },
    { consume: false },
  );
  const module = moduleId === null ? null : { id: moduleId, name: store.module(moduleId)?.name ?? moduleId };
  return jsonResponse({
    allowed: decision.allowed,
    error_code: decision.allowed ? null : decision.code,
    reason: decision.reason,
    rule: decision.rule,
    module,
  });
}

/** Routes of this file. */
export const policyCheckRoutes: Record<string, RouteImplementation> = {
  'POST /auth/tokens/{pk}/check': { handle: check },
};
