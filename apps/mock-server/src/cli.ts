/**
 * `connect-tokens-mock`: the emulator over HTTP.
 *
 *   connect-tokens-mock [--port 4010] [--host 127.0.0.1] [--api-key "ApiKey SU-…:<secret>"] [--seed N]
 *                       [--seed-tokens N] [--faults '<json>'] [--trust-proxy [n|list]] [--console <dir>]
 *                       [--[no-]allow-private-webhook-targets] [--quiet]
 *
 * Serves the API under /public/v1, the spec at /openapi.yaml, an API reference at /docs, the admin routes at
 * /__mock/* and, with --console, a built web console at /console. The bootstrap key can also come from
 * CONNECT_MOCK_API_KEY. Request logs never contain credentials, and the banner shows the bootstrap key in full only
 * when the emulator generated it (once); a key the operator supplied is shown masked, so it stays out of CI logs.
 */
import { parseArgs } from 'node:util';
import { redactAuthorization } from '@connect-tokens/protocol';
import { compileTrustProxy, type TrustProxySetting } from './http/client-ip';
import { classifyIp } from './net/address-classes';
import { createMockPlatform } from './create-mock-platform';
import { batchedLines } from './server/batched-lines';
import { startMockServer } from './server/node-http-adapter';
import { createSiteHandlers } from './server/docs-page';
import { createStaticConsole } from './server/static-console';

const USAGE = `Usage: connect-tokens-mock [options]

  --port <n>          port to listen on (default 4010; 0 = any free port)
  --host <addr>       address to bind (default 127.0.0.1; admin routes then answer only a loopback Host)
  --api-key <key>     fix the bootstrap key, "ApiKey SU-000-000-000:<40 hex>" (or env CONNECT_MOCK_API_KEY)
  --seed <n|text>     seed for ids, names and fault dice (default: random)
  --seed-tokens <n>   create n realistic tokens at start
  --faults <json>     fault injection, e.g. '{"routes":{"*":{"rate503":0.1}}}'
  --trust-proxy [n|list]
                      take the client IP from X-Forwarded-For: the right-most hop that is not a trusted
                      proxy. Alone: trust 1 hop (the peer); <n>: the n nearest hops; or a comma list of
                      proxy addresses/CIDRs (loopback, linklocal, uniquelocal name those blocks)
  --allow-private-webhook-targets / --no-allow-private-webhook-targets
                      let webhooks deliver to loopback and private addresses (default: only when --host
                      is a loopback address). The emulator itself and link-local addresses are always refused
  --console <dir>     serve the built web console in <dir> (e.g. apps/console/dist) at /console
  --demo              shorthand for --seed demo --seed-tokens 25
  --quiet             no request log
  --help              this text
`;

/**
 * `--trust-proxy` alone means one hop; parseArgs needs a value for a string option, so a bare one (last, or followed
 * by another option) gets `1`.
 */
