import type { Schema } from '@connect-tokens/sdk';

/** Wire shapes of the Connect API, from the spec the SDK is generated from. */
export type Token = Schema<'Token'>;
export type AuditEvent = Schema<'AuditEvent'>;
export type Module = Schema<'Module'>;
export type Extension = Schema<'Extension'>;
export type Endpoint = Schema<'Endpoint'>;
export type EndpointRecord = Schema<'EndpointRecord'>;
export type EndpointToken = Schema<'EndpointToken'>;
export type EndpointDataItem = Schema<'EndpointDataItem'>;
