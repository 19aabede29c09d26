import { createClient } from '@connect-tokens/sdk';
import zapier from 'zapier-platform-core';
import { describe, expect, it } from 'vitest';
import App from '../src/index';
import { authData, ENDPOINT, useEmulator } from './harness';

const emulator = useEmulator();

/** What one run leaves behind: the error (message and stack, as Zapier shows and stores them) and every log line. */
interface Run {
  error: string;
  logs: string[];
}

/**
 * Runs one method the way Zapier's runtime does (core's Lambda handler, not a direct call), with a logger that
 * receives every log line core writes (`customLogger` gets what would go to Zapier's log store).
 */
async function runFailing(method: string, bundle: Record<string, unknown>): Promise<Run> {
  const logs: string[] = [];
  // `createAppHandler` is public at run time but missing from core's typings.
  const { createAppHandler } = zapier as unknown as {
    createAppHandler: (app: object) => (event: object) => Promise<unknown>;
  };
  const handler = createAppHandler(App);
  try {
    await handler({
      command: 'execute',
      method,
      bundle,
      customLogger: (message: string, data: unknown) => logs.push(`${message} ${JSON.stringify(data)}`),
    });
  } catch (error) {
    const { message, stack } = error as Error;
    return { error: `${message}\n${stack ?? ''}`, logs };
  }
  throw new Error(`expected ${method} to fail`);
}

function expectNoSecret(run: Run, secrets: string[]): void {
  for (const secret of secrets) {
    expect(run.error, 'the error shows a secret').not.toContain(secret);
    for (const line of run.logs) expect(line, 'a log line shows a secret').not.toContain(secret);
  }
}

async function anEndpointToken(): Promise<{ endpointId: string; value: string }> {
  const client = createClient({ endpoint: ENDPOINT, apiKey: emulator.platform().bootstrapKey, maxRetries: 0 });
  const endpoint = await client.endpoints.create({ name: 'Orders inbox' });
  const post = endpoint.primary_tokens.find((token) => token.method === 'POST')!;
  return { endpointId: endpoint.id, value: post.value };
}

describe('secrets stay out of errors and logs', () => {
  it('Send Data to Endpoint with invalid JSON: neither the endpoint token nor the API key is in the error', async () => {
    const { endpointId, value } = await anEndpointToken();
    const key = emulator.platform().bootstrapKey;
    const inputData = { endpoint_id: endpointId, method: 'POST', endpoint_token: value, payload: '{"order": ' };
    const run = await runFailing('creates.send_endpoint_data.operation.perform', {
      authData: authData(key),
      inputData,
      inputDataRaw: inputData,
    });
    expect(run.error).toContain('JSON Payload is not valid JSON');
    expectNoSecret(run, [value, key.replace(/^ApiKey /, '').split(':')[1]!]);
  });

  it('Send Data to Endpoint rejected by the endpoint (EPT_002): the token is in no error and no log line', async () => {
    const { endpointId, value } = await anEndpointToken();
    const inputData = { endpoint_id: endpointId, method: 'GET', endpoint_token: value };
    const run = await runFailing('creates.send_endpoint_data.operation.perform', {
      authData: authData(emulator.platform().bootstrapKey),
      inputData,
      inputDataRaw: inputData,
    });
    expect(run.error).toContain('EPT_002');
    expect(run.logs.some((line) => line.includes('/data'))).toBe(true);
    expectNoSecret(run, [value]);
  });

  it('logs each call once, as Zapier logs its own requests (user agent "Zapier"), with the endpoint token censored', async () => {
    const { endpointId, value } = await anEndpointToken();
    const inputData = { endpoint_id: endpointId, method: 'GET', endpoint_token: value };
    const run = await runFailing('creates.send_endpoint_data.operation.perform', {
      authData: authData(emulator.platform().bootstrapKey),
      inputData,
    });
    const httpLines = run.logs.filter((line) => line.includes('"log_type":"http"'));
    expect(httpLines).toHaveLength(1);
    expect(httpLines[0]).toContain('"request_type":"devplatform-outbound"');
    expect(httpLines[0]).toMatch(/user-agent: Zapier\\n/);
    expect(httpLines[0]).toMatch(/x-endpoint-token: :censored:/);
  });

  it('the auth test with a revoked key: the key is in no error, even where Zapier also passes it as inputData', async () => {
    const { token, key } = await emulator.platform().issueToken({ name: 'About to go' });
    await createClient({ endpoint: ENDPOINT, apiKey: emulator.platform().bootstrapKey, maxRetries: 0 }).tokens.delete(
      token.id,
    );
    const auth = authData(key);
    const run = await runFailing('authentication.test', { authData: auth, inputData: auth, inputDataRaw: auth });
    expect(run.error).toContain('Reconnect');
    expectNoSecret(run, [key.split(':')[1]!]);
  });

  it('a refused action (self-lockout guard): the key is in no error', async () => {
    const key = emulator.platform().bootstrapKey;
    const ownId = /SU-[\d-]+/.exec(key)![0];
    const run = await runFailing('creates.delete_token.operation.perform', {
      authData: authData(key),
      inputData: { token_id: ownId, note: key },
    });
    expect(run.error).toContain('Refusing to delete');
    expectNoSecret(run, [key.split(':')[1]!]);
  });
});
