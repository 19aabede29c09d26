import { describe, expect, it } from 'vitest';
import App from '../src/index';
import { appTester, authData, useEmulator } from './harness';

const emulator = useEmulator();
const {
  create_token: createToken,
  update_token: updateToken,
  activate_token: activateToken,
  deactivate_token: deactivateToken,
  renew_token: renewToken,
  rotate_token: rotateToken,
  delete_token: deleteToken,
  grant_permission: grantPermission,
  revoke_permission: revokePermission,
} = App.creates;

type TokenOut = {
  id: string;
  name: string;
  description: string | null;
  external_id: string | null;
  status: string;
  token: string;
  extension: { id: string };
  expiration_date: string | null;
  renewed_expiration_date?: string | null;
  permissions: Array<{ id: string; object: { id: string } }>;
};

const FULL_KEY = /^ApiKey SU-\d{3}-\d{3}-\d{3}:[0-9a-f]{40}$/;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function admin() {
  return authData(emulator.platform().bootstrapKey);
}

async function aToken(overrides: Parameters<ReturnType<typeof emulator.platform>['issueToken']>[0] = {}) {
  return emulator.platform().issueToken({ name: 'Target', ...overrides });
}

describe('Create Token', () => {
  it('creates a token with extension, modules and expiry; the full key is in the output once', async () => {
    const expiration = inDays(90);
    const created = (await appTester(createToken.operation.perform, {
      authData: admin(),
      inputData: {
        name: '  Reseller sync ',
        description: 'Nightly sync',
        external_id: 'crm-1',
        extension_id: 'EXT-002',
        module_ids: ['MD-0007', 'MD-0002'],
        expiration_date: expiration,
      },
    })) as TokenOut;
    expect(created).toMatchObject({
      name: 'Reseller sync',
      description: 'Nightly sync',
      external_id: 'crm-1',
      status: 'active',
      extension: { id: 'EXT-002' },
    });
    expect(Date.parse(created.expiration_date!)).toBe(Date.parse(expiration));
    expect(created.permissions.map((p) => p.object.id).sort()).toEqual(['MD-0002', 'MD-0007']);
    expect(created.token).toMatch(FULL_KEY);

    // The key works, and reads of the token show it masked.
    const context = (await appTester(App.authentication.test, { authData: authData(created.token) })) as {
      token: { id: string };
    };
    expect(context.token.id).toBe(created.id);
    const again = (await appTester(App.searches.find_token.operation.perform, {
      authData: admin(),
      inputData: { token_id: created.id },
    })) as TokenOut[];
    expect(again[0]!.token).not.toMatch(FULL_KEY);
  });

  it('creates a minimal token (Custom extension, no modules, no expiry)', async () => {
    const created = (await appTester(createToken.operation.perform, {
      authData: admin(),
      inputData: { name: 'Bare', module_ids: [] },
    })) as TokenOut;
    expect(created).toMatchObject({
      name: 'Bare',
      extension: { id: 'EXT-000' },
      expiration_date: null,
      permissions: [],
    });
  });

  it('sends text that looks like a Zapier template verbatim', async () => {
    const description = 'Leaked? {{bundle.authData.api_key}}';
    const created = (await appTester(createToken.operation.perform, {
      authData: admin(),
      inputData: { name: 'Curly', description },
    })) as TokenOut;
    expect(created.description).toBe(description);
  });

  it('reports validation errors with the error code and the field message', async () => {
    await expect(
      appTester(createToken.operation.perform, {
        authData: admin(),
        inputData: { name: 'Past', expiration_date: inDays(-1) },
      }),
    ).rejects.toThrow(/VAL_001.*expiration_date/);
  });
});

describe('Update Token', () => {
  it('changes only the fields given', async () => {
    const { token } = await aToken({ description: 'keep me' });
    const updated = (await appTester(updateToken.operation.perform, {
      authData: admin(),
      inputData: { token_id: token.id, name: 'Renamed', external_id: 'x-9', description: '' },
    })) as TokenOut;
    expect(updated).toMatchObject({ id: token.id, name: 'Renamed', external_id: 'x-9', description: 'keep me' });
  });

  it('returns the token unchanged when nothing is filled in', async () => {
    const { token } = await aToken();
    const same = (await appTester(updateToken.operation.perform, {
      authData: admin(),
      inputData: { token_id: token.id },
    })) as TokenOut;
    expect(same).toMatchObject({ id: token.id, name: 'Target' });
  });
});

describe('Activate and Deactivate Token', () => {
  it('deactivates and activates again', async () => {
    const { token } = await aToken();
    const off = (await appTester(deactivateToken.operation.perform, {
      authData: admin(),
      inputData: { token_id: token.id },
    })) as TokenOut;
    expect(off.status).toBe('inactive');
    const on = (await appTester(activateToken.operation.perform, {
      authData: admin(),
      inputData: { token_id: token.id },
    })) as TokenOut;
    expect(on.status).toBe('active');
  });

  it('reports an illegal transition with its error code (TKN_001)', async () => {
    const { token } = await aToken();
    await expect(
      appTester(activateToken.operation.perform, { authData: admin(), inputData: { token_id: token.id } }),
    ).rejects.toMatchObject({ name: 'AppError', message: expect.stringContaining('TKN_001') });
  });

  it("refuses to deactivate the connection's own token", async () => {
    const platform = emulator.platform();
    const ownId = /SU-\d{3}-\d{3}-\d{3}/.exec(platform.bootstrapKey)![0];
    await expect(
      appTester(deactivateToken.operation.perform, { authData: admin(), inputData: { token_id: ownId } }),
    ).rejects.toMatchObject({ name: 'HaltedError', message: expect.stringContaining('lock itself out') });
    expect(platform.store.tokens.get(ownId)?.active).toBe(true);
  });
});

