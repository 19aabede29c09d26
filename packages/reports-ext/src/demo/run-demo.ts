import { createClient } from '@connect-tokens/sdk';
import { isAbsolute, relative } from 'node:path';
import type { RendererId } from '../descriptor/descriptor-types';
import { getDescriptor } from '../descriptor/descriptor';
import { runReport, type RunReportResult } from '../run-report';
import { makeEndpointTraffic } from './endpoint-calls';
import { startEmulator, type RunningEmulator } from './emulator';

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** Where the reports go; `./out` by default. */
  outDir?: string;
  /** Receives each line the demo prints; `console.log` by default. */
  log?: (line: string) => void;
  /** Environment to read `CONNECT_ENDPOINT`/`CONNECT_API_KEY` from; `process.env` by default. */
  env?: Record<string, string | undefined>;
  /** Tokens the emulator is seeded with (default 200). */
  tokens?: number;
  /** Seed of the emulator's data (default 42): the same seed gives the same account. */
  seed?: number;
}

/** What {@link runDemo} did. */
export interface DemoResult {
  /** The endpoint the reports ran against. */
  endpoint: string;
  /** True when the demo started the emulator itself. */
  emulated: boolean;
  /** Every file written. */
  reports: RunReportResult[];
}

/** Values for parameters that have no default; everything else runs with the descriptor's defaults. */
const DEMO_PARAMETERS: Record<string, Record<string, unknown>> = {
  'audit-trail': { period: 'last_30_days' },
};

/** Besides each report in its default format: these extra runs show the other renderers and the zip. */
const EXTRA_RUNS: { reportId: string; renderer: RendererId; zip?: boolean }[] = [
  { reportId: 'token-inventory', renderer: 'csv' },
  { reportId: 'token-inventory', renderer: 'json' },
  { reportId: 'token-inventory', renderer: 'html' },
  { reportId: 'token-inventory', renderer: 'pdf' },
  { reportId: 'permissions-matrix', renderer: 'html' },
  { reportId: 'audit-trail', renderer: 'xlsx', zip: true },
];

/**
 * Creates a Reports token (extension EXT-001, module MD-0007 Integrations for the token APIs and MD-0012 Reports)
 * with the admin key, and makes a few calls that the platform denies, so the audit trail and the statistics have
 * denials to show, and opens an endpoint that two applications call (some calls denied) for the endpoint traffic
 * report. Returns the new token's key.
 */
async function prepareAccount(emulator: RunningEmulator): Promise<string> {
  const admin = createClient({ endpoint: emulator.endpoint, apiKey: emulator.adminKey, maxRetries: 0 });
  const reportsToken = await admin.tokens.create({
    name: 'Reports demo',
    description: 'Created by the reports demo to run every report.',
    extension: { id: 'EXT-001' },
    permissions: [{ object: { id: 'MD-0007' } }, { object: { id: 'MD-0012' } }],
  });
  // A token without MD-0007 trying to list tokens: three `token.access_denied` events and 403s in its statistics.
  const narrow = await admin.tokens.create({
    name: 'Zapier without Integrations',
    extension: { id: 'EXT-002' },
    permissions: [{ object: { id: 'MD-0013' } }],
  });
  const denied = createClient({ endpoint: emulator.endpoint, apiKey: narrow.token!, maxRetries: 0 });
  for (let i = 0; i < 3; i++) await denied.tokens.list().first().catch(() => undefined);
  await makeEndpointTraffic(admin, emulator.endpoint);
  return reportsToken.token!;
}

/**
 * The demo behind the repository's `npm start`: starts the emulator over HTTP on a loopback port with a seeded
 * account (~200 tokens, audit events, statistics), creates a Reports token with the SDK, runs every report with it
 * into `./out/`, and prints what it wrote. With `CONNECT_ENDPOINT` and `CONNECT_API_KEY` set it runs the reports
 * against that endpoint instead and starts nothing.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const outDir = options.outDir ?? 'out';
  let emulator: RunningEmulator | undefined;
  let endpoint: string;
  let apiKey: string;
  if (env['CONNECT_ENDPOINT'] && env['CONNECT_API_KEY']) {
    endpoint = env['CONNECT_ENDPOINT'];
    apiKey = env['CONNECT_API_KEY'];
    log(`Running the reports against ${endpoint} (CONNECT_ENDPOINT) with the key in CONNECT_API_KEY.`);
  } else {
    emulator = await startEmulator({ seed: options.seed ?? 42, tokens: options.tokens ?? 200 });
    endpoint = emulator.endpoint;
    log(`Emulator listening on ${endpoint} (seeded with ${options.tokens ?? 200} tokens).`);
  }
  try {
    if (emulator) {
      apiKey = await prepareAccount(emulator);
      log('Created token "Reports demo" (extension EXT-001 Reports, modules MD-0007 Integrations and MD-0012 Reports).');
    }
    const client = createClient({ endpoint, apiKey: apiKey! });
    const runs = [
      ...getDescriptor().reports.map((r) => ({ reportId: r.id, renderer: r.default_renderer, zip: false })),
      ...EXTRA_RUNS,
    ];
    const reports: RunReportResult[] = [];
    for (const run of runs) {
      const result = await runReport({
        client,
        reportId: run.reportId,
        renderer: run.renderer,
        zip: run.zip ?? false,
        parameters: DEMO_PARAMETERS[run.reportId] ?? {},
        output: outDir,
        fileName: run.zip || run.renderer !== getDescriptor().reports.find((r) => r.id === run.reportId)?.default_renderer
          ? `${run.reportId}-${run.renderer}`
          : run.reportId,
      });
      reports.push(result);
      const rel = result.file ? relative(process.cwd(), result.file) : '';
      // Relative when under the working directory (./out/…), absolute otherwise: never a ../../ maze.
      const shown = result.file ? (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : result.file) : result.fileName;
      log(`  wrote ${shown} (${result.rows} rows${result.truncated ? ', truncated' : ''})`);
    }
    const relOut = relative(process.cwd(), outDir);
    log(`${reports.length} reports in ${relOut && !relOut.startsWith("..") && !isAbsolute(relOut) ? relOut : outDir}/`);
    return { endpoint, emulated: emulator !== undefined, reports };
  } finally {
    await emulator?.close();
  }
}
