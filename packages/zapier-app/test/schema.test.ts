import zapier from 'zapier-platform-core';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json';
import App from '../src/index';

/** Every operation the user sees (hidden dropdown triggers excluded). */
const visible = [
  ...Object.values(App.triggers),
  ...Object.values(App.creates),
  ...Object.values(App.searches),
] as unknown as Array<{
  key: string;
  display: { label: string; description: string; hidden?: boolean };
  operation: {
    inputFields?: Array<{ key: string; label?: string; helpText?: string; type?: string }>;
    sample?: object;
    outputFields?: Array<{ key: string; label?: string }>;
  };
}>;

describe('app definition', () => {
  // Runs first, on a definition no appTester call has touched (see the notes on `_testRequest`).
  it('passes zapier-platform-schema validation (the offline `validate` command)', async () => {
    // `createAppHandler` is public at run time but missing from core's typings.
    const { createAppHandler } = zapier as unknown as {
      createAppHandler: (app: object) => (event: { command: string }) => Promise<{ results: unknown[] }>;
    };
    const { results } = await createAppHandler(App)({ command: 'validate' });
    expect(results).toEqual([]);
  });

  it("gives every operation a description in Zapier's voice, a sample and labelled output fields", () => {
    for (const item of visible) {
      const verb = item.display.hidden
        ? /^Triggers when/
        : /^(Triggers when|Creates|Updates|Activates|Deactivates|Issues|Replaces|Deletes|Grants|Revokes|Finds|Sends)/;
      expect(item.display.description, item.key).toMatch(verb);
      expect(item.operation.sample, item.key).toBeTypeOf('object');
      expect(item.operation.outputFields?.length, item.key).toBeGreaterThan(0);
      for (const field of item.operation.outputFields ?? [])
        expect(field.label, `${item.key}.${field.key}`).toBeTruthy();
    }
  });

  it('gives every input field a label (except notices) and help text', () => {
    const auth = App.authentication.fields;
    for (const field of auth) {
      expect(field.label).toBeTruthy();
      expect(field.helpText).toBeTruthy();
    }
    for (const item of visible) {
      for (const field of item.operation.inputFields ?? []) {
        if (field.type !== 'copy') expect(field.label, `${item.key}.${field.key}`).toBeTruthy();
        expect(field.helpText, `${item.key}.${field.key}`).toBeTruthy();
      }
    }
  });

  it('puts the secret last in the outputs that contain it', () => {
    for (const key of ['create_token', 'renew_token', 'rotate_token'] as const) {
      const fields = (App.creates[key] as unknown as (typeof visible)[number]).operation.outputFields ?? [];
      expect(fields.at(-1)?.key, key).toBe('token');
      expect(fields.at(-1)?.label, key).toMatch(/secret/i);
    }
  });

  it('pairs Find Token with Create Token for search-or-create', () => {
    expect(App.searchOrCreates.find_token).toMatchObject({ search: 'find_token', create: 'create_token' });
  });

  it('declares the version of package.json and of the installed zapier-platform-core', () => {
    expect(App.version).toBe(packageJson.version);
    expect(App.platformVersion).toBe(zapier.version);
  });
});
