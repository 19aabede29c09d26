/**
 * HS256 JSON Web Tokens for webhook deliveries, with WebCrypto only (`crypto.subtle` HMAC), so the emulator's
 * handlers run unchanged outside Node. Only signing is needed by the platform; {@link verifyHs256} exists for tests and
 * for receivers written against the emulator.
 */

const encoder = new TextEncoder();

/** base64url without padding (RFC 7515 §2). */
export function base64UrlEncode(bytes: Uint8Array | string): string {
  const data = typeof bytes === 'string' ? encoder.encode(bytes) : bytes;
  let binary = '';
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Inverse of {@link base64UrlEncode}; throws on malformed input. */
export function base64UrlDecode(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new TypeError('not base64url');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ]);
}

/** Signs `claims` as a compact HS256 JWT with `secret`. */
export async function signHs256(claims: Record<string, unknown>, secret: string): Promise<string> {
  const header = base64UrlEncode(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64UrlEncode(JSON.stringify(claims));
  const input = `${header}.${payload}`;
  const signature = await globalThis.crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), encoder.encode(input));
  return `${input}.${base64UrlEncode(new Uint8Array(signature))}`;
}

/**
 * Verifies a compact HS256 JWT (signature in constant time via `crypto.subtle.verify`, `alg` must be `HS256`) and
 * returns its claims, or `undefined` when it is malformed or the signature does not match. Expiry is not checked.
 */
export async function verifyHs256(token: string, secret: string): Promise<Record<string, unknown> | undefined> {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts as [string, string, string];
  try {
    const head = JSON.parse(new TextDecoder().decode(base64UrlDecode(header))) as { alg?: unknown };
    if (head.alg !== 'HS256') return undefined;
    const ok = await globalThis.crypto.subtle.verify(
      'HMAC',
      await hmacKey(secret, 'verify'),
      base64UrlDecode(signature),
      encoder.encode(`${header}.${payload}`),
    );
    if (!ok) return undefined;
    const claims = JSON.parse(new TextDecoder().decode(base64UrlDecode(payload))) as unknown;
    return claims && typeof claims === 'object' && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
