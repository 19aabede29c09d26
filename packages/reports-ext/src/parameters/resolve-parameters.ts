import type {
  CheckboxParameterDescriptor,
  ChoiceParameterDescriptor,
  DateRangePreset,
  ParameterDescriptor,
  ReportDescriptor,
  SingleLineParameterDescriptor,
} from '../descriptor/descriptor-types';
import { ParameterError } from '../errors';
import { DATE_RANGE_PRESETS, resolveDatePreset } from './date-presets';
import type { CheckboxValue, DateRangeValue, ParameterValue } from './parameter-values';

/** Parameter values after defaults, presets and validation: what a report's `generate` receives. */
export type ResolvedParameters = Record<string, ParameterValue | undefined>;

/** Options of {@link resolveParameters}. */
export interface ResolveOptions {
  /** The instant presets such as `last_30_days` are resolved against; defaults to the current time. */
  now?: Date;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400_000;

function label(p: ParameterDescriptor): string {
  return `"${p.id}" (${p.name})`;
}

/** Parses a date or instant; a bare `YYYY-MM-DD` is midnight UTC. */
function parseInstant(p: ParameterDescriptor, text: string): Date {
  const value = text.trim();
  const ms = DATE_ONLY.test(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) {
    throw new ParameterError(
      p.id,
      `Parameter ${label(p)}: "${text}" is not a date (use YYYY-MM-DD or an ISO-8601 time).`,
    );
  }
  return new Date(ms);
}

function resolveDateRange(p: ParameterDescriptor, raw: unknown, now: Date): DateRangeValue {
  if (typeof raw === 'string' && (DATE_RANGE_PRESETS as readonly string[]).includes(raw)) {
    return resolveDatePreset(raw as DateRangePreset, now);
  }
  let afterText: unknown;
  let beforeText: unknown;
  if (typeof raw === 'string' && raw.includes('..')) {
    [afterText, beforeText] = raw.split('..', 2);
  } else if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    ({ after: afterText, before: beforeText } = raw as Record<string, unknown>);
  } else {
    throw new ParameterError(
      p.id,
      `Parameter ${label(p)}: expected a preset (${DATE_RANGE_PRESETS.join(', ')}) or a range "YYYY-MM-DD..YYYY-MM-DD".`,
    );
  }
  if (typeof afterText !== 'string' || typeof beforeText !== 'string') {
    throw new ParameterError(p.id, `Parameter ${label(p)}: a range needs both "after" and "before".`);
  }
  const after = parseInstant(p, afterText);
  // A date-only end means "through that day": the exclusive bound is the next midnight.
  const before = new Date(parseInstant(p, beforeText).getTime() + (DATE_ONLY.test(beforeText.trim()) ? DAY : 0));
  if (after.getTime() >= before.getTime()) {
    throw new ParameterError(p.id, `Parameter ${label(p)}: the start must come before the end.`);
  }
  return { after: after.toISOString(), before: before.toISOString() };
}

function resolveChoice(p: ChoiceParameterDescriptor, raw: unknown): string {
  const values = p.choices.map((c) => c.value);
  if (typeof raw !== 'string' || !values.includes(raw)) {
    throw new ParameterError(p.id, `Parameter ${label(p)}: "${String(raw)}" is not one of ${values.join(', ')}.`);
  }
  return raw;
}

