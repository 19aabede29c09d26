/**
 * Secrets never leak. Every SDK resource, every Zapier trigger/create/search and every report runs against one
 * emulator with every output captured: the SDK's logger at `debug`, `console.*`, `process.stdout/stderr`, Zapier's
 * own HTTP logging (`LOG_TO_STDOUT` + `DETAILED_LOG_TO_STDOUT`), every error (message, stack, `JSON.stringify`,
 * `util.inspect`), the emulator's request log and audit trail, webhook payloads (body and headers) and report files and
 * CLI output. Every secret that crosses the wire (each minted `ApiKey …:<secret>`, each endpoint token value, each
 * webhook `jwt_secret`) is collected from the responses themselves and searched for in all of it: zero hits.
 *
 * Results that exist to hand a secret over once (create / renew / rotate / regenerate) are where secrets are
 * collected, not leaks; everything else is a sink.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createMockPlatform,
  ENDPOINT_TOKEN_HEADER,
  type MockPlatform,
  type RequestLogEntry,
} from '@connect-tokens/mock-server';
import { createClient, rql, type ConnectClient } from '@connect-tokens/sdk';
import { cliMain, getDescriptor, runReport, type CliIo } from '@connect-tokens/reports-ext';
import zapier from 'zapier-platform-core';
import ZapierApp from '@connect-tokens/zapier-app';
import { capturingLogger, findSecrets, secretOf } from './support/emulator';

const HOOK = 'https://hooks.leak-scan.test/receiver';
const ZAP_HOOK = 'https://hooks.zapier.test/hooks/standard/1/leak';
const JWT_SECRETS = ['jwt-secret-for-the-leak-scan-0123456789', 'another-jwt-secret-rotated-in-9876543210'];

/** Every secret seen on the wire (filled as responses pass). */
const secrets = new Set<string>(JWT_SECRETS);
/** Everything written anywhere but a secret-minting result. */
const sinks = {
  sdkLog: capturingLogger(),
  console: [] as unknown[][],
  stdio: [] as string[],
  errors: [] as string[],
  requestLog: [] as RequestLogEntry[],
  deliveries: [] as { headers: Record<string, string>; body: string }[],
  reportFiles: [] as { name: string; text: string }[],
  cli: [] as string[],
};

let platform: MockPlatform;
const server = setupServer();

function harvest(text: string): void {
  for (const m of text.matchAll(/(?:ApiKey )?SU-\d{3}-\d{3}-\d{3}:([0-9a-f]{40})/g)) secrets.add(m[1]!);
  for (const m of text.matchAll(/"value"\s*:\s*"([A-Za-z0-9]{64})"/g)) secrets.add(m[1]!);
}

/** Records an error in every form a program might print it. */
function recordError(error: unknown): unknown {
  sinks.errors.push(String(error));
  sinks.errors.push(inspect(error, { depth: 8, showHidden: true }));
  try {
    sinks.errors.push(JSON.stringify(error));
  } catch {
    // not serialisable: nothing a logger could print either
  }
  if (error instanceof Error) sinks.errors.push(error.message, error.stack ?? '');
  return error;
}
async function failing(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return recordError(error);
  }
  throw new Error('expected a failure');
}

type Mark = Record<Exclude<keyof typeof sinks, 'sdkLog'> | 'sdkLog', number>;
/** Where each sink stands now, so a test scans only what it produced itself. */
function mark(): Mark {
  return {
    sdkLog: sinks.sdkLog.lines.length,
    console: sinks.console.length,
    stdio: sinks.stdio.length,
    errors: sinks.errors.length,
    requestLog: sinks.requestLog.length,
    deliveries: sinks.deliveries.length,
    reportFiles: sinks.reportFiles.length,
    cli: sinks.cli.length,
  };
}
const START: Mark = {
  sdkLog: 0,
  console: 0,
  stdio: 0,
  errors: 0,
  requestLog: 0,
  deliveries: 0,
  reportFiles: 0,
  cli: 0,
};

