import { request as httpRequest } from 'node:http';
import { getResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonResponse, startMockServer } from '../src/index';
import { knownResponseText } from '../src/http/errors';
import { setResponseHeader, StringBodyResponse } from '../src/http/string-body-response';

const TEXT = JSON.stringify({ id: 'SU-1', name: 'Zoë ✓' });
const init = () => ({
  status: 201,
  statusText: 'Created',
  headers: { 'content-type': 'application/json', 'x-a': '1' },
});
const both = () => [new StringBodyResponse(TEXT, init()), new Response(TEXT, init())] as const;

describe('StringBodyResponse (the body of jsonResponse)', () => {
  it('reads like new Response(text, init) through every body method', async () => {
    for (const read of ['text', 'json', 'arrayBuffer', 'bytes'] as const) {
      const [lazy, plain] = both();
      expect(lazy.bodyUsed).toBe(false);
      const [a, b] = [await lazy[read](), await plain[read]()];
      expect(a, read).toEqual(b);
      expect(lazy.bodyUsed, read).toBe(true);
      await expect(lazy.text(), `${read} twice`).rejects.toThrow(TypeError);
    }
    const [lazy, plain] = both();
    const [blobA, blobB] = [await lazy.blob(), await plain.blob()];
    expect(blobA.type).toBe(blobB.type);
    expect(await blobA.text()).toBe(await blobB.text());
    expect(lazy).toBeInstanceOf(Response);
    expect([lazy.status, lazy.statusText, lazy.ok, lazy.type, lazy.url]).toEqual([
      plain.status,
      plain.statusText,
      plain.ok,
      plain.type,
      plain.url,
    ]);
    expect([...lazy.headers]).toEqual([...plain.headers]);
  });

  it('has a real body stream, and clones before and after the stream exists', async () => {
    const lazy = new StringBodyResponse(TEXT, init());
    const early = lazy.clone();
    expect(early.status).toBe(201);
    expect(early.headers.get('x-a')).toBe('1');
    const stream = lazy.body!;
    expect(stream).toBeInstanceOf(ReadableStream);
    expect(lazy.body).toBe(stream);
    const late = lazy.clone();
    // As with any Response, cloning tees the stream: the original now reads from one branch.
    expect(await lazy.text()).toBe(TEXT);
    expect(lazy.bodyUsed).toBe(true);
    expect(() => lazy.clone()).toThrow(TypeError);
    expect(await early.text()).toBe(TEXT);
    expect(await late.text()).toBe(TEXT);
    expect(late.statusText).toBe('Created');
  });

  it('refuses a body on a null-body status, as Response does', () => {
    expect(() => new Response(TEXT, { status: 204 })).toThrow(TypeError);
    expect(() => new StringBodyResponse(TEXT, { status: 204 })).toThrow(TypeError);
  });

  it('gives the adapter its text only while nobody has touched the body', async () => {
    const response = jsonResponse({ a: 1 });
    expect(knownResponseText(response)).toBe('{"a":1}');
    expect(knownResponseText(new Response('{"a":1}'))).toBeUndefined();
    void response.body;
    expect(knownResponseText(response)).toBeUndefined();
    expect(await response.json()).toEqual({ a: 1 });
  });

  it('goes through msw getResponse like any response', async () => {
    const handler = http.get('http://example.test/x', () =>
      jsonResponse({ ok: true }, 200, { 'content-range': 'items 0-0/1' }),
    );
    const response = await getResponse([handler], new Request('http://example.test/x'));
    expect(response!.headers.get('content-range')).toBe('items 0-0/1');
    expect(await response!.json()).toEqual({ ok: true });
  });
});

describe('the headers of StringBodyResponse', () => {
  it('set before and after `headers` is built, as Headers.set does', () => {
    const lazy = new StringBodyResponse(TEXT, { headers: { 'Content-Type': 'application/json', 'X-B': ' spaced\t' } });
    const plain = new Response(TEXT, { headers: { 'Content-Type': 'application/json', 'X-B': ' spaced\t' } });
    for (const r of [lazy, plain]) setResponseHeader(r, 'X-Request-Id', 'req-1');
    expect(StringBodyResponse.unbuiltHeaders(lazy)).toEqual([...plain.headers]);
    expect(StringBodyResponse.unbuiltHeaders(plain)).toBeUndefined();
    const copy = lazy.clone();
    expect([...lazy.headers]).toEqual([...plain.headers]);
    expect(StringBodyResponse.unbuiltHeaders(lazy)).toBeUndefined();
    for (const r of [lazy, plain]) setResponseHeader(r, 'x-a', 'after');
    expect([...lazy.headers]).toEqual([...plain.headers]);
    expect([...copy.headers]).toEqual([
      ...new Response(null, {
        headers: { 'content-type': 'application/json', 'x-b': 'spaced', 'x-request-id': 'req-1' },
      }).headers,
    ]);
  });

  it('refuses what Headers refuses', () => {
    for (const [name, value] of [
      ['bad name', 'v'],
      ['x-a', 'line\nbreak'],
      ['x-a', 'check ✓'],
    ] as const) {
      expect(() => new Headers().set(name, value), `${name}: ${value}`).toThrow(TypeError);
      expect(() => setResponseHeader(new StringBodyResponse(TEXT), name, value), `${name}: ${value}`).toThrow(
        TypeError,
      );
      expect(() => new StringBodyResponse(TEXT, { headers: { [name]: value } }), `${name}: ${value}`).toThrow(
        TypeError,
      );
    }
  });

  it('reach the wire in the same order and bytes as a plain Response', async () => {
    const init = () => ({
      status: 201,
      headers: { 'content-type': 'application/json', 'Content-Range': 'items 0-0/1', allow: 'GET' },
    });
    const handlers = [
      http.get('http://127.0.0.1:4010/lazy', () => new StringBodyResponse(TEXT, init())),
      http.get('http://127.0.0.1:4010/plain', () => new Response(TEXT, init())),
    ];
    const server = await startMockServer({ handlers, port: 0, origin: 'http://127.0.0.1:4010' });
    try {
      const raw = (path: string) =>
        new Promise<{ head: string[]; body: string }>((resolve, reject) => {
          const outgoing = httpRequest({ host: '127.0.0.1', port: server.port, path }, (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (body += chunk));
            response.on('end', () =>
              resolve({ head: response.rawHeaders.filter((_, i, all) => all[i - (i % 2)] !== 'Date'), body }),
            );
          });
          outgoing.on('error', reject);
          outgoing.end();
        });
      const [lazy, plain] = [await raw('/lazy'), await raw('/plain')];
      expect(lazy).toEqual(plain);
      expect(lazy.head).toContain('items 0-0/1');
    } finally {
      await server.close();
    }
  });
});

describe('jsonResponse through msw interception', () => {
  const server = setupServer(
    http.get('http://example.test/tokens', () =>
      jsonResponse([{ id: 'SU-1' }], 200, { 'content-range': 'items 0-0/1' }),
    ),
  );
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  it('reaches a fetch caller with its body and headers', async () => {
    const response = await fetch('http://example.test/tokens');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('content-range')).toBe('items 0-0/1');
    expect(await response.json()).toEqual([{ id: 'SU-1' }]);
  });
});
