import type { operations } from '@connect-tokens/protocol';

type Operations = typeof operations;

/**
 * The fields a list operation lets you filter or order on, read from the spec's `x-rql` extension (generated into
 * the protocol's `operations` table), so the field names of a query are checked at compile time.
 */
export type RqlFieldsOf<Op extends keyof Operations> = Operations[Op] extends {
  readonly rql: { readonly filters: infer Filters; readonly ordering: readonly (infer Ordering)[] };
}
  ? Extract<keyof Filters | Ordering, string>
  : string;
