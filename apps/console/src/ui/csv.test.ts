import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('CSV export', () => {
  it('keeps cells a spreadsheet would run as formulas as text (CSV injection)', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('a-b=c')).toBe('a-b=c');
  });

  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['Name', 'Note'],
        [
          ['Billing, EU', 'say "hi"'],
          ['two\nlines', ''],
        ],
      ),
    ).toBe('Name,Note\r\n"Billing, EU","say ""hi"""\r\n"two\nlines",\r\n');
  });
});
