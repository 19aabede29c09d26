// The emulator's live heap with N seeded tokens, and the size of the same tokens as the API serialises them (every
// token listed over loopback HTTP in pages of 1000). Then where that heap is: the parts of the store are dropped one
// after the other and each reports what dropping it gave back. Run with --expose-gc; a fresh process per
// measurement.
// Args: --seed-tokens N
import { createMockPlatform, startMockServer } from '@connect-tokens/mock-server';
import { workerArgs, workerMain } from '../harness.mjs';

function liveHeap() {
  // Two collections: the first can leave weakly held and finalised objects for the second.
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

/** A list index that keeps nothing, swapped in to free the store's own (never listed from afterwards). */
const NO_INDEX = {
  inserted() {},
  changed() {},
  deleted() {},
  cleared() {},
  view() {
    throw new Error('the heap breakdown dropped the list index');
  },
};

/**
 * Bytes each part of the store gives back when dropped, in this order: statistics, audit trail, list index, then the
 * tokens with the store's id and hash Maps. Strings two parts share are counted with the last of them (token ids
 * with the tokens). Destroys the store.
 */
function freedByPart(store) {
  const parts = {};
  let heap = liveHeap();
  const drop = (name, action) => {
    action();
    const after = liveHeap();
    parts[name] = heap - after;
    heap = after;
  };
  drop('statistics', () => store.statistics.clear());
  drop('audit', () => store.audit.clear());
  drop('index', () => store.tokens.useIndex(() => NO_INDEX));
  drop('tokens', () => store.tokens.clear());
  return parts;
}

await workerMain(async () => {
  if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
  const args = workerArgs();
  const seedTokens = Number(args['seed-tokens']);
  const platform = createMockPlatform({ seed: 'bench', seedTokens });
  await platform.ready;
  const origin = new URL(platform.baseUrl).origin;
  const server = await startMockServer({ handlers: platform.handlers, port: 0, host: '127.0.0.1', origin });
  try {
    const base = `${server.url}${new URL(platform.baseUrl).pathname}`;
    const headers = { authorization: platform.bootstrapKey };
    let jsonBytes = 0;
    let tokens = 0;
    for (let offset = 0; ; offset += 1000) {
      const response = await fetch(`${base}/auth/tokens?limit=1000&offset=${offset}`, { headers });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`list: ${response.status} ${text.slice(0, 200)}`);
      const page = JSON.parse(text);
      // The array's brackets and commas are not the tokens' size.
      jsonBytes += Buffer.byteLength(text) - 2 - Math.max(0, page.length - 1);
      tokens += page.length;
      if (page.length < 1000) break;
    }
    const heapUsed = liveHeap();
    return { tokens, jsonBytes, heapUsed, freed: freedByPart(platform.store) };
  } finally {
    await server.close();
  }
});
