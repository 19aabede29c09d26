/**
 * Errors of this package that carry a message meant for the person running the report. The CLI prints
 * `error.message` without a stack trace for these (and for the SDK's API errors) and exits non-zero.
 */
export class ReportsError extends Error {
  override name = 'ReportsError';
}

/** A parameter value that is missing, unknown or does not fit the parameter's type. */
export class ParameterError extends ReportsError {
  override name = 'ParameterError';
  constructor(
    /** The offending parameter's id. */
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** No report has the requested id. */
export class UnknownReportError extends ReportsError {
  override name = 'UnknownReportError';
  constructor(
    readonly reportId: string,
    known: readonly string[],
  ) {
    super(`Unknown report "${reportId}". Reports: ${known.join(', ')}.`);
  }
}

/** The report cannot be rendered in the requested format. */
export class UnsupportedRendererError extends ReportsError {
  override name = 'UnsupportedRendererError';
  constructor(reportId: string, renderer: string, supported: readonly string[]) {
    super(`Report "${reportId}" cannot be rendered as "${renderer}". Formats: ${supported.join(', ')}.`);
  }
}

/** The token lacks a module the report's API calls need (found before any call, from `GET /auth/context`). */
export class MissingModuleError extends ReportsError {
  override name = 'MissingModuleError';
  constructor(
    readonly reportId: string,
    /** The missing module ids, e.g. `['MD-0007']`. */
    readonly modules: readonly string[],
    described: string,
  ) {
    super(described);
  }
}
