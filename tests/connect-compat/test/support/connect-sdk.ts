/**
 * CloudBlue's JavaScript SDK, loaded the way a Connect user would load it. It is CommonJS without type declarations,
 * and `GenericResource` (the only way it reaches `/auth/tokens`) is not exported at the package root, so the files
 * are required by path; the types below describe only what this suite calls.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PACKAGE = '@cloudblueconnect/connect-javascript-sdk';

/** The SDK's client: adds the endpoint prefix and the `Authorization` header to every request. */
export interface ConnectClient {
  fetch(url: string, options?: FetchOptions): Promise<Response>;
  /** Its own resource for `/notifications/webhooks` (a `GenericResource`). */
  readonly webhooks: GenericResource;
}

/** Request options as the SDK's default adapter takes them: an object `body` is sent as JSON. */
export interface FetchOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** `lib/connect/api/base.js`: get/create/update/delete/search on one base URI; `fetch` turns errors into `APIError`. */
export interface GenericResource {
  readonly baseUri: string;
  get(id: string): Promise<any>;
  create(obj: object): Promise<any>;
  update(id: string, obj: object): Promise<any>;
  delete(id: string): Promise<void>;
  search(filters: object): Promise<any[]>;
  fetch(url: string, options?: FetchOptions): Promise<Response>;
}

/** `lib/connect/api/errors.js`: thrown for a non-2xx answer whose `content-type` is exactly `application/json`. */
export interface APIError extends Error {
  status: number;
  readonly json: { error_code: string; errors: string[] };
  readonly errorCode: string;
  readonly errors: string[];
}

const root = require(PACKAGE) as { ConnectClient: new (endpoint: string, apiKey: string) => ConnectClient };
const GenericResourceClass = require(`${PACKAGE}/lib/connect/api/base`) as new (
  client: ConnectClient,
  baseUri: string,
) => GenericResource;
const errors = require(`${PACKAGE}/lib/connect/api/errors`) as {
  APIError: abstract new (...args: never[]) => APIError;
  HttpError: abstract new (...args: never[]) => Error & { status: number };
};
const rql = require(`${PACKAGE}/lib/connect/rql`) as { filterToQuery(filters: object): string };
const utils = require(`${PACKAGE}/lib/connect/api/utils`) as { buildUrl(url: string, query?: object): string };

/** A client of the SDK for `endpoint` (e.g. `http://127.0.0.1:port/public/v1`) and an API key. */
export function connectClient(endpoint: string, apiKey: string): ConnectClient {
  return new root.ConnectClient(endpoint, apiKey);
}

/** The SDK's generic resource at `baseUri` (e.g. `/auth/tokens`). */
export function genericResource(client: ConnectClient, baseUri: string): GenericResource {
  return new GenericResourceClass(client, baseUri);
}

export const { APIError, HttpError } = errors;

/** The SDK's query builder: what `search(filters)` puts after the `?`. */
export const filterToQuery = rql.filterToQuery;

/** The SDK's URL builder used by `search`: `baseUri?` + the query. */
export const buildUrl = utils.buildUrl;
