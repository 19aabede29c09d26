import { describe, expectTypeOf, it } from 'vitest';
import {
  createClient,
  query,
  rql,
  type AuthContext,
  type Paginator,
  type Permission,
  type PolicyDecision,
  type Schema,
  type Token,
  type TokenFilterField,
} from '../src/index';

// Type-level checks: `tsc` (the `typecheck` script) fails if a line marked @ts-expect-error compiles.
const client = createClient({
  endpoint: 'http://127.0.0.1:4010/public/v1',
  apiKey: `ApiKey SU-123-456-789:${'0'.repeat(40)}`,
});

describe('types', () => {
  it('results are the spec’s schemas', () => {
    expectTypeOf(client.tokens.get).returns.resolves.toEqualTypeOf<Token>();
    expectTypeOf<Token>().toEqualTypeOf<Schema<'Token'>>();
    expectTypeOf(client.whoami).returns.resolves.toEqualTypeOf<AuthContext>();
    expectTypeOf(client.tokens.permissions.grant).returns.resolves.toEqualTypeOf<Permission>();
    expectTypeOf(client.tokens.checkAccess).returns.resolves.toEqualTypeOf<PolicyDecision>();
    expectTypeOf(client.tokens.list).returns.toEqualTypeOf<Paginator<Token>>();
    expectTypeOf(client.tokens.delete).returns.resolves.toBeVoid();
  });

  it('list queries are checked against the resource’s RQL fields', () => {
    expectTypeOf<'status' | 'events.created.at' | 'permissions.object.id'>().toMatchTypeOf<TokenFilterField>();
    const lists = () => {
      client.tokens.list(rql.eq('status', 'active'));
      client.tokens.list(
        client.tokens
          .query()
          .filter((r) => r.ilike('name', '*x*'))
          .ordering('-events.created.at'),
      );
      client.tokens.list({ filter: rql.in('id', ['SU-1']), ordering: ['name'], limit: 10 });
      client.tokens.list('eq(anything,goes)'); // text is the untyped escape hatch
      client.tokens.list(query<TokenFilterField>().filter(rql.eq('status', 'active')));
      // @ts-expect-error: tokens cannot be filtered on `secret`
      client.tokens.list(rql.eq('secret', 'x'));
      // @ts-expect-error: typo in a field name
      client.tokens.list(client.tokens.query().filter((r) => r.eq('nmae', 'x')));
      // @ts-expect-error: not an ordering field
      client.tokens.list({ ordering: ['-token'] });
      // @ts-expect-error: modules have no `status` field
      client.modules.list(rql.eq('status', 'x'));
    };
    expectTypeOf(lists).toBeFunction();
  });

  it('bodies are checked against the spec', () => {
    const calls = () => {
      void client.tokens.create({ name: 'x', extension: { id: 'EXT-000' } });
      // @ts-expect-error: `extension` is required
      void client.tokens.create({ name: 'x' });
      // @ts-expect-error: unknown method
      void client.tokens.checkAccess('SU-1', { method: 'FETCH', path: '/x' });
      // @ts-expect-error: every path of client.api is typed
      void client.api.GET('/auth/nope');
    };
    expectTypeOf(calls).toBeFunction();
  });
});
