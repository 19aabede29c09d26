import { describe, expect, it } from 'vitest';
import { cellToDisplay, cellToText, instantFromWire, isoInstant } from '../src/renderers/format-cell';

describe('instants from the API reach text formats as the API wrote them, without milliseconds', () => {
  it('an API instant is the same Date and shows its own text', () => {
    const at = instantFromWire('2026-01-02T03:04:05.678Z')!;
    expect(at.getTime()).toBe(Date.parse('2026-01-02T03:04:05.678Z'));
    expect(cellToText(at)).toBe('2026-01-02T03:04:05Z');
    expect(cellToDisplay(at)).toBe('2026-01-02 03:04');
  });

  it('an instant with an offset is shown in UTC', () => {
    expect(cellToText(instantFromWire('2026-01-02T03:04:05+02:00'))).toBe('2026-01-02T01:04:05Z');
  });

  it('a day that Date.parse rolls over is shown as the instant it parsed to, not as the text', () => {
    const at = instantFromWire('2026-02-30T00:00:00.000Z')!;
    expect(isoInstant(at)).toBe(new Date(Date.parse('2026-02-30T00:00:00.000Z')).toISOString().slice(0, 19) + 'Z');
  });

  it('an hour of 24 that Date.parse rolls over to the next day is shown as the instant it parsed to', () => {
    expect(cellToText(instantFromWire('2026-01-15T24:00:00.000Z'))).toBe('2026-01-16T00:00:00Z');
  });

  it('an API instant shows the text toISOString() gives for it, across month ends, leap days and every hour', () => {
    const start = Date.UTC(2027, 11, 25);
    const wrong: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      const iso = new Date(start + i * 2_237_789).toISOString();
      if (cellToText(instantFromWire(iso)) !== `${iso.slice(0, 19)}Z`) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('missing and unparsable instants are null', () => {
    expect(instantFromWire(null)).toBeNull();
    expect(instantFromWire('')).toBeNull();
    expect(instantFromWire('not a date')).toBeNull();
  });

  it('a Date made elsewhere is formatted from its UTC fields, years outside 0000–9999 in the extended form', () => {
    expect(isoInstant(new Date(Date.UTC(987, 8, 7, 6, 5, 4, 321)))).toBe('0987-09-07T06:05:04Z');
    expect(isoInstant(new Date(Date.UTC(10_000, 0, 1)))).toBe('+010000-01-01T00:00:00Z');
    expect(cellToDisplay(new Date(Date.UTC(10_000, 0, 1, 12, 30)))).toBe('+010000-01-01 12:30');
    expect(() => isoInstant(new Date(Number.NaN))).toThrow(RangeError);
  });
});
