import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { redactSecrets, type ConnectError } from '../src/index';
import { captureLogger } from './support/capture-logger';
import { usePlatform } from './support/platform';

const t = usePlatform();
afterEach(() => vi.restoreAllMocks());

describe('secret redaction', () => {
  it('redactSecrets, exported for callers, masks the client key and its secret wherever they are quoted', () => {
    const key = t.platform.bootstrapKey;
    const secret = key.split(':').pop()!;
    const text = redactSecrets(`sent Authorization: ${key}; server said "${secret}"`, [secret]);
    expect(text).not.toContain(secret);
    expect(text).toContain('****');
  });

  it('never prints a secret: logger lines, console, error messages, JSON and util.inspect output', async () => {
    const secret = t.platform.bootstrapKey.split(':').pop()!;
    const output: string[] = [];
    for (const level of ['debug', 'info', 'warn', 'error', 'log'] as const) {
      vi.spyOn(console, level).mockImplementation(
        (...args: unknown[]) => void output.push(args.map((a) => inspect(a, { depth: 10 })).join(' ')),
      );
    }
    // A server that echoes the credential it got in its error message: the SDK must not repeat it.
    t.server.use(
      http.get(`${t.platform.baseUrl}/auth/tokens/SU-111-111-111`, ({ request }) =>
        HttpResponse.json(
          {
            error_code: 'AUTH_002',
            errors: [`Malformed Authorization header: ${request.headers.get('authorization')}`, `bare ${secret}`],
          },
          { status: 401 },
        ),
      ),
    );
    t.setFaults({
      routes: { 'GET /modules': { rateReset: 1 }, 'GET /auth/tokens/{pk}': { rate503: 0.5, retryAfterS: 0 } },
    });

    const { logger, lines } = captureLogger();
    const clients = [
      t.clientWith({ logger, logLevel: 'debug', maxRetries: 1 }),
      t.clientWith({ logLevel: 'debug', maxRetries: 1 }),
    ];
    const errors: unknown[] = [];
    const newSecrets: string[] = [];
    for (const client of clients) {
      const created = await client.tokens.create({ name: 'leak test', extension: { id: 'EXT-000' } });
      const rotated = await client.tokens.rotate(created.id);
      const renewed = await client.tokens.renew(created.id);
      newSecrets.push(...[created, rotated, renewed].map((x) => x.token.split(':').pop()!));
      await client.tokens.get(created.id).catch(() => undefined);
      errors.push(await client.tokens.get('SU-111-111-111').catch((e: unknown) => e));
      errors.push(
        await client.modules
          .list()
          .toArray()
          .catch((e: unknown) => e),
      );
      errors.push(await client.tokens.get('SU-404-404-404').catch((e: unknown) => e));
    }

    const everything = [
      ...output,
      ...lines.map((l) => `${l.message} ${JSON.stringify(l.fields)}`),
      ...errors.flatMap((e) => [
        String(e),
        (e as Error).stack ?? '',
        JSON.stringify(e),
        inspect(e, { depth: 10 }),
        JSON.stringify((e as ConnectError).errors),
      ]),
      ...clients.flatMap((c) => [
        JSON.stringify(c),
        inspect(c, { depth: 10, showHidden: true }),
        inspect(c.tokens, { depth: 10, showHidden: true }),
        String(c),
      ]),
    ].join('\n');

    expect(lines.length).toBeGreaterThan(8);
    expect(output.length).toBeGreaterThan(8);
    expect(newSecrets.every((s) => /^[0-9a-f]{40}$/.test(s))).toBe(true); // the caller does get the new keys…
    for (const s of [secret, ...newSecrets]) expect(everything).not.toContain(s); // …but they are never printed
    expect(everything).toContain('ApiKey SU-000-000-000:****');
    expect((errors[0] as ConnectError).errors).toEqual([
      'Malformed Authorization header: ApiKey SU-000-000-000:****',
      'bare ****',
    ]);
  });
});
