import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ReportsClient } from '../client/reports-client';
import { getDescriptor, findReportDescriptor } from '../descriptor/descriptor';
import type { ReportDescriptor } from '../descriptor/descriptor-types';
import { UnknownReportError } from '../errors';
import { runReport } from '../run-report';
import { VERSION } from '../version';
import { parseCliArgs, UsageError, type RunArgs } from './cli-args';
import { describeError, redact } from './describe-error';
import { HELP_TEXT } from './help-text';
import { createProgressReporter, type ProgressStream } from './progress-reporter';

/** What the CLI talks to; the real process by default, something else in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Makes the SDK client; the default uses `createClient` of `@connect-tokens/sdk`. */
  createClient: (options: { endpoint: string | undefined; apiKey: string }) => ReportsClient | Promise<ReportsClient>;
  signal?: AbortSignal | undefined;
}

function describeParameter(p: ReportDescriptor['parameters'][number]): string {
  const flags = [
    p.type === 'single_line' && p.format === 'integer' ? 'integer' : p.type,
    p.required ? 'required' : 'optional',
  ];
  const lines = [`  ${p.id} (${flags.join(', ')}): ${p.name}. ${p.description}`];
  if ('choices' in p && p.choices) lines.push(`      choices: ${p.choices.map((c) => c.value).join(', ')}`);
  if (p.default !== undefined) lines.push(`      default: ${JSON.stringify(p.default)}`);
  return lines.join('\n');
}

function infoText(report: ReportDescriptor): string {
  return [
    `${report.name} (${report.id})`,
    report.description,
    '',
    `Formats: ${report.renderers.join(', ')} (default ${report.default_renderer})`,
    `Token needs modules: ${(report.required_modules ?? []).join(', ') || 'none'}`,
    'Parameters:',
    ...(report.parameters.length > 0 ? report.parameters.map(describeParameter) : ['  none']),
    '',
  ].join('\n');
}

async function readParams(args: RunArgs, cwd: string): Promise<Record<string, unknown>> {
  let params: Record<string, unknown> = {};
  if (args.paramsFile !== undefined) {
    let text: string;
    try {
      text = await readFile(resolve(cwd, args.paramsFile), 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot read --params file "${args.paramsFile}": ${(error as Error).message}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`--params file "${args.paramsFile}" is not valid JSON: ${(error as Error).message}`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new UsageError(`--params file "${args.paramsFile}" must hold a JSON object.`);
    }
    params = parsed as Record<string, unknown>;
  }
  for (const [key, value] of args.params) params[key] = value;
  return params;
}

async function run(args: RunArgs, io: CliIo): Promise<number> {
  if (!findReportDescriptor(args.reportId))
    throw new UnknownReportError(
      args.reportId,
      getDescriptor().reports.map((r) => r.id),
    );
  const apiKey = args.apiKey ?? io.env['CONNECT_API_KEY'];
  const endpoint = args.endpoint ?? io.env['CONNECT_ENDPOINT'];
  if (!apiKey) throw new UsageError('No API key: pass --api-key or set CONNECT_API_KEY.');
  const parameters = await readParams(args, io.cwd);
  const client = await io.createClient({ endpoint, apiKey });
  const progress = args.quiet ? undefined : createProgressReporter(io.stderr, args.reportId);
  try {
    const result = await runReport({
      client,
      reportId: args.reportId,
      parameters,
      renderer: args.format,
      output: resolve(io.cwd, args.out),
      zip: args.zip,
      fileName: args.name,
      maxRows: args.maxRows,
      onProgress: progress ? (done, total) => progress.update(done, total) : undefined,
      signal: io.signal,
    });
    progress?.finish();
    const note = result.truncated
      ? ` (first ${result.rows} rows; use --format csv or xlsx for all of them)`
      : ` (${result.rows} rows)`;
    io.stdout.write(`${result.file ?? result.fileName}${note}\n`);
    return 0;
  } catch (error) {
    progress?.finish();
    throw error;
  }
}

/**
 * The `connect-reports` command: parses `argv` (without `node` and the script), runs the command and returns the
 * exit code. Every error is printed as one message on stderr (no stack trace; secrets redacted).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let reportId: string | undefined;
  let secrets: (string | undefined)[] = [io.env['CONNECT_API_KEY']];
  try {
    const args = parseCliArgs(argv);
    switch (args.command) {
      case 'help':
        io.stdout.write(HELP_TEXT);
        return 0;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case 'list': {
        const reports = getDescriptor().reports;
        if (args.json)
          io.stdout.write(
            `${JSON.stringify(
              reports.map(({ id, name, description }) => ({ id, name, description })),
              null,
              2,
            )}\n`,
          );
        else {
          const width = Math.max(...reports.map((r) => r.id.length));
          for (const r of reports) io.stdout.write(`${r.id.padEnd(width)}  ${r.name}: ${r.description}\n`);
        }
        return 0;
      }
      case 'info': {
        const report = findReportDescriptor(args.reportId);
        if (!report)
          throw new UnknownReportError(
            args.reportId,
            getDescriptor().reports.map((r) => r.id),
          );
        io.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : infoText(report));
        return 0;
      }
      case 'run':
        reportId = args.reportId;
        secrets = [args.apiKey, io.env['CONNECT_API_KEY']];
        return await run(args, io);
    }
  } catch (error) {
    const described = describeError(error, reportId);
    io.stderr.write(`connect-reports: ${redact(described.message, secrets)}\n`);
    if (io.env['CONNECT_REPORTS_DEBUG'] && error instanceof Error && error.stack) {
      io.stderr.write(`${redact(error.stack, secrets)}\n`);
    }
    return described.exitCode;
  }
}
