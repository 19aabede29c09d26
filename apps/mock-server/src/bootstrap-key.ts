/**
 * The bootstrap (admin) key: `ApiKey SU-…:<40 hex>`, fixed by the operator (`CONNECT_MOCK_API_KEY`, `--api-key`,
 * `createMockPlatform({ bootstrapKey })`) or fresh from the CSPRNG. It authenticates the bootstrap token on the API
 * and the `/__mock/*` admin routes.
 */
import { TOKEN_ID_PATTERN, TOKEN_SECRET_PATTERN, parseCredential } from '@connect-tokens/protocol';
import { generateSecret } from './crypto/secrets';

/** The id and secret of the bootstrap token, and the whole `Authorization` value. */
export interface BootstrapKey {
  readonly tokenId: string;
  readonly secret: string;
  /** `ApiKey <tokenId>:<secret>` */
  readonly header: string;
}

const DEFAULT_BOOTSTRAP_ID = 'SU-000-000-000';

/** The operator's key if given (a `TypeError` naming the expected form when it is malformed), else a new one. */
export function bootstrapKeyOf(given: string | undefined): BootstrapKey {
  if (given !== undefined) {
    const credential = parseCredential(given);
    if (
      credential?.kind !== 'api-key' ||
      !TOKEN_ID_PATTERN.test(credential.tokenId) ||
      !TOKEN_SECRET_PATTERN.test(credential.secret)
    ) {
      throw new TypeError('bootstrapKey must look like "ApiKey SU-000-000-000:<40 lowercase hex characters>"');
    }
    return {
      tokenId: credential.tokenId,
      secret: credential.secret,
      header: `ApiKey ${credential.tokenId}:${credential.secret}`,
    };
  }
  const secret = generateSecret();
  return { tokenId: DEFAULT_BOOTSTRAP_ID, secret, header: `ApiKey ${DEFAULT_BOOTSTRAP_ID}:${secret}` };
}
