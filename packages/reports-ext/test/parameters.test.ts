import { describe, expect, it } from 'vitest';
import { findReportDescriptor } from '../src/descriptor/descriptor';
import type { ReportDescriptor } from '../src/descriptor/descriptor-types';
import { ParameterError } from '../src/errors';
import { resolveParameters } from '../src/parameters/resolve-parameters';

const now = new Date('2026-03-15T12:00:00Z');
const report = (id: string) => findReportDescriptor(id)!;

describe('resolveParameters', () => {
  it('fills defaults, resolving a date preset against now in UTC', () => {
    expect(resolveParameters(report('audit-trail'), { period: 'last_30_days' }, { now })).toEqual({
      period: { after: '2026-02-14T00:00:00.000Z', before: '2026-03-16T00:00:00.000Z' },
      event_types: { all: true, choices: [] },
      token: undefined,
    });
  });

  it('rejects a missing required parameter, naming it', () => {
    expect(() => resolveParameters(report('audit-trail'), {}, { now })).toThrow(
      /Missing required parameter "period" \(Period\)/,
    );
  });

  it('resolves calendar presets to whole UTC months', () => {
    expect(resolveParameters(report('audit-trail'), { period: 'last_month' }, { now }).period).toEqual({
      after: '2026-02-01T00:00:00.000Z',
      before: '2026-03-01T00:00:00.000Z',
    });
  });

  it('reads an after..before range of dates as whole days', () => {
    expect(resolveParameters(report('audit-trail'), { period: '2026-01-01..2026-01-31' }, { now }).period).toEqual({
      after: '2026-01-01T00:00:00.000Z',
      before: '2026-02-01T00:00:00.000Z',
    });
  });

  it('rejects a range that ends before it starts', () => {
    expect(() => resolveParameters(report('audit-trail'), { period: '2026-02-01..2026-01-01' }, { now })).toThrow(
      /start must come before the end/,
    );
  });

  it('parses integers given as text and enforces their bounds', () => {
    expect(resolveParameters(report('stale-tokens'), { days: '45' }, { now }).days).toBe(45);
    expect(() => resolveParameters(report('stale-tokens'), { days: '0' }, { now })).toThrow(/outside 1\.\.3650/);
    expect(() => resolveParameters(report('stale-tokens'), { days: 'ten' }, { now })).toThrow(/not a whole number/);
  });

  it('reads checkbox choices from a comma-separated list and rejects unknown ones', () => {
    expect(resolveParameters(report('token-inventory'), { status: 'active,expired' }, { now }).status).toEqual({
      all: false,
      choices: ['active', 'expired'],
    });
    expect(() => resolveParameters(report('token-inventory'), { status: 'active,deleted' }, { now })).toThrow(
      /"deleted" not among active, inactive, expiring, expired/,
    );
  });

  it('rejects a choice outside its options', () => {
    expect(() => resolveParameters(report('stale-tokens'), { include_never_used: 'maybe' }, { now })).toThrow(
      /"maybe" is not one of include, exclude, only/,
    );
  });

  it('rejects an unknown parameter rather than ignoring a typo', () => {
    const error = (() => {
      try {
        resolveParameters(report('stale-tokens'), { dayz: '3' }, { now });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe('dayz');
    expect((error as Error).message).toMatch(/no parameter "dayz"\. Parameters: days, include_never_used/);
  });

  it('checks single-line text against its pattern', () => {
    expect(() => resolveParameters(report('audit-trail'), { period: 'today', token: 'not a token' }, { now })).toThrow(
      /does not match/,
    );
    expect(resolveParameters(report('audit-trail'), { period: 'today', token: 'SU-123-456-789' }, { now }).token).toBe(
      'SU-123-456-789',
    );
  });

  it('reads date and object parameters', () => {
    const custom: ReportDescriptor = {
      id: 'custom',
      name: 'Custom',
      description: 'A report with every other parameter type.',
      audience: ['provider'],
      renderers: ['csv'],
      default_renderer: 'csv',
      parameters: [
        { id: 'as_of', type: 'date', name: 'As of', description: 'The day.', required: true },
        { id: 'extra', type: 'object', name: 'Extra', description: 'Anything.', default: { a: 1 } },
      ],
    };
    expect(resolveParameters(custom, { as_of: '2026-02-03' }, { now })).toEqual({
      as_of: '2026-02-03T00:00:00.000Z',
      extra: { a: 1 },
    });
    expect(resolveParameters(custom, { as_of: '2026-02-03T10:00:00+02:00', extra: '{"b":2}' }, { now })).toEqual({
      as_of: '2026-02-03T08:00:00.000Z',
      extra: { b: 2 },
    });
    expect(() => resolveParameters(custom, { as_of: 'tomorrow' }, { now })).toThrow(/"tomorrow" is not a date/);
    expect(() => resolveParameters(custom, { as_of: '2026-02-03', extra: '[1]' }, { now })).toThrow(
      /expected a JSON object/,
    );
  });
});
