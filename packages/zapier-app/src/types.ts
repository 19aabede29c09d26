import type { Schema } from '@connect-tokens/sdk';

/** Wire shapes of the Connect API, from the spec the SDK is generated from. */
export type Token = Schema<'Token'>;
export type AuditEvent = Schema<'AuditEvent'>;
export type Module = Schema<'Module'>;
export type Extension = Schema<'Extension'>;
