/** The SDK's version, sent in `User-Agent` so the platform can tell SDK releases apart in its logs. */
export const VERSION = '0.0.0';