/** Secret hits in everything written since `from` (plus the whole audit trail), with the text around each hit. */
function scanSince(from: Mark): string[] {
  const list = [...secrets];
  const slices: Record<string, unknown[]> = {
    'sdk-log': sinks.sdkLog.lines.slice(from.sdkLog),
    console: sinks.console.slice(from.console),
    stdio: sinks.stdio.slice(from.stdio),
    errors: sinks.errors.slice(from.errors),
    'request-log': sinks.requestLog.slice(from.requestLog),
    'webhook-deliveries': sinks.deliveries.slice(from.deliveries),
    'report-files': sinks.reportFiles.slice(from.reportFiles),
    cli: sinks.cli.slice(from.cli),
    audit: [...platform.store.audit.all()],
  };
  const hits: string[] = [];
  for (const [name, items] of Object.entries(slices)) {
    for (const hit of findSecrets(items, list, name)) {
      // Show where: the start of the offending text, with the secret itself cut out.
      const index = Number(/^[^.]+\.(\d+)/.exec(hit)?.[1] ?? -1);
      const item = items[index];
      const text = (typeof item === 'string' ? item : inspect(item, { depth: 6 })).slice(0, 300);
      hits.push(`${hit} in: ${list.reduce((t, secret) => t.split(secret).join('<SECRET>'), text)}`);
    }
  }
  return hits;
}

function client(apiKey: string, extra: Partial<Parameters<typeof createClient>[0]> = {}): ConnectClient {
  return createClient({
    endpoint: platform.baseUrl,
    apiKey,
    maxRetries: 0,
    logger: sinks.sdkLog.logger,
    logLevel: 'debug',
    ...extra,
  });
}

beforeAll(async () => {
  process.env.LOG_TO_STDOUT = '1';
  process.env.DETAILED_LOG_TO_STDOUT = '1';
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void sinks.console.push(args));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      sinks.stdio.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write);
  }
  // The wall clock: Zapier's "expiring within N days" compares with Date.now().
  platform = createMockPlatform({
    seed: 'leak',
    seedTokens: 15,
    webhookRetryDelaysMs: [0, 0],
    log: (entry) => void sinks.requestLog.push(entry),
  });
  await platform.ready;
  secrets.add(secretOf(platform.bootstrapKey));
  const receiver = async ({ request }: { request: Request }) => {
    const body = await request.text();
    sinks.deliveries.push({ headers: Object.fromEntries(request.headers), body });
    return HttpResponse.json({ ok: true });
  };
  server.use(...platform.handlers, http.post(HOOK, receiver), http.post(ZAP_HOOK, receiver));
  server.events.on('response:mocked', ({ response }) => {
    void response
      .clone()
      .text()
      .then(harvest, () => undefined);
  });
  server.listen({ onUnhandledFrame: 'bypass' });
});

afterAll(() => {
  server.close();
  vi.restoreAllMocks();
  delete process.env.LOG_TO_STDOUT;
  delete process.env.DETAILED_LOG_TO_STDOUT;
});

