import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Bundle } from 'zapier-platform-core';

/** Clock skew tolerated on `exp`, in seconds (Zapier may process a delivery a little after it arrived). */
const LEEWAY_SECONDS = 300;

/**
 * - `valid`: signed with the webhook's secret, unexpired, for this webhook, and the body hash matches.
 * - `invalid`: a check that could be made failed: drop the delivery.
 * - `unverifiable`: the secret or the raw request is not available to this call, so nothing can be checked.
 */
export type SignatureCheck = 'valid' | 'invalid' | 'unverifiable';

function base64UrlDecode(text: string): Buffer {
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** The `Authorization` header of the delivery; Zapier may prefix raw header names with `Http-`. */
function authorizationHeader(bundle: Bundle): string | undefined {
  const headers = bundle.rawRequest?.headers ?? {};
  const entry = Object.entries(headers).find(([name]) => /^(http-)?authorization$/i.test(name));
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}

/**
 * Checks the `Authorization: Bearer <HS256 JWT>` the platform signs every delivery with (claims `exp`, `webhook_id`,
 * `delivery_id`, `sha256` of the body), using the `jwt_secret` `performSubscribe` generated and kept in
 * `bundle.subscribeData`. Zapier's hook URL is already unguessable; this additionally rejects forged or replayed
 * deliveries whenever Zapier hands the secret and the raw request to `perform`.
 */
export function checkSignature(bundle: Bundle, now = Date.now()): SignatureCheck {
  const subscription = bundle.subscribeData as { id?: unknown; jwt_secret?: unknown } | undefined;
  const secret = typeof subscription?.jwt_secret === 'string' ? subscription.jwt_secret : undefined;
  const content = bundle.rawRequest?.content;
  const authorization = authorizationHeader(bundle);
  if (!secret || typeof content !== 'string' || !authorization) return 'unverifiable';

  const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  const parts = token?.split('.');
  if (parts?.length !== 3) return 'invalid';
  const [header, payload, signature] = parts as [string, string, string];
  try {
    const head = JSON.parse(base64UrlDecode(header).toString('utf8')) as { alg?: unknown };
    if (head.alg !== 'HS256') return 'invalid';
    const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
    const given = base64UrlDecode(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    const claims = JSON.parse(base64UrlDecode(payload).toString('utf8')) as Record<string, unknown>;
    if (typeof claims['exp'] === 'number' && claims['exp'] + LEEWAY_SECONDS < now / 1000) return 'invalid';
    if (typeof subscription?.id === 'string' && claims['webhook_id'] !== subscription.id) return 'invalid';
    const bodyHash = createHash('sha256').update(content, 'utf8').digest('hex');
    return claims['sha256'] === bodyHash ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}