describe('Renew and Rotate Token', () => {
  it('renews: new full key and expiry, the previous key keeps working until its old expiry', async () => {
    const oldExpiry = inDays(3);
    const { token, key } = await aToken({ expiration_date: oldExpiry });
    const newExpiry = inDays(180);
    const renewed = (await appTester(renewToken.operation.perform, {
      authData: admin(),
      inputData: { token_id: token.id, expiration_date: newExpiry },
    })) as TokenOut;
    expect(renewed.token).toMatch(FULL_KEY);
    expect(renewed.token).not.toBe(key);
    expect(Date.parse(renewed.expiration_date!)).toBe(Date.parse(newExpiry));
    expect(Date.parse(renewed.renewed_expiration_date!)).toBe(Date.parse(oldExpiry));
    await expect(appTester(App.authentication.test, { authData: authData(key) })).resolves.toBeTruthy();
    await expect(appTester(App.authentication.test, { authData: authData(renewed.token) })).resolves.toBeTruthy();
  });

  it('rotates: new full key, the previous key stops working at once', async () => {
    const { token, key } = await aToken();
    const rotated = (await appTester(rotateToken.operation.perform, {
      authData: admin(),
      inputData: { token_id: token.id },
    })) as TokenOut;
    expect(rotated.token).toMatch(FULL_KEY);
    await expect(appTester(App.authentication.test, { authData: authData(key) })).rejects.toMatchObject({
      name: 'ExpiredAuthError',
    });
    await expect(appTester(App.authentication.test, { authData: authData(rotated.token) })).resolves.toBeTruthy();
  });

  it("refuses to rotate the connection's own token", async () => {
    const { token, key } = await aToken();
    await expect(
      appTester(rotateToken.operation.perform, { authData: authData(key), inputData: { token_id: token.id } }),
    ).rejects.toMatchObject({ name: 'HaltedError' });
  });
});

describe('Delete Token', () => {
  it('deletes a token; its key stops working', async () => {
    const { token, key } = await aToken();
    const result = await appTester(deleteToken.operation.perform, {
      authData: admin(),
      inputData: { token_id: token.id },
    });
    expect(result).toEqual({ id: token.id, deleted: true });
    await expect(appTester(App.authentication.test, { authData: authData(key) })).rejects.toMatchObject({
      name: 'ExpiredAuthError',
    });
  });

  it('reports an unknown token with GEN_404', async () => {
    await expect(
      appTester(deleteToken.operation.perform, { authData: admin(), inputData: { token_id: 'SU-999-999-999' } }),
    ).rejects.toMatchObject({ name: 'AppError', message: expect.stringContaining('GEN_404') });
  });

  it("refuses to delete the connection's own token (bare key form too)", async () => {
    const { token, key } = await aToken();
    await expect(
      appTester(deleteToken.operation.perform, {
        authData: authData(key.replace(/^ApiKey /, '')),
        inputData: { token_id: token.id },
      }),
    ).rejects.toMatchObject({ name: 'HaltedError' });
    expect(emulator.platform().store.tokens.get(token.id)).toBeDefined();
  });
});

describe('Grant and Revoke Module Permission', () => {
  it('grants and revokes a module', async () => {
    const { token } = await aToken({ permissions: [] });
    const granted = (await appTester(grantPermission.operation.perform, {
      authData: admin(),
      inputData: { token_id: token.id, module_id: 'MD-0002' },
    })) as { token_id: string; object: { id: string } };
    expect(granted).toMatchObject({ token_id: token.id, object: { id: 'MD-0002' } });
    const revoked = await appTester(revokePermission.operation.perform, {
      authData: admin(),
      inputData: { token_id: token.id, module_id: 'MD-0002' },
    });
    expect(revoked).toEqual({ id: `${token.id}/MD-0002`, token_id: token.id, module_id: 'MD-0002', revoked: true });
    expect(emulator.platform().store.tokens.get(token.id)?.permissions).toEqual([]);
  });

  it('reports granting a module twice with TKN_002', async () => {
    const { token } = await aToken({ permissions: [{ id: 'MD-0002', name: 'Customers' }] });
    await expect(
      appTester(grantPermission.operation.perform, {
        authData: admin(),
        inputData: { token_id: token.id, module_id: 'MD-0002' },
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('TKN_002') });
  });

  it("refuses to revoke Integrations from the connection's own token", async () => {
    const { token, key } = await aToken();
    await expect(
      appTester(revokePermission.operation.perform, {
        authData: authData(key),
        inputData: { token_id: token.id, module_id: 'MD-0007' },
      }),
    ).rejects.toMatchObject({ name: 'HaltedError' });
  });
});