function resolveCheckbox(p: CheckboxParameterDescriptor, raw: unknown): CheckboxValue {
  const values = p.choices.map((c) => c.value);
  let value: CheckboxValue;
  if (raw === 'all' || raw === true) value = { all: true, choices: [] };
  else if (raw === 'none' || raw === '' || raw === false) value = { all: false, choices: [] };
  else if (typeof raw === 'string')
    value = {
      all: false,
      choices: raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  else if (Array.isArray(raw)) value = { all: false, choices: raw.map(String) };
  else if (raw !== null && typeof raw === 'object' && typeof (raw as CheckboxValue).all === 'boolean') {
    const choices = (raw as { choices?: unknown }).choices ?? [];
    if (!Array.isArray(choices)) throw new ParameterError(p.id, `Parameter ${label(p)}: "choices" must be a list.`);
    value = { all: (raw as CheckboxValue).all, choices: choices.map(String) };
  } else {
    throw new ParameterError(p.id, `Parameter ${label(p)}: expected "all", a comma-separated list, or {all, choices}.`);
  }
  const unknown = value.choices.filter((c) => !values.includes(c));
  if (unknown.length > 0) {
    throw new ParameterError(
      p.id,
      `Parameter ${label(p)}: ${unknown.map((u) => `"${u}"`).join(', ')} not among ${values.join(', ')}.`,
    );
  }
  return value;
}

function resolveSingleLine(p: SingleLineParameterDescriptor, raw: unknown): string | number {
  if (p.format === 'integer') {
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(n))
      throw new ParameterError(p.id, `Parameter ${label(p)}: "${String(raw)}" is not a whole number.`);
    if ((p.minimum !== undefined && n < p.minimum) || (p.maximum !== undefined && n > p.maximum)) {
      throw new ParameterError(
        p.id,
        `Parameter ${label(p)}: ${n} is outside ${p.minimum ?? '-∞'}..${p.maximum ?? '∞'}.`,
      );
    }
    return n;
  }
  if (typeof raw !== 'string') throw new ParameterError(p.id, `Parameter ${label(p)}: expected text.`);
  if (p.pattern !== undefined && !new RegExp(p.pattern, 'u').test(raw)) {
    throw new ParameterError(p.id, `Parameter ${label(p)}: "${raw}" does not match ${p.pattern}.`);
  }
  return raw;
}

function resolveObject(p: ParameterDescriptor, raw: unknown): Record<string, unknown> {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new ParameterError(p.id, `Parameter ${label(p)}: not valid JSON.`);
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ParameterError(p.id, `Parameter ${label(p)}: expected a JSON object.`);
  }
  return value as Record<string, unknown>;
}

function resolveOne(p: ParameterDescriptor, raw: unknown, now: Date): ParameterValue {
  switch (p.type) {
    case 'date_range':
      return resolveDateRange(p, raw, now);
    case 'date':
      if (typeof raw !== 'string') throw new ParameterError(p.id, `Parameter ${label(p)}: expected a date.`);
      return parseInstant(p, raw).toISOString();
    case 'choice':
      return resolveChoice(p, raw);
    case 'checkbox':
      return resolveCheckbox(p, raw);
    case 'single_line':
      return resolveSingleLine(p, raw);
    case 'object':
      return resolveObject(p, raw);
  }
}

/**
 * Turns what a person or program gave into the values a report runs with: rejects unknown keys (a typo must not
 * silently run an unfiltered report), fills defaults, resolves date presets to UTC instants, and checks every value
 * against its parameter. Throws a {@link ParameterError} naming the parameter.
 */
export function resolveParameters(
  report: ReportDescriptor,
  input: Record<string, unknown> = {},
  options: ResolveOptions = {},
): ResolvedParameters {
  const now = options.now ?? new Date();
  const known = new Set(report.parameters.map((p) => p.id));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) {
      const list = report.parameters.map((p) => p.id).join(', ') || 'none';
      throw new ParameterError(key, `Report "${report.id}" has no parameter "${key}". Parameters: ${list}.`);
    }
  }
  const resolved: ResolvedParameters = {};
  for (const p of report.parameters) {
    const given = input[p.id];
    const raw = given === undefined || given === null ? p.default : given;
    if (raw === undefined) {
      if (p.required) throw new ParameterError(p.id, `Missing required parameter ${label(p)}: ${p.description}`);
      resolved[p.id] = undefined;
      continue;
    }
    resolved[p.id] = resolveOne(p, raw, now);
  }
  return resolved;
}
