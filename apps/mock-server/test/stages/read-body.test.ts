import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/http/stages/read-body';
import { route } from '../../src/http/stages/route';
import { exchangeFor, platformFor, recordingNext } from './exchange-for';

/** A body stream of `size` bytes in 16 KiB chunks, counting how much was pulled. */
function counted(size: number) {
  let pulled = 0;
  const chunk = new Uint8Array(16 * 1024).fill(65);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= size) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

async function routed(
  platform: Awaited<ReturnType<typeof platformFor>>,
  method: string,
  path: string,
  init: RequestInit,
) {
  const exchange = exchangeFor(platform, method, path, { ...init, duplex: 'half' } as RequestInit);
  await route(exchange, () => Promise.resolve(new Response()));
  return exchange;
}

describe('stage: read-body', () => {
  it('stops reading at the limit without Content-Length (413), having read little more than the limit', async () => {
    const platform = await platformFor({ maxBodyBytes: 64 * 1024 });
    const body = counted(10 * 1024 * 1024);
    const exchange = await routed(platform, 'POST', '/auth/tokens', { body: body.stream });
    const { next, called } = recordingNext();
    const response = await readBody(exchange, next);
    expect(response.status).toBe(413);
    expect(called()).toBe(0);
    expect(body.pulled()).toBeLessThan(256 * 1024);
  });

  it('refuses a declared Content-Length above the limit before reading', async () => {
    const platform = await platformFor({ maxBodyBytes: 10 });
    const exchange = await routed(platform, 'POST', '/auth/tokens', { body: 'x'.repeat(11) });
    expect((await readBody(exchange, recordingNext().next)).status).toBe(413);
  });

  it('decodes the body of an operation that takes one, and leaves other bodies unread', async () => {
    const platform = await platformFor();
    const exchange = await routed(platform, 'POST', '/auth/tokens', { body: '{"name":"é"}' });
    await readBody(exchange, recordingNext().next);
    expect(exchange.bodyText).toBe('{"name":"é"}');
    const ignored = await routed(platform, 'POST', '/auth/tokens/SU-000-000-000/deactivate', { body: 'unread' });
    await readBody(ignored, recordingNext().next);
    expect(ignored.bodyText).toBe('');
    expect((ignored.request as Request).bodyUsed).toBe(false);
  });
});
