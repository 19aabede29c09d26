import type { BeforeRequestMiddleware } from 'zapier-platform-core';

/**
 * Puts the connection's key into `Authorization` for requests that do not already carry one.
 *
 * SDK requests arrive with the header already normalised to `ApiKey SU-…:secret`, so they are left alone. The
 * header set here is the key exactly as the user typed it (the platform accepts `ApiKey SU-…:secret` and the bare
 * `SU-…:secret`): Zapier replays this middleware with placeholder auth data to learn how auth is applied, so it must
 * not parse or rewrite the key.
 */
export const addAuthorizationHeader: BeforeRequestMiddleware = (request, _z, bundle) => {
  const headers = { ...request.headers };
  const hasAuthorization = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
  if (!hasAuthorization && bundle.authData.api_key) headers.Authorization = bundle.authData.api_key;
  request.headers = headers;
  return request;
};
