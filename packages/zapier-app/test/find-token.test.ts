import { describe, expect, it } from 'vitest';
import App from '../src/index';
import { appTester, authData, useEmulator } from './harness';

const emulator = useEmulator();
const findToken = App.searches.find_token;

function admin() {
  return authData(emulator.platform().bootstrapKey);
}

describe('Find Token', () => {
  it('finds by id, name, external id and status', async () => {
    const platform = emulator.platform();
    const { token } = await platform.issueToken({ name: 'Needle', external_id: 'crm-7' });
    await platform.issueToken({ name: 'Hay', active: false });
    const find = (inputData: Record<string, string>) =>
      appTester(findToken.operation.perform, { authData: admin(), inputData }) as Promise<
        Array<{ id: string; name: string }>
      >;
    expect((await find({ token_id: token.id })).map((t) => t.id)).toEqual([token.id]);
    expect((await find({ name: 'Needle' })).map((t) => t.id)).toEqual([token.id]);
    expect((await find({ external_id: 'crm-7' })).map((t) => t.id)).toEqual([token.id]);
    expect((await find({ status: 'inactive' })).map((t) => t.name)).toEqual(['Hay']);
    expect(await find({ name: 'Needle', status: 'inactive' })).toEqual([]);
    expect(await find({ token_id: token.id, name: 'Other' })).toEqual([]);
  });

  it('returns [] for nothing found, an unknown id included', async () => {
    expect(await appTester(findToken.operation.perform, { authData: admin(), inputData: { name: 'nope' } })).toEqual(
      [],
    );
    expect(
      await appTester(findToken.operation.perform, { authData: admin(), inputData: { token_id: 'SU-999-999-999' } }),
    ).toEqual([]);
  });

  it('finds names with RQL-special characters exactly', async () => {
    const { token } = await emulator.platform().issueToken({ name: 'a,b (c)*' });
    const found = (await appTester(findToken.operation.perform, {
      authData: admin(),
      inputData: { name: 'a,b (c)*' },
    })) as Array<{ id: string }>;
    expect(found.map((t) => t.id)).toEqual([token.id]);
  });

  it('asks for at least one criterion', async () => {
    await expect(appTester(findToken.operation.perform, { authData: admin(), inputData: {} })).rejects.toMatchObject({
      name: 'HaltedError',
    });
  });
});
