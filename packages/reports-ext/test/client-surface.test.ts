import { createClient, type ConnectClient } from '@connect-tokens/sdk';
import { describe, expect, it } from 'vitest';
import type { ReportsClient } from '../src/client/reports-client';

describe('client surface', () => {
  it('accepts the SDK client as it is', () => {
    // A compile-time check: typecheck fails when the SDK's client stops fitting what the reports call.
    const asReportsClient = (client: ConnectClient): ReportsClient => client;
    const client = createClient({
      endpoint: 'http://127.0.0.1:4010/public/v1',
      apiKey: `ApiKey SU-000-000-000:${'0'.repeat(40)}`,
    });
    expect(asReportsClient(client).tokens.statistics.summary).toBeTypeOf('function');
  });
});
