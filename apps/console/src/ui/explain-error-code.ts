import { ErrorCodes, type ErrorCode } from '@connect-tokens/protocol';

/** An error code in words, from the protocol's titles: "IP address not allowed (AUTH_006)"; an unknown code as is. */
export function explainErrorCode(code: string | null | undefined): string {
  if (!code) return 'for an unknown reason';
  const known = (ErrorCodes as Record<string, { title: string } | undefined>)[code as ErrorCode];
  return known ? `${known.title} (${code})` : code;
}
