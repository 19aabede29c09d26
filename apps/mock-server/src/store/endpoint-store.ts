/**
 * Endpoints, their primary tokens, secondary endpoint tokens, mappings, call records and stored documents: a plug-in
 * collection of the {@link MockStore} (`store.collection('endpoints')`), dropped by `platform.reset()`.
 *
 * Token values are 64 alphanumeric characters from the CSPRNG (`generateAlphanumeric`), stored like API secrets: only
 * SHA-256 and the last 4 characters. Lookups go through a hash index and are confirmed with a constant-time compare.
 * Mutators are synchronous; the one async step (hashing a new value) happens in {@link mintEndpointValue} first.
 */
import type { Clock } from '../clock';
import type { Random } from '../random';
import { constantTimeEqual, generateAlphanumeric, sha256Hex } from '../crypto/secrets';
import type { MockStore } from './mock-store';
import type { ActorRef } from './types';

/** Methods of an endpoint's data path. */
export type EndpointMethod = 'GET' | 'POST' | 'DELETE';
export const ENDPOINT_METHODS: readonly EndpointMethod[] = ['GET', 'POST', 'DELETE'];

/** Length of an endpoint token value. */
export const ENDPOINT_TOKEN_LENGTH = 64;
/** Records and documents kept per endpoint (oldest dropped first). */
export const ENDPOINT_RECORD_CAPACITY = 10_000;
/** Largest request body kept in a record (larger ones are replaced by a placeholder object). */
export const RECORD_BODY_LIMIT_BYTES = 64 * 1024;

/** A fresh value (shown once) and what the store keeps. */
export interface MintedEndpointValue {
  value: string;
  hash: string;
  last4: string;
}

/** Draws a 64-character value from the CSPRNG and hashes it. */
export async function mintEndpointValue(): Promise<MintedEndpointValue> {
  const value = generateAlphanumeric(ENDPOINT_TOKEN_LENGTH);
  return { value, hash: await sha256Hex(value), last4: value.slice(-4) };
}

export interface EventStamp {
  at: string;
  by: ActorRef | null;
}

export interface PrimaryTokenRecord {
  id: string;
  endpointId: string;
  method: EndpointMethod;
  hash: string;
  last4: string;
  created: EventStamp;
  updated: EventStamp | null;
}

export interface SecondaryTokenRecord {
  id: string;
  name: string;
  description: string | null;
  status: 'active' | 'inactive';
  hash: string;
  last4: string;
  created: EventStamp;
  updated: EventStamp | null;
}

export interface MappingRecord {
  id: string;
  endpointId: string;
  tokenId: string;
  method: EndpointMethod;
  enabled: boolean;
  created: EventStamp;
  updated: EventStamp | null;
}

/** One call of a data path (the spec's `EndpointRecord`). */
export interface EndpointCallRecord {
  id: string;
  endpoint: { id: string; name: string };
  method: EndpointMethod;
  at: string;
  ip: string;
  token: { id: string; kind: 'primary' | 'secondary'; name: string } | null;
  status: number;
  error_code: string | null;
  body: Record<string, unknown> | null;
}

/** A document stored by `POST` (the spec's `EndpointDataItem`). */
export interface EndpointDocument {
  id: string;
  at: string;
  body: Record<string, unknown>;
}

export interface EndpointRecord {
  id: string;
  name: string;
  description: string | null;
  authentication: 'none' | 'token';
  allow_delete: boolean;
  created: EventStamp;
  updated: EventStamp | null;
  primary: Map<EndpointMethod, PrimaryTokenRecord>;
  records: EndpointCallRecord[];
  documents: EndpointDocument[];
}

/** What a credential resolved to. */
export type ResolvedEndpointToken =
  | { kind: 'primary'; token: PrimaryTokenRecord }
  | { kind: 'secondary'; token: SecondaryTokenRecord };

function stamp(at: string, by: ActorRef | null): EventStamp {
  return { at, by: by ? { id: by.id, name: by.name } : null };
}

/** The endpoint collection of one platform. */
export class EndpointStore {
  private readonly endpoints = new Map<string, EndpointRecord>();
  private readonly secondary = new Map<string, SecondaryTokenRecord>();
  private readonly mappings = new Map<string, MappingRecord>();
  /** SHA-256(value) → the token holding it (primary or secondary). */
  private readonly byHash = new Map<
    string,
    { kind: 'primary' | 'secondary'; id: string; endpointId?: string; method?: EndpointMethod }
  >();
  /** Every id handed out (ids of all kinds stay unique, even after deletion). */
  private readonly usedIds = new Set<string>();

