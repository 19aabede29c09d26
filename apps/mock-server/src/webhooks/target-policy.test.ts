import { describe, expect, it } from 'vitest';
import { WebhookTargetPolicy } from './target-policy';

const OWN = 'http://127.0.0.1:4010';
const refusal = (policy: WebhookTargetPolicy, url: string) => policy.refusalOfUrl(new URL(url));

describe('webhook target policy', () => {
  it("refuses the emulator's own port on every spelling of this host, whatever private targets allow", () => {
    const policy = new WebhookTargetPolicy(OWN, { allowPrivate: true });
    const spellings = [
      'http://127.0.0.1:4010/__mock/reset',
      'http://localhost:4010/__mock/reset',
      'http://LOCALHOST.:4010/x',
      'http://api.localhost:4010/x',
      'http://[::1]:4010/x',
      'http://0.0.0.0:4010/x',
      'http://[::]:4010/x',
      'http://2130706433:4010/x',
      'http://0x7f000001:4010/x',
      'http://0x7f.1:4010/x',
      'http://0177.0.0.1:4010/x',
      'http://127.1:4010/x',
      'http://127.9.9.9:4010/x',
      'http://[::ffff:127.0.0.1]:4010/x',
      'http://[::ffff:7f00:1]:4010/x',
      'http://[64:ff9b::7f00:1]:4010/x',
    ];
    for (const url of spellings) expect(refusal(policy, url), url).toMatch(/own address/);
    expect(refusal(policy, 'http://127.0.0.1:4011/x')).toBeUndefined();
  });

  it('refuses link-local and cloud metadata addresses always', () => {
    const policy = new WebhookTargetPolicy(OWN, { allowPrivate: true });
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://[fe80::1]/',
      'http://2852039166/',
      'http://100.100.100.200/',
      'http://[fd00:ec2::254]/',
      'http://224.0.0.1/',
    ]) {
      expect(refusal(policy, url), url).toBeDefined();
    }
  });

  it('refuses loopback and private targets only when they are not allowed', () => {
    const open = new WebhookTargetPolicy(OWN, { allowPrivate: true });
    const closed = new WebhookTargetPolicy(OWN, { allowPrivate: false });
    for (const url of [
      'http://127.0.0.1:9000/',
      'http://localhost:9000/',
      'http://10.1.2.3/',
      'http://172.16.0.1/',
      'http://192.168.1.1/',
      'http://100.64.0.1/',
      'http://[fc00::1]/',
      'http://0.0.0.0:9000/',
    ]) {
      expect(refusal(open, url), url).toBeUndefined();
      expect(refusal(closed, url), url).toMatch(/private webhook targets are off/);
    }
    for (const url of ['https://hooks.example.com/x', 'http://203.0.113.5/', 'http://[2001:db8::1]/']) {
      expect(refusal(closed, url), url).toBeUndefined();
    }
  });

  it('checks resolved addresses with the port they will be connected on', () => {
    const policy = new WebhookTargetPolicy(OWN, { allowPrivate: true, ownOrigins: ['http://0.0.0.0:5000'] });
    expect(policy.refusalOfAddress('127.0.0.1', 5000)).toMatch(/own address/);
    expect(policy.refusalOfAddress('127.0.0.1', 4010)).toMatch(/own address/);
    expect(policy.refusalOfAddress('127.0.0.1', 5001)).toBeUndefined();
    expect(policy.refusalOfAddress('169.254.169.254', 80)).toMatch(/link-local/);
  });
});
