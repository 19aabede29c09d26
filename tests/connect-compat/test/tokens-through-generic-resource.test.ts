/**
 * `/auth/tokens` through CloudBlue's `GenericResource`, over HTTP: create, get, update, delete and the lifecycle
 * actions, with the bodies and headers that SDK really sends, and its `APIError` for every refusal.
 */
import { describe, expect, it } from 'vitest';
import { APIError, connectClient, genericResource, HttpError } from './support/connect-sdk';
import { useEmulatorOverHttp } from './support/emulator';

const env = useEmulatorOverHttp(211);

/** Runs `call` and returns the error it throws (the test fails if it resolves). */
async function refusal(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to be refused');
}

describe('create and get', () => {
  it('creates a token with the full key once, and gets it back masked', async () => {
    const created = await env.tokens.create({
      name: 'Compat create',
      extension: { id: 'EXT-000' },
      description: 'made by connect-javascript-sdk',
    });
    expect(created).toMatchObject({
      name: 'Compat create',
      status: 'active',
      extension: { id: 'EXT-000' },
      handle: created.id,
    });
    expect(created.token).toMatch(/^ApiKey SU-\d{3}-\d{3}-\d{3}:[0-9a-f]{40}$/);
    const fetched = await env.tokens.get(created.id);
    expect(fetched).toMatchObject({
      id: created.id,
      name: 'Compat create',
      description: 'made by connect-javascript-sdk',
    });
    expect(fetched.token).toBe(`ApiKey ${created.id}:****${created.token.slice(-4)}`);
  });

  it('creates a token with extension given by Connect’s type name', async () => {
    const created = await env.tokens.create({ name: 'Compat by name', extension: { name: 'zapier' } });
    expect(created.extension).toMatchObject({ id: 'EXT-002', name: 'Zapier' });
  });

  it('the new key works as a client of its own: /auth/context names it as the user', async () => {
    const created = await env.tokens.create({ name: 'Compat own key', extension: { id: 'EXT-000' } });
    const own = connectClient(env.endpoint, created.token);
    const context = await (await genericResource(own, '/auth').fetch('/auth/context')).json();
    expect(context.user).toEqual({ id: created.id, name: 'Compat own key' });
    expect(context.account.id).toBe('PA-000-000');
  });
});

describe('update', () => {
  it('updates with a partial body: only the fields sent change', async () => {
    const created = await env.tokens.create({
      name: 'Compat partial',
      extension: { id: 'EXT-000' },
      description: 'before',
    });
    const updated = await env.tokens.update(created.id, { description: 'after' });
    expect(updated).toMatchObject({ id: created.id, name: 'Compat partial', description: 'after' });
    expect((await env.tokens.get(created.id)).description).toBe('after');
  });

  // DRF (and so Connect) ignores read-only and undeclared keys: the object GET returned, edited, is a valid body.
  it('updates with the body GET returned, one field edited, as Connect accepts it', async () => {
    const created = await env.tokens.create({
      name: 'Compat GET-edited',
      extension: { id: 'EXT-000' },
      description: 'kept',
    });
    const fetched = await env.tokens.get(created.id);
    const updated = await env.tokens.update(created.id, { ...fetched, name: 'Compat GET-edited, renamed' });
    expect(updated).toMatchObject({
      id: created.id,
      name: 'Compat GET-edited, renamed',
      description: 'kept',
      status: 'active',
    });
    expect(updated.token).toBe(fetched.token);
  });
});

