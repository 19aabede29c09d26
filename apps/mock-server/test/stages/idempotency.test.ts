import { describe, expect, it } from 'vitest';
import { idempotency } from '../../src/http/stages/idempotency';
import { exchangeFor, platformFor } from './exchange-for';

describe('stage: idempotency', () => {
  it('runs the rest once per key and request, replays it, and refuses the key for another request', async () => {
    const platform = await platformFor();
    let runs = 0;
    const next = () => {
      runs += 1;
      return Promise.resolve(Response.json({ run: runs }, { status: 201 }));
    };
    const exchange = (body: string) => {
      const e = exchangeFor(platform, 'POST', '/auth/tokens', { headers: { 'idempotency-key': 'k-1' } });
      e.bodyText = body;
      return e;
    };
    const first = await idempotency(exchange('{"a":1}'), next);
    const again = await idempotency(exchange('{"a":1}'), next);
    expect(await again.json()).toEqual(await first.json());
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(runs).toBe(1);
    const other = await idempotency(exchange('{"a":2}'), next);
    expect(other.status).toBe(409);
    expect(runs).toBe(1);
  });

  it('leaves requests without a key, and non-POST requests, to the rest', async () => {
    const platform = await platformFor();
    let runs = 0;
    const next = () => Promise.resolve(new Response(String(++runs)));
    await idempotency(exchangeFor(platform, 'POST', '/auth/tokens'), next);
    await idempotency(
      exchangeFor(platform, 'PUT', '/auth/tokens/SU-000-000-000', { headers: { 'idempotency-key': 'k' } }),
      next,
    );
    expect(runs).toBe(2);
    const bad = await idempotency(
      exchangeFor(platform, 'POST', '/auth/tokens', { headers: { 'idempotency-key': 'has space' } }),
      next,
    );
    expect(bad.status).toBe(400);
  });
});
