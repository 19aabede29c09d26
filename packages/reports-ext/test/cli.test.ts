import { PermissionDeniedError } from '@connect-tokens/sdk';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../src/cli/describe-error';
import { main } from '../src/cli/main';
import { startTestPlatform, type TestPlatform } from './helpers/emulator';
import { recordingIo } from './helpers/cli-io';
import { readCsv } from './helpers/read-output';

let env: TestPlatform;
let dir: string;

beforeAll(async () => {
  env = await startTestPlatform({ seedTokens: 20 });
  dir = await mkdtemp(join(tmpdir(), 'reports-cli-'));
});
afterAll(async () => {
  env.close();
  await rm(dir, { recursive: true, force: true });
});

function secretOf(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1);
}

async function cli(argv: string[], options: { env?: Record<string, string | undefined>; isTTY?: boolean } = {}) {
  const rec = recordingIo({
    cwd: dir,
    env: options.env ?? { CONNECT_ENDPOINT: env.endpoint, CONNECT_API_KEY: env.reportsKey },
    isTTY: options.isTTY,
  });
  const code = await main(argv, rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

describe('connect-reports run', () => {
  it('writes the report and prints its path, with plain progress lines off a terminal', async () => {
    const { code, stdout, stderr } = await cli([
      'run',
      'token-inventory',
      '--format',
      'csv',
      '--out',
      'reports',
      '--name',
      'inventory',
    ]);
    expect(code).toBe(0);
    const file = join(dir, 'reports', 'inventory.csv');
    expect(stdout.trim()).toBe(`${file} (${env.platform.store.tokens.size} rows)`);
    expect(readCsv(await readFile(file))).toHaveLength(env.platform.store.tokens.size);
    expect(stderr).toMatch(/^token-inventory: 100% \(\d+\/\d+\)$/m);
    expect(stderr).not.toContain('\r');
  });

  it('draws a progress bar on a terminal', async () => {
    const { code, stderr } = await cli(['run', 'token-inventory', '-f', 'json', '-o', 'tty', '--name', 'x'], {
      isTTY: true,
    });
    expect(code).toBe(0);
    expect(stderr).toContain('\r[');
    expect(stderr).toMatch(/\[#{28}\] token-inventory: 100%/);
  });

  it('takes --params from a file and lets --param override it', async () => {
    await writeFile(join(dir, 'params.json'), JSON.stringify({ days: 5, include_never_used: 'exclude' }));
    const { code, stdout } = await cli([
      'run',
      'stale-tokens',
      '--params',
      'params.json',
      '--param',
      'include_never_used=only',
      '-f',
      'csv',
      '--name',
      'stale',
    ]);
    expect(code).toBe(0);
    const rows = readCsv(await readFile(join(dir, 'stale.csv')));
    for (const row of rows) expect(row['Last access']).toBe('');
    expect(stdout).toContain('stale.csv');
  });

  it('writes a zip with --zip', async () => {
    const { code } = await cli(['run', 'audit-trail', '--param', 'period=last_7_days', '--zip', '--name', 'audit']);
    expect(code).toBe(0);
    expect(await readdir(dir)).toContain('audit.zip');
  });

  it('refuses a missing required parameter, naming it, before any request', async () => {
    const { code, stderr } = await cli(['run', 'audit-trail']);
    expect(code).toBe(2);
    expect(stderr).toContain('Missing required parameter "period" (Period)');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an invalid parameter value', async () => {
    const { code, stderr } = await cli(['run', 'stale-tokens', '--param', 'days=soon']);
    expect(code).toBe(2);
    expect(stderr).toBe('connect-reports: Parameter "days" (Days without access): "soon" is not a whole number.\n');
  });

  it('refuses an unknown parameter and a malformed --param', async () => {
    expect((await cli(['run', 'stale-tokens', '--param', 'dayz=3'])).stderr).toContain('has no parameter "dayz"');
    expect((await cli(['run', 'stale-tokens', '--param', 'days'])).stderr).toContain('--param expects key=value');
  });

  it('says the key was rejected, without printing it, for a bad token', async () => {
    const badKey = `${env.reportsKey.slice(0, env.reportsKey.lastIndexOf(':') + 1)}${'f'.repeat(40)}`;
    const { code, stderr, stdout } = await cli(['run', 'token-inventory', '--api-key', badKey]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^connect-reports: The platform rejected the API key \(401 AUTH_\d+\)/);
    expect(stderr + stdout).not.toContain(secretOf(badKey));
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('names the module a token lacks', async () => {
    const weak = await env.admin.tokens.create({
      name: 'Reports only',
      extension: { id: 'EXT-001' },
      permissions: [{ object: { id: 'MD-0012' } }],
    });
    const { code, stderr, stdout } = await cli(['run', 'permissions-matrix'], {
      env: { CONNECT_ENDPOINT: env.endpoint, CONNECT_API_KEY: weak.token! },
    });
    expect(code).toBe(1);
    expect(stderr).toContain('lacks module MD-0007 (Integrations)');
    expect(stderr + stdout).not.toContain(secretOf(weak.token!));
    expect(await readdir(dir)).not.toContain(expect.stringMatching(/^permissions-matrix/));
  });

  it('asks for a key when there is none', async () => {
    const { code, stderr } = await cli(['run', 'token-inventory'], { env: { CONNECT_ENDPOINT: env.endpoint } });
    expect(code).toBe(2);
    expect(stderr).toContain('No API key: pass --api-key or set CONNECT_API_KEY.');
  });

  it('rejects an unknown report and format', async () => {
    expect((await cli(['run', 'nope'])).stderr).toContain('Unknown report "nope"');
    const format = await cli(['run', 'token-inventory', '--format', 'docx']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be one of csv, xlsx, json, html, pdf');
  });
});

describe('connect-reports list and info', () => {
  it('lists every report', async () => {
    const { code, stdout } = await cli(['list', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { id: string }[]).map((r) => r.id)).toContain('permissions-matrix');
  });

  it('describes a report’s parameters', async () => {
    const { stdout } = await cli(['info', 'audit-trail']);
    expect(stdout).toContain('period (date_range, required)');
    expect(stdout).toContain('Token needs modules: MD-0007');
  });

  it('has no demo command: the demo is the repository example examples/demo', async () => {
    const { code, stderr } = await cli(['demo']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown command "demo". Commands: list, info, run.');
  });
});

describe('error messages', () => {
  it('name the module of a 403 from the API', () => {
    const error = new PermissionDeniedError('403 AUTH_005: Token SU-111-222-333 lacks module MD-0007', {
      status: 403,
      errorCode: 'AUTH_005',
      errors: ['Token SU-111-222-333 lacks module MD-0007.'],
    });
    expect(describeError(error, 'audit-trail')).toEqual({
      message:
        'The token is not allowed to run "Audit trail": it lacks module MD-0007 (Integrations). Grant the module to the token, or use a token that has it.',
      exitCode: 1,
    });
  });
});