describe('lifecycle actions', () => {
  const action = (id: string, name: string, body?: object) =>
    env.tokens.fetch(`/auth/tokens/${id}/${name}`, { method: 'POST', ...(body ? { body } : {}) }).then((r) => r.json());

  it('deactivates and activates a token; an inactive key is refused with AUTH_003', async () => {
    const created = await env.tokens.create({ name: 'Compat lifecycle', extension: { id: 'EXT-000' } });
    expect((await action(created.id, 'deactivate')).status).toBe('inactive');
    const own = genericResource(connectClient(env.endpoint, created.token), '/auth/tokens');
    const denied = await refusal(() => own.fetch('/auth/context'));
    expect(denied).toBeInstanceOf(APIError);
    expect(denied).toMatchObject({ status: 401, errorCode: 'AUTH_003' });
    expect((await action(created.id, 'activate')).status).toBe('active');
    expect((await own.fetch('/auth/context')).status).toBe(200);
  });

  it('rotates the key: the old key stops working, the new one works', async () => {
    const created = await env.tokens.create({ name: 'Compat rotate', extension: { id: 'EXT-000' } });
    const rotated = await action(created.id, 'rotate');
    expect(rotated.token).toMatch(/^ApiKey SU-\d{3}-\d{3}-\d{3}:[0-9a-f]{40}$/);
    expect(rotated.token).not.toBe(created.token);
    const old = genericResource(connectClient(env.endpoint, created.token), '/auth/tokens');
    expect(await refusal(() => old.fetch('/auth/context'))).toMatchObject({ status: 401, errorCode: 'AUTH_001' });
    const fresh = genericResource(connectClient(env.endpoint, rotated.token), '/auth/tokens');
    expect((await fresh.fetch('/auth/context')).status).toBe(200);
  });

  it('renews with a new expiration date', async () => {
    const created = await env.tokens.create({
      name: 'Compat renew',
      extension: { id: 'EXT-000' },
      expiration_date: '2026-06-01T00:00:00Z',
    });
    const renewed = await action(created.id, 'renew', { expiration_date: '2027-06-01T00:00:00Z' });
    expect(renewed.expiration_date).toBe('2027-06-01T00:00:00.000Z');
    expect(renewed.token).not.toBe(created.token);
  });

  it('deletes a token: get is then a 404 APIError and the key is refused', async () => {
    const created = await env.tokens.create({ name: 'Compat delete', extension: { id: 'EXT-000' } });
    await env.tokens.delete(created.id);
    const missing = await refusal(() => env.tokens.get(created.id));
    expect(missing).toBeInstanceOf(APIError);
    expect(missing).toMatchObject({ status: 404 });
    const own = genericResource(connectClient(env.endpoint, created.token), '/auth/tokens');
    expect(await refusal(() => own.fetch('/auth/context'))).toMatchObject({ status: 401, errorCode: 'AUTH_001' });
  });
});

describe('errors arrive as the SDK’s APIError', () => {
  it('a body without a name: 400 VAL_001 naming the field', async () => {
    const error = (await refusal(() => env.tokens.create({ extension: { id: 'EXT-000' } }))) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(400);
    expect(error.errorCode).toBe('VAL_001');
    expect(error.errors.some((message) => message.includes('name'))).toBe(true);
  });

  it('an extension name that resolves to nothing: 400 VAL_001 naming extension.name', async () => {
    const error = (await refusal(() =>
      env.tokens.create({ name: 'Compat nowhere', extension: { name: 'salesforce' } }),
    )) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(400);
    expect(error.errorCode).toBe('VAL_001');
    expect(error.errors).toEqual([expect.stringMatching(/^extension\.name: unknown extension "salesforce"/)]);
  });

  it('an unknown token id: 404 with error_code and errors', async () => {
    const error = (await refusal(() => env.tokens.get('SU-999-999-999'))) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(404);
    expect(error.json).toEqual({ error_code: error.errorCode, errors: [expect.stringContaining('SU-999-999-999')] });
  });

  it('a wrong key: 401 AUTH_001, an APIError (not a bare HttpError)', async () => {
    const stranger = genericResource(
      connectClient(env.endpoint, `ApiKey SU-123-123-123:${'0'.repeat(40)}`),
      '/auth/tokens',
    );
    const error = await refusal(() => stranger.search({}));
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 401, errorCode: 'AUTH_001' });
  });

  it('activating an active token: 400 TKN_001 saying why', async () => {
    const created = await env.tokens.create({ name: 'Compat twice', extension: { id: 'EXT-000' } });
    const error = (await refusal(() =>
      env.tokens.fetch(`/auth/tokens/${created.id}/activate`, { method: 'POST' }),
    )) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(400);
    expect(error.json).toEqual({
      error_code: 'TKN_001',
      errors: [`Cannot activate token ${created.id}: its status is active.`],
    });
  });
});
