import type { Endpoint, EndpointMethod, EndpointRecord } from '@connect-tokens/sdk';

/** The methods of an endpoint's data path, in the order the screens list them. */
export const ENDPOINT_METHODS: readonly EndpointMethod[] = ['GET', 'POST', 'DELETE'];

/** What a caller of each method may do, for labels next to primary tokens and mappings. */
export const METHOD_DESCRIPTIONS: Readonly<Record<EndpointMethod, string>> = {
  GET: 'read the stored documents',
  POST: 'store a document',
  DELETE: 'delete the stored documents',
};

/** The URL applications call: the endpoint's data path on the API the console is signed in to. */
export function dataUrlOf(apiEndpoint: string, endpointId: string): string {
  return `${apiEndpoint.replace(/\/+$/, '')}/integrations/endpoints/${encodeURIComponent(endpointId)}/data`;
}

/** "Endpoint token" or "Open (no token)". */
export function authenticationLabel(endpoint: Pick<Endpoint, 'authentication'>): string {
  return endpoint.authentication === 'token' ? 'Endpoint token' : 'Open (no token)';
}

/** True for a value shown in full (only in the answers that generated it); masked values are `****` + 4 characters. */
export function isFullValue(value: string): boolean {
  return !value.startsWith('****');
}

/** "Shop backend (EPT-…)" / "POST primary token" / "No token", for a record's token. */
export function recordTokenLabel(record: Pick<EndpointRecord, 'token'>): string {
  if (!record.token) return 'No token';
  return record.token.name;
}
