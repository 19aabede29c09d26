import { describe, expect, it } from 'vitest';
import raw from '../reports.json';
import { getDescriptor } from '../src/descriptor/descriptor';
import { DescriptorError, validateDescriptor } from '../src/descriptor/validate-descriptor';
import { REPORT_MODULES } from '../src/generated/report-registry';

function copy(): typeof raw {
  return structuredClone(raw);
}

describe('reports.json', () => {
  it('is valid against reports.schema.json', () => {
    expect(() => validateDescriptor(raw)).not.toThrow();
  });

  it('lists exactly the reports that have code', () => {
    expect(
      getDescriptor()
        .reports.map((r) => r.id)
        .sort(),
    ).toEqual(Object.keys(REPORT_MODULES).sort());
  });

  it("registers each report's code under the id the code says it has", () => {
    for (const [id, module] of Object.entries(REPORT_MODULES)) expect(module.id).toBe(id);
  });

  it('rejects an unknown parameter type, naming where', () => {
    const bad = copy() as unknown as { reports: { parameters: { type: string }[] }[] };
    bad.reports[0]!.parameters[0]!.type = 'number';
    expect(() => validateDescriptor(bad)).toThrow(/\/reports\/0\/parameters\/0\/type/);
  });

  it('rejects a default renderer the report does not offer', () => {
    const bad = copy();
    bad.reports[0]!.renderers = ['csv'];
    expect(() => validateDescriptor(bad)).toThrow(DescriptorError);
  });

  it('rejects a checkbox default that is not among its choices', () => {
    const bad = copy() as unknown as { reports: { parameters: { default?: unknown }[] }[] };
    bad.reports[0]!.parameters[0]!.default = { all: false, choices: ['deleted'] };
    expect(() => validateDescriptor(bad)).toThrow(/"deleted" is not one of its choices/);
  });

  it('rejects duplicate report ids', () => {
    const bad = copy();
    bad.reports.push(structuredClone(bad.reports[0]!));
    expect(() => validateDescriptor(bad)).toThrow(/duplicates report "token-inventory"/);
  });
});
