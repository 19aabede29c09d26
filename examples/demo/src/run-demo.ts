import { createClient } from '@connect-tokens/sdk';
import { getDescriptor, runReport, type RendererId, type RunReportResult } from '@connect-tokens/reports-ext';
import { prepareAccount } from './prepare-account.ts';
import { startEmulator, type RunningEmulator } from './start-emulator.ts';

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** Where the reports go (created when missing). */
  outDir: string;
  /** Environment to read `CONNECT_ENDPOINT`/`CONNECT_API_KEY` from; `process.env` by default. */
  env?: Record<string, string | undefined>;
  /** Tokens the emulator is seeded with (default 200). */
  tokens?: number;
  /** Seed of the emulator's data (default 42): the same seed gives the same account. */
  seed?: number;
  /** Called once per report written, as it is written. */
  onReport?: (result: RunReportResult) => void;
}

/** What {@link runDemo} did. */
export interface DemoResult {
  /** The endpoint the reports ran against (an emulator's is stopped by the time this returns). */
  endpoint: string;
  /** True when the demo started, and has stopped, an emulator of its own. */
  emulated: boolean;
  /** Tokens the emulator was seeded with (0 against a real endpoint). */
  seededTokens: number;
  /** Every file written, in order. */
  reports: RunReportResult[];
}

/** Values for parameters that have no default; everything else runs with the descriptor's defaults. */
const DEMO_PARAMETERS: Record<string, Record<string, unknown>> = {
  'audit-trail': { period: 'last_30_days' },
};

/** Besides each report in its default format, these runs show the other renderers and the zip. */
const EXTRA_RUNS: { reportId: string; renderer: RendererId; zip?: boolean }[] = [
  { reportId: 'token-inventory', renderer: 'csv' },
  { reportId: 'token-inventory', renderer: 'json' },
  { reportId: 'token-inventory', renderer: 'html' },
  { reportId: 'token-inventory', renderer: 'pdf' },
  { reportId: 'permissions-matrix', renderer: 'html' },
  { reportId: 'audit-trail', renderer: 'xlsx', zip: true },
];

/**
 * Starts the emulator over HTTP on a loopback port with a seeded account, creates a Reports token with the SDK and
 * runs every report with it into `outDir`. With `CONNECT_ENDPOINT` and `CONNECT_API_KEY` set it runs the reports
 * against that endpoint with that key instead, and starts nothing.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const env = options.env ?? process.env;
  const external =
    env['CONNECT_ENDPOINT'] && env['CONNECT_API_KEY']
      ? { endpoint: env['CONNECT_ENDPOINT'], apiKey: env['CONNECT_API_KEY'] }
      : undefined;
  const tokens = options.tokens ?? 200;
  let emulator: RunningEmulator | undefined;
  try {
    let endpoint: string;
    let apiKey: string;
    if (external) {
      ({ endpoint, apiKey } = external);
    } else {
      emulator = await startEmulator({ seed: options.seed ?? 42, tokens });
      endpoint = emulator.endpoint;
      apiKey = await prepareAccount(endpoint, emulator.adminKey);
    }
    const client = createClient({ endpoint, apiKey });
    const defaults = getDescriptor().reports.map((r) => ({
      reportId: r.id,
      renderer: r.default_renderer,
      zip: false,
      suffixed: false,
    }));
    const extras = EXTRA_RUNS.map((run) => ({ ...run, zip: run.zip ?? false, suffixed: true }));
    const reports: RunReportResult[] = [];
    for (const run of [...defaults, ...extras]) {
      const result = await runReport({
        client,
        reportId: run.reportId,
        renderer: run.renderer,
        zip: run.zip,
        parameters: DEMO_PARAMETERS[run.reportId] ?? {},
        output: options.outDir,
        // A report in its default format keeps its plain name; the extra runs say their format.
        fileName: run.suffixed ? `${run.reportId}-${run.renderer}` : run.reportId,
      });
      reports.push(result);
      options.onReport?.(result);
    }
    return { endpoint, emulated: emulator !== undefined, seededTokens: emulator ? tokens : 0, reports };
  } finally {
    await emulator?.close();
  }
}
