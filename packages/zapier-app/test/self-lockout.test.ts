import { describe, expect, it } from 'vitest';
import App from '../src/index';
import { appTester, authData, useEmulator } from './harness';

const emulator = useEmulator();
const {
  deactivate_token: deactivate,
  delete_token: remove,
  rotate_token: rotate,
  revoke_permission: revoke,
} = App.creates;

/** A token and its connection in the `Bearer <secret>` form, which carries no token id to parse. */
async function aBearerConnection(name: string) {
  const { token, key } = await emulator.platform().issueToken({ name });
  const secret = key.split(':')[1]!;
  return { id: token.id, auth: authData(`Bearer ${secret}`) };
}

describe('self-lockout guard with a Bearer connection (own token id from /auth/context)', () => {
  it("refuses to deactivate the connection's own token", async () => {
    const own = await aBearerConnection('Bearer deactivate');
    await expect(
      appTester(deactivate.operation.perform, { authData: own.auth, inputData: { token_id: own.id } }),
    ).rejects.toMatchObject({
      name: 'HaltedError',
      message: expect.stringContaining(`Refusing to deactivate token ${own.id}`),
    });
    expect(emulator.platform().store.tokens.get(own.id)?.active).toBe(true);
  });

  it("refuses to delete the connection's own token", async () => {
    const own = await aBearerConnection('Bearer delete');
    await expect(
      appTester(remove.operation.perform, { authData: own.auth, inputData: { token_id: own.id } }),
    ).rejects.toMatchObject({
      name: 'HaltedError',
      message: expect.stringContaining('Refusing to delete'),
    });
    expect(emulator.platform().store.tokens.get(own.id)).toBeDefined();
  });

  it("refuses to rotate the connection's own token, whose key keeps working", async () => {
    const own = await aBearerConnection('Bearer rotate');
    await expect(
      appTester(rotate.operation.perform, { authData: own.auth, inputData: { token_id: own.id } }),
    ).rejects.toMatchObject({
      name: 'HaltedError',
      message: expect.stringContaining('Refusing to rotate'),
    });
    await expect(appTester(App.authentication.test, { authData: own.auth })).resolves.toMatchObject({
      token: { id: own.id },
    });
  });

  it("refuses to revoke Integrations from the connection's own token, but revokes another module", async () => {
    const own = await aBearerConnection('Bearer revoke');
    await expect(
      appTester(revoke.operation.perform, {
        authData: own.auth,
        inputData: { token_id: own.id, module_id: 'MD-0007' },
      }),
    ).rejects.toMatchObject({
      name: 'HaltedError',
      message: expect.stringContaining('revoke the Integrations module from'),
    });
    await expect(
      appTester(revoke.operation.perform, {
        authData: own.auth,
        inputData: { token_id: own.id, module_id: 'MD-0002' },
      }),
    ).resolves.toMatchObject({ token_id: own.id, module_id: 'MD-0002', revoked: true });
    const modules = emulator
      .platform()
      .store.tokens.get(own.id)
      ?.permissions.map((permission) => permission.module.id);
    expect(modules).toContain('MD-0007');
    expect(modules).not.toContain('MD-0002');
  });

  it('acts on other tokens through a Bearer connection', async () => {
    const own = await aBearerConnection('Bearer admin');
    const { token: other } = await emulator.platform().issueToken({ name: 'Someone else' });
    await expect(
      appTester(deactivate.operation.perform, { authData: own.auth, inputData: { token_id: other.id } }),
    ).resolves.toMatchObject({
      id: other.id,
      status: 'inactive',
    });
    await expect(
      appTester(remove.operation.perform, { authData: own.auth, inputData: { token_id: other.id } }),
    ).resolves.toEqual({
      id: other.id,
      deleted: true,
    });
  });
});