  constructor(
    private readonly clock: Clock,
    private readonly random: Random,
  ) {}

  private newId(prefix: string, groups: number): string {
    for (;;) {
      const parts: string[] = [];
      for (let i = 0; i < groups; i++) parts.push(this.random.digits(3));
      const id = `${prefix}-${parts.join('-')}`;
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }

  // ------------------------------------------------------------------ endpoints

  createEndpoint(
    input: { name: string; description: string | null; authentication: 'none' | 'token'; allow_delete: boolean },
    by: ActorRef,
  ): EndpointRecord {
    const endpoint: EndpointRecord = {
      id: this.newId('EP', 2),
      ...input,
      created: stamp(this.clock.iso(), by),
      updated: null,
      primary: new Map(),
      records: [],
      documents: [],
    };
    this.endpoints.set(endpoint.id, endpoint);
    return endpoint;
  }

  getEndpoint(id: string): EndpointRecord | undefined {
    return this.endpoints.get(id);
  }

  listEndpoints(): EndpointRecord[] {
    return [...this.endpoints.values()];
  }

  touchEndpoint(endpoint: EndpointRecord, by: ActorRef): void {
    endpoint.updated = stamp(this.clock.iso(), by);
  }

  deleteEndpoint(id: string): EndpointRecord | undefined {
    const endpoint = this.endpoints.get(id);
    if (!endpoint) return undefined;
    for (const method of [...endpoint.primary.keys()]) this.removePrimary(endpoint, method);
    for (const mapping of this.mappingsOf(id)) this.mappings.delete(mapping.id);
    this.endpoints.delete(id);
    return endpoint;
  }

  /** The methods that should have a primary token: GET and POST with token authentication, DELETE with `allow_delete`. */
  expectedMethods(endpoint: EndpointRecord): EndpointMethod[] {
    if (endpoint.authentication !== 'token') return [];
    return endpoint.allow_delete ? ['GET', 'POST', 'DELETE'] : ['GET', 'POST'];
  }

  /** Installs (or replaces the value of) the primary token for `method`. Replacing keeps its id and mappings. */
  setPrimary(
    endpoint: EndpointRecord,
    method: EndpointMethod,
    minted: MintedEndpointValue,
    by: ActorRef,
  ): PrimaryTokenRecord {
    const now = this.clock.iso();
    const existing = endpoint.primary.get(method);
    if (existing) {
      this.byHash.delete(existing.hash);
      existing.hash = minted.hash;
      existing.last4 = minted.last4;
      existing.updated = stamp(now, by);
      this.byHash.set(minted.hash, { kind: 'primary', id: existing.id, endpointId: endpoint.id, method });
      return existing;
    }
    const token: PrimaryTokenRecord = {
      id: this.newId('EPT', 3),
      endpointId: endpoint.id,
      method,
      hash: minted.hash,
      last4: minted.last4,
      created: stamp(now, by),
      updated: null,
    };
    endpoint.primary.set(method, token);
    this.byHash.set(minted.hash, { kind: 'primary', id: token.id, endpointId: endpoint.id, method });
    return token;
  }

  /** Deletes the primary token for `method` and the mappings to it. */
  removePrimary(endpoint: EndpointRecord, method: EndpointMethod): PrimaryTokenRecord | undefined {
    const token = endpoint.primary.get(method);
    if (!token) return undefined;
    this.byHash.delete(token.hash);
    endpoint.primary.delete(method);
    for (const mapping of this.mappingsOf(endpoint.id)) if (mapping.method === method) this.mappings.delete(mapping.id);
    return token;
  }

  // ------------------------------------------------------------------ secondary tokens

  createSecondary(
    input: { name: string; description: string | null },
    minted: MintedEndpointValue,
    by: ActorRef,
  ): SecondaryTokenRecord {
    const token: SecondaryTokenRecord = {
      id: this.newId('EPT', 3),
      ...input,
      status: 'active',
      hash: minted.hash,
      last4: minted.last4,
      created: stamp(this.clock.iso(), by),
      updated: null,
    };
    this.secondary.set(token.id, token);
    this.byHash.set(minted.hash, { kind: 'secondary', id: token.id });
    return token;
  }

  getSecondary(id: string): SecondaryTokenRecord | undefined {
    return this.secondary.get(id);
  }

  listSecondary(): SecondaryTokenRecord[] {
    return [...this.secondary.values()];
  }

  touchSecondary(token: SecondaryTokenRecord, by: ActorRef): void {
    token.updated = stamp(this.clock.iso(), by);
  }

  replaceSecondaryValue(token: SecondaryTokenRecord, minted: MintedEndpointValue, by: ActorRef): void {
    this.byHash.delete(token.hash);
    token.hash = minted.hash;
    token.last4 = minted.last4;
    this.byHash.set(minted.hash, { kind: 'secondary', id: token.id });
    this.touchSecondary(token, by);
  }

  /** Deletes a secondary token and all its mappings. */
  deleteSecondary(id: string): SecondaryTokenRecord | undefined {
    const token = this.secondary.get(id);
    if (!token) return undefined;
    this.byHash.delete(token.hash);
    this.secondary.delete(id);
    for (const mapping of [...this.mappings.values()]) if (mapping.tokenId === id) this.mappings.delete(mapping.id);
    return token;
  }

  // ------------------------------------------------------------------ mappings

  createMapping(
    input: { endpointId: string; tokenId: string; method: EndpointMethod; enabled: boolean },
    by: ActorRef,
  ): MappingRecord {
    const mapping: MappingRecord = {
      id: this.newId('EPM', 3),
      ...input,
      created: stamp(this.clock.iso(), by),
      updated: null,
    };
    this.mappings.set(mapping.id, mapping);
    return mapping;
  }

  getMapping(id: string): MappingRecord | undefined {
    return this.mappings.get(id);
  }

  mappingsOf(endpointId: string): MappingRecord[] {
    return [...this.mappings.values()].filter((m) => m.endpointId === endpointId);
  }

  findMapping(endpointId: string, tokenId: string, method: EndpointMethod): MappingRecord | undefined {
    for (const mapping of this.mappings.values()) {
      if (mapping.endpointId === endpointId && mapping.tokenId === tokenId && mapping.method === method) return mapping;
    }
    return undefined;
  }

  touchMapping(mapping: MappingRecord, by: ActorRef): void {
    mapping.updated = stamp(this.clock.iso(), by);
  }

  deleteMapping(id: string): MappingRecord | undefined {
    const mapping = this.mappings.get(id);
    this.mappings.delete(id);
    return mapping;
  }

  // ------------------------------------------------------------------ credentials, records, documents

  /**
   * Finds the token holding `value` (primary or secondary), comparing digests in constant time. Hash first, then read
   * the store (a token deleted during the await is correctly not found).
   */
  async resolve(value: string): Promise<ResolvedEndpointToken | undefined> {
    const hash = await sha256Hex(value);
    const entry = this.byHash.get(hash);
    if (!entry) return undefined;
    if (entry.kind === 'secondary') {
      const token = this.secondary.get(entry.id);
      return token && constantTimeEqual(token.hash, hash) ? { kind: 'secondary', token } : undefined;
    }
    const token = this.endpoints.get(entry.endpointId ?? '')?.primary.get(entry.method!);
    return token && token.id === entry.id && constantTimeEqual(token.hash, hash)
      ? { kind: 'primary', token }
      : undefined;
  }

  /** Appends a call record (capped per endpoint). */
  addRecord(endpoint: EndpointRecord, record: Omit<EndpointCallRecord, 'id' | 'endpoint' | 'at'>): EndpointCallRecord {
    const full: EndpointCallRecord = {
      id: this.newId('EPR', 3),
      endpoint: { id: endpoint.id, name: endpoint.name },
      at: this.clock.iso(),
      ...record,
      body: record.body === null ? null : capBody(record.body),
    };
    endpoint.records.push(full);
    if (endpoint.records.length > ENDPOINT_RECORD_CAPACITY)
      endpoint.records.splice(0, endpoint.records.length - ENDPOINT_RECORD_CAPACITY);
    return full;
  }

  addDocument(endpoint: EndpointRecord, id: string, at: string, body: Record<string, unknown>): EndpointDocument {
    const document: EndpointDocument = { id, at, body };
    endpoint.documents.push(document);
    if (endpoint.documents.length > ENDPOINT_RECORD_CAPACITY)
      endpoint.documents.splice(0, endpoint.documents.length - ENDPOINT_RECORD_CAPACITY);
    return document;
  }
}

/** A record keeps at most {@link RECORD_BODY_LIMIT_BYTES} of body; a larger body becomes a placeholder object. */
function capBody(body: Record<string, unknown>): Record<string, unknown> {
  const text = JSON.stringify(body);
  const size = new TextEncoder().encode(text).byteLength;
  if (size <= RECORD_BODY_LIMIT_BYTES) return structuredClone(body);
  return { _truncated: true, _size_bytes: size };
}

/** The platform's endpoint collection (created on first use; dropped by `reset()`). */
export function endpointStoreOf(store: MockStore): EndpointStore {
  return store.collection('endpoints', () => new EndpointStore(store.clock, store.random));
}
