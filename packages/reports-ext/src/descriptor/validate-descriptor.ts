import Ajv from 'ajv';
import schema from '../../reports.schema.json';
import type { ReportsDescriptor } from './descriptor-types';

/** A `reports.json` that does not match `reports.schema.json` or contradicts itself. */
export class DescriptorError extends Error {
  override name = 'DescriptorError';
  constructor(
    message: string,
    /** One line per problem, each starting with the JSON pointer of the offending value. */
    readonly problems: string[],
  ) {
    super(`${message}:\n  ${problems.join('\n  ')}`);
  }
}

let compiled: ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

function schemaValidator(): typeof compiled {
  // Compiled once and lazily: importing the package should not pay for ajv's code generation.
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return compiled;
}

/**
 * Checks a descriptor against `reports.schema.json`, then the rules a schema cannot express (unique ids, defaults
 * among the choices, the default renderer among the renderers). Throws a {@link DescriptorError} listing every
 * problem; returns the value typed on success.
 */
export function validateDescriptor(data: unknown): ReportsDescriptor {
  const validate = schemaValidator();
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    throw new DescriptorError('reports.json does not match reports.schema.json', problems);
  }
  const descriptor = data as ReportsDescriptor;
  const problems: string[] = [];
  const reportIds = new Set<string>();
  descriptor.reports.forEach((report, r) => {
    const at = `/reports/${r}`;
    if (reportIds.has(report.id)) problems.push(`${at}/id duplicates report "${report.id}"`);
    reportIds.add(report.id);
    if (!report.renderers.includes(report.default_renderer)) {
      problems.push(`${at}/default_renderer "${report.default_renderer}" is not one of its renderers`);
    }
    const parameterIds = new Set<string>();
    report.parameters.forEach((parameter, p) => {
      const pat = `${at}/parameters/${p}`;
      if (parameterIds.has(parameter.id)) problems.push(`${pat}/id duplicates parameter "${parameter.id}"`);
      parameterIds.add(parameter.id);
      if (parameter.type === 'choice' || parameter.type === 'checkbox') {
        const values = new Set(parameter.choices.map((c) => c.value));
        const defaults =
          parameter.type === 'choice'
            ? parameter.default === undefined
              ? []
              : [parameter.default]
            : (parameter.default?.choices ?? []);
        for (const value of defaults) {
          if (!values.has(value)) problems.push(`${pat}/default "${value}" is not one of its choices`);
        }
      }
      if (parameter.type === 'single_line' && parameter.pattern !== undefined) {
        try {
          new RegExp(parameter.pattern, 'u');
        } catch {
          problems.push(`${pat}/pattern is not a valid regular expression`);
        }
      }
    });
  });
  if (problems.length > 0) throw new DescriptorError('reports.json is inconsistent', problems);
  return descriptor;
}
