import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { query, rql } from '@connect-tokens/protocol';
import { splitRqlTerms, takePaging } from './terms';

describe('splitRqlTerms', () => {
  it('splits at top-level & only', () => {
    expect(splitRqlTerms('?and(eq(a,1),eq(b,"x&y"))&ordering(-a)&limit=5')).toEqual([
      'and(eq(a,1),eq(b,"x&y"))',
      'ordering(-a)',
      'limit=5',
    ]);
  });

  it('splits at top-level commas too, and keeps quoted text whole', () => {
    expect(splitRqlTerms("status=active,limit=5&eq(name,'a&b,c')&(a=1,b=2)")).toEqual([
      'status=active',
      'limit=5',
      "eq(name,'a&b,c')",
      '(a=1,b=2)',
    ]);
  });

  it('takes limit and offset out and keeps the rest verbatim', () => {
    expect(takePaging('eq(status,active)&limit=10&offset=20&search=abc')).toEqual({
      rest: ['eq(status,active)', 'search=abc'],
      limit: 10,
      offset: 20,
    });
  });

  it('round-trips any query the builder writes, whatever the values', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat({ max: 1000 }), (a, b, limit) => {
        // RQL has no form for text holding both quote characters (the builder throws a RangeError).
        fc.pre(![a, b].some((s) => s.includes('"') && s.includes("'")));
        const text = query()
          .filter(rql.or(rql.eq('name', a), rql.ilike('description', `*${b}*`)))
          .search(b)
          .ordering('-name')
          .limit(limit)
          .toString();
        const { rest, limit: taken } = takePaging(text);
        expect(taken).toBe(limit);
        expect(rest.join('&')).toBe(
          query()
            .filter(rql.or(rql.eq('name', a), rql.ilike('description', `*${b}*`)))
            .search(b)
            .ordering('-name')
            .toString(),
        );
      }),
    );
  });
});