function withTrustProxyValue(argv: readonly string[]): string[] {
  return argv.map((arg, i) =>
    arg === '--trust-proxy' && (i === argv.length - 1 || argv[i + 1]!.startsWith('--')) ? '--trust-proxy=1' : arg,
  );
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'api-key': { type: 'string' },
        seed: { type: 'string' },
        'seed-tokens': { type: 'string' },
        faults: { type: 'string' },
        'trust-proxy': { type: 'string' },
        'allow-private-webhook-targets': { type: 'boolean' },
        console: { type: 'string' },
        demo: { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowNegative: true,
      args: withTrustProxyValue(process.argv.slice(2)),
    }).values;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  const fail = (message: string): never => {
    process.stderr.write(`connect-tokens-mock: ${message}\n`);
    process.exit(2);
  };
  const port = Number(args.port ?? process.env.PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`invalid --port ${String(args.port)}`);
  const host = args.host ?? '127.0.0.1';
  let trustProxy: TrustProxySetting = false;
  if (args['trust-proxy'] !== undefined) {
    trustProxy = args['trust-proxy'];
    try {
      compileTrustProxy(trustProxy);
    } catch (error) {
      fail(`--trust-proxy: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // Local development (a loopback bind) delivers to local receivers; anything reachable from elsewhere does not.
  const hostClass = host === 'localhost' ? 'loopback' : classifyIp(host);
  const allowPrivateTargets = args['allow-private-webhook-targets'] ?? hostClass === 'loopback';
  const seedTokens = Number(args['seed-tokens'] ?? (args.demo ? 25 : 0));
  if (!Number.isInteger(seedTokens) || seedTokens < 0 || seedTokens > 10_000)
    fail('--seed-tokens must be an integer between 0 and 10000');
  let faults;
  if (args.faults !== undefined) {
    try {
      faults = JSON.parse(args.faults) as unknown;
    } catch {
      fail('--faults is not valid JSON');
    }
  }
  if (args.console !== undefined) {
    // Checked here so a missing build is reported as such, not as a failure to listen.
    try {
      createStaticConsole(args.console);
    } catch (error) {
      fail(`--console: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const seedArg = args.seed ?? (args.demo ? 'demo' : undefined);
  const seed = seedArg === undefined ? undefined : /^\d+$/.test(seedArg) ? Number(seedArg) : seedArg;
  const displayHost = host.includes(':') ? `[${host}]` : host;
  const origin = `http://${displayHost === '0.0.0.0' || displayHost === '[::]' ? '127.0.0.1' : displayHost}:${port}`;

  const suppliedKey = args['api-key'] ?? process.env.CONNECT_MOCK_API_KEY;
  const requestLog = batchedLines((text) => process.stdout.write(text));
  process.on('exit', () => requestLog.flush());
  let platform;
  try {
    platform = createMockPlatform({
      ...(seed !== undefined ? { seed } : {}),
      ...(faults !== undefined ? { faults: faults as never } : {}),
      ...(suppliedKey ? { bootstrapKey: suppliedKey } : {}),
      webhookTargets: { allowPrivate: allowPrivateTargets },
      seedTokens,
      baseUrl: `${origin}/public/v1`,
      ...(args.quiet
        ? {}
        : {
            log: (e) =>
              requestLog.line(
                `${new Date().toISOString()} ${e.requestId} ${e.ip} ${e.method} ${e.path} ${e.status}${e.errorCode ? ` ${e.errorCode}` : ''} ${e.durationMs}ms${e.tokenId ? ` ${e.tokenId}` : ''}\n`,
              ),
          }),
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return;
  }
  await platform.ready;
  const server = await startMockServer({
    handlers: [...platform.handlers, ...createSiteHandlers(platform)],
    port,
    host,
    trustProxy,
    origin,
    ...(args.console !== undefined ? { consoleDir: args.console } : {}),
  }).catch((error: unknown) =>
    fail(`cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`),
  );
  const base = port === 0 ? server.url : origin;
  // Webhooks must never reach the emulator itself, whatever address it was asked for by.
  platform.webhooks.configure({ targets: { ownOrigins: [server.url, base] } });
  const keySource = args['api-key'] !== undefined ? 'your --api-key' : 'CONNECT_MOCK_API_KEY';
  const keyLines = suppliedKey
    ? [
        `  Bootstrap key (all modules): ${redactAuthorization(platform.bootstrapKey)} (from ${keySource})`,
        `  Try: curl -H "Authorization: ${args['api-key'] !== undefined ? '<your --api-key>' : '$CONNECT_MOCK_API_KEY'}" ${base}/public/v1/auth/tokens`,
      ]
    : [
        `  Bootstrap key (all modules; generated for this run, shown once):`,
        `    ${platform.bootstrapKey}`,
        `  Try: curl -H "Authorization: <the bootstrap key above>" ${base}/public/v1/auth/tokens`,
      ];
  process.stdout.write(
    [
      `connect-tokens emulator listening on ${server.url}`,
      `  API:        ${base}/public/v1`,
      `  Spec:       ${base}/openapi.yaml`,
      `  Docs:       ${base}/docs`,
      `  Admin:      ${base}/__mock/{faults,reset,clock} (Authorization: the bootstrap key)`,
      ...(args.console !== undefined ? [`  Console:    ${base}/console`] : []),
      ...keyLines,
      `  Webhooks:   ${allowPrivateTargets ? 'may' : 'may not'} deliver to loopback and private addresses`,
      '',
    ].join('\n'),
  );
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    requestLog.flush();
    process.stdout.write(`\n${signal}: shutting down\n`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
    setTimeout(() => process.exit(1), 5000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

void main();