describe('secrets never leak', () => {
  // An endpoint with token authentication for the Zapier app's endpoint action and trigger. Made here, before the
  // Zapier app is loaded: zapier-platform-core logs every HTTP exchange in the process, and the test's own set-up
  // responses (which carry the new endpoint token values) are not the app's output.
  let zapEndpoint: { endpoint: { id: string }; primary: { value?: string | null } };
  beforeAll(async () => {
    const sdk = client(platform.bootstrapKey);
    const endpoint = await sdk.endpoints.create({ name: 'zap inbox', authentication: 'token' });
    const primary = await sdk.endpoints.regeneratePrimaryToken(endpoint.id, 'POST');
    zapEndpoint = { endpoint, primary };
  });

  it('from the SDK: every resource, successes and typed failures, logged at debug', async () => {
    const from = mark();
    const admin = client(platform.bootstrapKey);
    await admin.whoami();
    await admin.tokens.list().count();
    await admin.tokens.list({ limit: 5 }).toArray({ max: 12 });
    const created = await admin.tokens.create({
      name: 'Leak scan',
      extension: { id: 'EXT-000' },
      permissions: [{ object: { id: 'MD-0007' } }],
      expiration_date: new Date(Date.now() + 40 * 86_400_000).toISOString(),
    });
    const createdKey = created.token!;
    await admin.tokens.get(created.id);
    await admin.tokens.update(created.id, { description: 'scanned' });
    await admin.tokens.deactivate(created.id);
    await admin.tokens.activate(created.id);
    const renewed = await admin.tokens.renew(created.id, {
      expiration_date: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    });
    const rotated = await admin.tokens.rotate(created.id, {});
    await admin.tokens.audit(created.id).toArray();
    await admin.tokens.checkAccess(created.id, { method: 'GET', path: '/auth/tokens', ip: '10.0.0.1' });
    await admin.tokens.permissions.list(created.id).toArray();
    await admin.tokens.permissions.grant(created.id, 'MD-0003' as never).catch(recordError);
    await admin.tokens.permissions.revoke(created.id, 'MD-0003').catch(recordError);
    await admin.tokens.statistics.summary(created.id);
    await admin.tokens.statistics.aggregates(created.id);
    await admin.modules.list().toArray();
    await admin.modules.get('MD-0007');
    await admin.extensions.list().toArray();
    await admin.extensions.get('EXT-000');
    await admin.auditEvents.list(rql.eq('type', 'token.access_denied')).toArray();

    const hook = await admin.webhooks.create({
      object_class: 'token',
      label: 'leak scan',
      external_url: HOOK,
      jwt_secret: JWT_SECRETS[0]!,
      active: true,
      description: null,
      http_method: 'POST',
    });
    await admin.webhooks.get(hook.id);
    await admin.webhooks.list().toArray();
    await admin.webhooks.update(hook.id, { jwt_secret: JWT_SECRETS[1]! } as never);
    await admin.webhooks.trigger(hook.id);

    const endpoint = await admin.endpoints.create({ name: 'leak inbox', authentication: 'token' });
    await admin.endpoints.primaryTokens(endpoint.id).toArray();
    const primary = await admin.endpoints.regeneratePrimaryToken(endpoint.id, 'POST');
    const secondary = await admin.endpointTokens.create({ name: 'leak app' });
    const regenerated = await admin.endpointTokens.regenerate(secondary.id);
    await admin.endpointTokens.list().toArray();
    // Use the endpoint with a live value, and with values that no longer work.
    const dataUrl = `${platform.baseUrl}/integrations/endpoints/${endpoint.id}/data`;
    for (const value of [primary.value, secondary.value, regenerated.value, 'x'.repeat(64)]) {
      const response = await fetch(dataUrl, {
        method: 'POST',
        headers: { [ENDPOINT_TOKEN_HEADER]: String(value), 'content-type': 'application/json' },
        body: '{"n":1}',
      });
      await response.arrayBuffer();
    }

    // Typed failures, each recorded in every printable form.
    await failing(admin.tokens.get('SU-999-999-999'));
    await failing(admin.tokens.list('and(eq(name,').toArray());
    await failing(admin.tokens.create({ name: '', extension: { id: 'EXT-000' } }));
    await failing(client(createdKey).whoami()); // rotated away: AuthenticationError with that key
    await failing(client(renewed.token!).whoami());
    const narrow = await admin.tokens.create({
      name: 'Narrow',
      extension: { id: 'EXT-000' },
      permissions: [{ object: { id: 'MD-0003' } }],
    });
    await failing(client(narrow.token!).tokens.list().first()); // PermissionDeniedError
    await failing(
      client(`Bearer ${secretOf(createdKey)}`)
        .tokens.list()
        .toArray(),
    ); // a dead bearer secret
    await failing(client(`ApiKey SU-000-000-000:${'9'.repeat(40)}`).whoami());
    await failing(
      Promise.resolve().then(() =>
        createClient({ endpoint: platform.baseUrl, apiKey: `ApiKey SU-12:${secretOf(rotated.token!)}` }),
      ),
    );
    await failing(
      Promise.resolve().then(() =>
        createClient({ endpoint: platform.baseUrl, apiKey: `ApiKey ${secretOf(rotated.token!)}` }),
      ),
    );
    await failing(
      client(platform.bootstrapKey, {
        fetch: async () => {
          throw new TypeError(`connect ECONNREFUSED with ${platform.bootstrapKey}`);
        },
      }).whoami(),
    );
    // The client itself, printed.
    sinks.errors.push(inspect(admin, { depth: 8, showHidden: true }), JSON.stringify(admin), String(admin));
    await admin.endpointTokens.delete(secondary.id);
    await admin.endpoints.delete(endpoint.id);
    await admin.webhooks.delete(hook.id);
    await platform.webhooks.idle();

    expect(secrets.size).toBeGreaterThan(8); // the scan has something to look for
    expect(sinks.sdkLog.lines.length).toBeGreaterThan(30);
    expect(sinks.errors.length).toBeGreaterThan(30);
    expect(sinks.deliveries.length).toBeGreaterThan(0);
    expect(scanSince(from)).toEqual([]);
  });

  it('from the Zapier app: every trigger, create and search, with Zapier logging HTTP details to stdout', async () => {
    const from = mark();
    const appTester = zapier.createAppTester(ZapierApp);
    const App = ZapierApp as unknown as {
      authentication: { test: unknown; connectionLabel: unknown };
      triggers: Record<string, { operation: Record<string, unknown> }>;
      creates: Record<string, { operation: { perform: unknown } }>;
      searches: Record<string, { operation: { perform: unknown } }>;
    };
    const run = (fn: unknown, bundle: Record<string, unknown>) =>
      (appTester as (f: unknown, b: unknown) => Promise<unknown>)(fn, bundle);
    const authData = (key: string) => ({ endpoint: platform.baseUrl, api_key: key });
    const admin = authData(platform.bootstrapKey);

    await run(App.authentication.test, { authData: admin });
    const created = (await run(App.creates.create_token!.operation.perform, {
      authData: admin,
      inputData: {
        name: 'Zap leak',
        module_ids: ['MD-0007'],
        expiration_date: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      },
    })) as { id: string; token: string };
    const id = created.id;
    await run(App.creates.update_token!.operation.perform, {
      authData: admin,
      inputData: { token_id: id, description: 'zap' },
    });
    await run(App.creates.deactivate_token!.operation.perform, { authData: admin, inputData: { token_id: id } });
    await run(App.creates.activate_token!.operation.perform, { authData: admin, inputData: { token_id: id } });
    const renewed = (await run(App.creates.renew_token!.operation.perform, {
      authData: admin,
      inputData: { token_id: id },
    })) as { token: string };
    await run(App.creates.grant_permission!.operation.perform, {
      authData: admin,
      inputData: { token_id: id, module_id: 'MD-0003' },
    });
    await run(App.creates.revoke_permission!.operation.perform, {
      authData: admin,
      inputData: { token_id: id, module_id: 'MD-0003' },
    });
    await run(App.searches.find_token!.operation.perform, { authData: admin, inputData: { token_id: id } });
    const { endpoint, primary } = zapEndpoint;
    const sendData = App.creates.send_endpoint_data!.operation.perform;
    await run(sendData, {
      authData: admin,
      inputData: { endpoint_id: endpoint.id, method: 'POST', endpoint_token: primary.value, payload: '{"n":1}' },
    });
    await failing(
      run(sendData, {
        authData: admin,
        inputData: { endpoint_id: endpoint.id, method: 'GET', endpoint_token: primary.value },
      }),
    );
    for (const [name, trigger] of Object.entries(App.triggers)) {
      const op = trigger.operation;
      const inputData: Record<string, unknown> =
        name === 'token_expiring_soon'
          ? { days: 30 }
          : name === 'new_endpoint_record'
            ? { endpoint_id: endpoint.id }
            : {};
      if (op.performList) await run(op.performList, { authData: admin, inputData, meta: { page: 0, limit: 5 } });
      else if (op.perform) await run(op.perform, { authData: admin, inputData, meta: { page: 0, limit: 5 } });
    }
    // A REST hook: subscribe, make events, deliver, unsubscribe.
    const newToken = App.triggers.new_token!.operation;
    const subscription = (await run(newToken.performSubscribe, { authData: admin, targetUrl: ZAP_HOOK })) as {
      id: string;
    };
    await run(App.creates.create_token!.operation.perform, { authData: admin, inputData: { name: 'Zap hooked' } });
    await platform.webhooks.idle();
    const delivery = JSON.parse(sinks.deliveries.at(-1)!.body) as unknown;
    await run(newToken.perform, { authData: admin, cleanedRequest: delivery });
    await run(newToken.performUnsubscribe, { authData: admin, subscribeData: subscription });
    const rotated = (await run(App.creates.rotate_token!.operation.perform, {
      authData: admin,
      inputData: { token_id: id },
    })) as { token: string };
    // Failures: a rotated-away key, a renewed-away key used after rotation, a malformed key, an unknown token.
    await failing(run(App.authentication.test, { authData: authData(created.token) }));
    await failing(run(App.authentication.test, { authData: authData(renewed.token) }));
    await failing(run(App.authentication.test, { authData: authData(`ApiKey SU-1:${secretOf(rotated.token)}`) }));
    await failing(
      run(App.creates.delete_token!.operation.perform, {
        authData: authData(rotated.token),
        inputData: { token_id: 'SU-999-999-999' },
      }),
    );
    await run(App.creates.delete_token!.operation.perform, { authData: admin, inputData: { token_id: id } });
    await platform.webhooks.idle();

    expect(sinks.console.length + sinks.stdio.length).toBeGreaterThan(10); // Zapier really logged
    expect(scanSince(from)).toEqual([]);
  });

  it('from the reports: every report in every text format and the CLI, successes and refusals', async () => {
    const from = mark();
    const admin = client(platform.bootstrapKey);
    const reports = await admin.tokens.create({
      name: 'Reports',
      extension: { id: 'EXT-001' },
      permissions: [{ object: { id: 'MD-0007' } }, { object: { id: 'MD-0012' } }],
    });
    const reportsClient = client(reports.token!);
    const out = mkdtempSync(join(tmpdir(), 'leak-scan-reports-'));
    try {
      for (const report of getDescriptor().reports) {
        for (const renderer of ['csv', 'json', 'html'] as const) {
          // Required parameters get a value; the rest take their defaults.
          const parameters = Object.fromEntries(
            report.parameters
              .filter((p) => p.required && p.default === undefined)
              .map((p) => [
                p.id,
                p.type === 'date_range'
                  ? 'last_30_days'
                  : p.type === 'single_line'
                    ? '30'
                    : ('choices' in p && p.choices?.[0]?.value) || 'x',
              ]),
          );
          await runReport({
            client: reportsClient as never,
            reportId: report.id,
            parameters,
            renderer,
            output: out,
            fileName: `${report.id}-${renderer}`,
          });
        }
      }
      // A refused report (the narrow key lacks MD-0007) still prints no key.
      const narrow = await admin.tokens.create({
        name: 'Narrow reports',
        extension: { id: 'EXT-000' },
        permissions: [{ object: { id: 'MD-0012' } }],
      });
      await failing(
        runReport({
          client: client(narrow.token!) as never,
          reportId: 'token-inventory',
          renderer: 'csv',
          output: out,
          fileName: 'refused',
        }),
      );

      const io = (apiKey: string): CliIo =>
        ({
          stdout: { write: (t: string) => void sinks.cli.push(t) },
          stderr: { write: (t: string) => void sinks.cli.push(t), isTTY: false, columns: 100 },
          env: { CONNECT_ENDPOINT: platform.baseUrl, CONNECT_API_KEY: apiKey },
          cwd: out,
          createClient: (options) =>
            client(options.apiKey ?? apiKey, options.endpoint ? { endpoint: options.endpoint } : {}),
        }) as CliIo;
      await cliMain(['list'], io(reports.token!)).catch(recordError);
      await cliMain(['run', 'token-inventory', '--format', 'csv', '--out', out], io(reports.token!)).catch(recordError);
      await cliMain(['run', 'token-inventory', '--format', 'csv', '--out', out], io(narrow.token!)).catch(recordError);
      await cliMain(
        ['run', 'token-inventory', '--format', 'csv', '--out', out],
        io(`ApiKey SU-000-000-000:${'7'.repeat(40)}`),
      ).catch(recordError);
      await cliMain(
        [
          'run',
          'token-inventory',
          '--format',
          'json',
          '--out',
          out,
          '--api-key',
          narrow.token!,
          '--endpoint',
          platform.baseUrl,
        ],
        io(''),
      ).catch(recordError);

      for (const name of readdirSync(out)) {
        if (/\.(csv|json|html)$/.test(name))
          sinks.reportFiles.push({ name, text: readFileSync(join(out, name), 'utf8') });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(sinks.reportFiles.length).toBeGreaterThanOrEqual(getDescriptor().reports.length * 3);
    expect(sinks.cli.join('').length).toBeGreaterThan(0);
    expect(scanSince(from)).toEqual([]);
  });

  it('from anything captured in this file, rescanned with every secret the run saw (audit trail via the API too)', async () => {
    const admin = client(platform.bootstrapKey);
    const trail = await admin.auditEvents.list({ limit: 1000 }).toArray();
    expect(trail.length).toBeGreaterThan(20);
    expect(findSecrets(trail, [...secrets], 'api-audit')).toEqual([]);
    expect(sinks.deliveries.length).toBeGreaterThan(1);
    expect(findSecrets(sinks.deliveries, [...secrets], 'webhook-deliveries')).toEqual([]);
    // Everything, with the final set of secrets: a secret minted late may not show up in an early sink either.
    // (The SDK's ConnectionError finding is reported by the SDK test above; leave it out here so it fails once.)
    sinks.errors = sinks.errors.filter((e) => !e.includes('Connection error: connect ECONNREFUSED with'));
    expect(scanSince(START)).toEqual([]);
  });

  it('from the emulator store, idempotency cache included: no token secret or endpoint value is kept in clear', async () => {
    // The SDK sends an Idempotency-Key with every POST, so every create/renew/rotate above went through the cache.
    const { collections: _plugins, ...store } = platform.store as unknown as Record<string, unknown>;
    const tokenSecrets = [...secrets].filter((s) => !JWT_SECRETS.includes(s)); // jwt secrets must be kept to sign
    expect(findSecrets(store, tokenSecrets, 'store')).toEqual([]);
    // Plug-in collections (webhooks, endpoints) too, but without the webhook signing secrets, which HMAC needs in clear.
    expect(findSecrets(platform.store.collections, tokenSecrets, 'store.collections')).toEqual([]);
  });
});
