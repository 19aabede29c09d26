import { parseArgs } from 'node:util';
import { RENDERER_IDS, type RendererId } from '../descriptor/descriptor-types';
import { ReportsError } from '../errors';

/** A command line that cannot be understood (exit code 2). */
export class UsageError extends ReportsError {
  override name = 'UsageError';
}

/** `connect-reports run` options after parsing. */
export interface RunArgs {
  command: 'run';
  reportId: string;
  endpoint: string | undefined;
  apiKey: string | undefined;
  /** `--param key=value` pairs, in order (later ones win). */
  params: [string, string][];
  paramsFile: string | undefined;
  format: RendererId | undefined;
  out: string;
  zip: boolean;
  name: string | undefined;
  maxRows: number | undefined;
  quiet: boolean;
}

/** Any parsed command line. */
export type CliArgs =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'list'; json: boolean }
  | { command: 'info'; reportId: string; json: boolean }
  | RunArgs;

/**
 * Parses the command line strictly: unknown options, a missing report id or a malformed `--param` are usage errors,
 * not silently ignored.
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        json: { type: 'boolean' },
        endpoint: { type: 'string' },
        'api-key': { type: 'string' },
        param: { type: 'string', short: 'p', multiple: true },
        params: { type: 'string' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        zip: { type: 'boolean' },
        name: { type: 'string' },
        'max-rows': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version) return { command: 'version' };
  const [command, reportId, ...extra] = positionals;
  if (values.help || command === undefined || command === 'help') return { command: 'help' };
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  switch (command) {
    case 'list':
      if (reportId !== undefined) throw new UsageError(`Unexpected argument "${reportId}".`);
      return { command: 'list', json: !!values.json };
    case 'info':
      if (reportId === undefined) throw new UsageError('Missing report id: connect-reports info <id>.');
      return { command: 'info', reportId, json: !!values.json };
    case 'run': {
      if (reportId === undefined) throw new UsageError('Missing report id: connect-reports run <id>.');
      const params = (values.param ?? []).map((pair): [string, string] => {
        const eq = pair.indexOf('=');
        if (eq <= 0) throw new UsageError(`--param expects key=value, got "${pair}".`);
        return [pair.slice(0, eq).trim(), pair.slice(eq + 1)];
      });
      const format = values.format;
      if (format !== undefined && !(RENDERER_IDS as readonly string[]).includes(format)) {
        throw new UsageError(`--format must be one of ${RENDERER_IDS.join(', ')}, got "${format}".`);
      }
      let maxRows: number | undefined;
      if (values['max-rows'] !== undefined) {
        maxRows = Number(values['max-rows']);
        if (!Number.isSafeInteger(maxRows) || maxRows < 1)
          throw new UsageError('--max-rows must be a positive integer.');
      }
      return {
        command: 'run',
        reportId,
        endpoint: values.endpoint,
        apiKey: values['api-key'],
        params,
        paramsFile: values.params,
        format: format as RendererId | undefined,
        out: values.out ?? '.',
        zip: !!values.zip,
        name: values.name,
        maxRows,
        quiet: !!values.quiet,
      };
    }
    default:
      throw new UsageError(`Unknown command "${command}". Commands: list, info, run.`);
  }
}
