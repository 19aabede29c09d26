import { describe, expect, it } from 'vitest';
import { usePlatform } from './harness';

const start = usePlatform();

/** Every token of the account, through the list API in pages of 100. */
async function allTokens(api: Awaited<ReturnType<ReturnType<typeof usePlatform>>>['api']): Promise<any[]> {
  const out: any[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = (await api.get(`/auth/tokens?limit=100&offset=${offset}`)).body as any[];
    out.push(...page);
    if (page.length < 100) return out;
  }
}

describe('seeded demo tokens (--seed-tokens, --demo)', () => {
  it('are named after their extension and never accessed before they were created', async () => {
    const { api } = await start({ seedTokens: 230 });
    const tokens = (await allTokens(api)).filter((token) => token.name !== 'Bootstrap admin');
    expect(tokens).toHaveLength(230);
    for (const token of tokens) {
      if (token.name.startsWith('Zapier')) expect(token.extension.id, token.name).toBe('EXT-002');
      if (token.name.startsWith('Reporting')) expect(token.extension.id, token.name).toBe('EXT-001');
      if (token.extension.id === 'EXT-002') expect(token.name).toMatch(/^Zapier /);
      if (token.extension.id === 'EXT-001') expect(token.name).toMatch(/^Reporting /);
      if (token.last_access)
        expect(Date.parse(token.last_access.at), token.name).toBeGreaterThanOrEqual(
          Date.parse(token.events.created.at),
        );
    }
    // The checks above ran on tokens of each kind.
    expect(tokens.filter((token) => token.extension.id === 'EXT-002').length).toBeGreaterThan(10);
    expect(tokens.filter((token) => token.last_access).length).toBeGreaterThan(100);
  });
});
