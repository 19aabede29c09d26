import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type ConnectError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  unwrap,
} from '../src/index';
import { usePlatform } from './support/platform';

const t = usePlatform();
const noRetry = () => t.clientWith({ maxRetries: 0 });
const caught = async (promise: Promise<unknown>): Promise<ConnectError> => {
  try {
    await promise;
  } catch (error) {
    return error as ConnectError;
  }
  throw new Error('expected a rejection');
};

describe('typed errors from the emulator', () => {
  it('401 with an unknown key is AuthenticationError AUTH_001', async () => {
    const error = await caught(t.clientWith({ apiKey: `ApiKey SU-999-999-999:${'a'.repeat(40)}` }).whoami());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, errorCode: 'AUTH_001', method: 'GET', path: '/auth/context' });
    expect(error.requestId).toBeTruthy();
  });

  it('403 for a token without the module is PermissionDeniedError AUTH_005, and reads well', async () => {
    const { key, token } = await t.platform.issueToken({ permissions: [{ id: 'MD-0003', name: 'Catalog' }] });
    const error = await caught(t.clientWith({ apiKey: key }).tokens.list().toArray());
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.errorCode).toBe('AUTH_005');
    expect(error.message).toMatch(
      new RegExp(`^403 AUTH_005: .*${token.id}.*MD-0007.* \\[GET /auth/tokens, request ${error.requestId}\\]$`),
    );
  });

  it('404 for an unknown token is NotFoundError', async () => {
    const error = await caught(t.client.tokens.get('SU-404-404-404'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toMatch(/^404 GEN_404: .* \[GET \/auth\/tokens\/SU-404-404-404, request .+\]$/);
  });

  it('400 for an invalid body is BadRequestError VAL_001 with field messages', async () => {
    const error = await caught(t.client.tokens.create({ name: '', extension: { id: 'EXT-000' } }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.errorCode).toBe('VAL_001');
    expect(error.errors.some((e) => e.startsWith('name'))).toBe(true);
  });

  it('409 when an Idempotency-Key is reused for another request is ConflictError IDEM_001 (not retried)', async () => {
    let posts = 0;
    const count = ({ request }: { request: Request }) => void (request.method === 'POST' && posts++);
    t.server.events.on('request:start', count);
    await t.client.tokens.create({ name: 'one', extension: { id: 'EXT-000' } }, { idempotencyKey: 'job-1' });
    const error = await caught(
      t.client.tokens.create({ name: 'two', extension: { id: 'EXT-000' } }, { idempotencyKey: 'job-1' }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.errorCode).toBe('IDEM_001');
    t.server.events.removeListener('request:start', count);
    expect(posts).toBe(2);
  });

  it('429 is RateLimitError with retryAfter', async () => {
    t.setFaults({ routes: { 'GET /auth/context': { rate429: 1, retryAfterS: 2 } } });
    const error = await caught(noRetry().whoami());
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, errorCode: 'AUTH_008', retryAfter: 2 });
  });

  it.each([
    ['rate500', 500, 'GEN_500'],
    ['rate503', 503, 'GEN_503'],
  ])('%s gives InternalServerError %i', async (fault, status, code) => {
    t.setFaults({ routes: { 'GET /auth/context': { [fault]: 1, retryAfterS: 0 } } });
    const error = await caught(noRetry().whoami());
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status, errorCode: code });
  });

  it('422 is UnprocessableEntityError', async () => {
    t.server.use(
      http.get(`${t.platform.baseUrl}/auth/context`, () =>
        HttpResponse.json({ error_code: 'X', errors: ['no'] }, { status: 422 }),
      ),
    );
    await expect(noRetry().whoami()).rejects.toBeInstanceOf(UnprocessableEntityError);
  });

  it('an HTML error page from a proxy still gives a readable error', async () => {
    t.server.use(
      http.get(
        `${t.platform.baseUrl}/auth/context`,
        () =>
          new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
            status: 502,
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    const error = await caught(noRetry().whoami());
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.errorCode).toBeUndefined();
    expect(error.message).toBe('502: non-JSON response (text/html) [GET /auth/context]');
    expect(error.rawBody).toContain('502 Bad Gateway');
  });

  it('a plain-text or empty error body still gives a readable error', async () => {
    t.server.use(
      http.get(
        `${t.platform.baseUrl}/auth/context`,
        () => new HttpResponse('upstream connect error', { status: 500 }),
        { once: true },
      ),
      http.get(
        `${t.platform.baseUrl}/auth/context`,
        () => new HttpResponse(null, { status: 404, statusText: 'Not Found' }),
        { once: true },
      ),
    );
    expect((await caught(noRetry().whoami())).message).toBe('500: upstream connect error [GET /auth/context]');
    expect((await caught(noRetry().whoami())).message).toBe('404: Not Found [GET /auth/context]');
  });

  it('client.api keeps openapi-fetch’s { error } result; unwrap() throws the typed error', async () => {
    const result = await t.client.api.GET('/auth/tokens/{pk}', { params: { path: { pk: 'SU-404-404-404' } } });
    expect(result.error).toMatchObject({ error_code: 'GEN_404' });
    expect(() => unwrap(result)).toThrow(NotFoundError);
    const ok = await t.client.api.GET('/auth/context');
    expect(unwrap(ok).token?.id).toBe('SU-000-000-000');
  });

  it('errors serialise to their fields', async () => {
    const error = await caught(t.client.tokens.get('SU-404-404-404'));
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: 'NotFoundError',
      status: 404,
      errorCode: 'GEN_404',
      method: 'GET',
    });
  });
});

describe('malformed success responses', () => {
  it('a list that is not a JSON array is a ConnectError, not an empty list', async () => {
    t.server.use(http.get(`${t.platform.baseUrl}/auth/tokens`, () => HttpResponse.json({ results: [] })));
    await expect(t.client.tokens.list().toArray()).rejects.toThrow(
      /^Expected a JSON array from GET \/auth\/tokens, got object/,
    );
  });
});
