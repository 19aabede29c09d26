import type { Bundle, Create, ZObject } from 'zapier-platform-core';
import { unwrap } from '@connect-tokens/sdk';
import { withConnect } from '../connect-client';
import { endpointDataError } from '../errors';
import { endpointIdField } from '../fields';
import { requiredInput, textInput } from '../input';
import { endpointDataFields } from '../output-fields';
import { endpointDataSample } from '../samples';
import type { EndpointDataItem } from '../types';
import { withBodyJson } from '../body-json';

const METHODS = ['POST', 'GET', 'DELETE'] as const;
type Method = (typeof METHODS)[number];

/** The step's output: the same keys whatever the method, so later steps can map them. */
export interface EndpointDataResult {
  id: string | null;
  at: string | null;
  body: Record<string, unknown> | null;
  /** `body` as JSON text, so the whole document can be mapped (see `body-json.ts`). */
  body_json: string | null;
  endpoint_id: string;
  method: Method;
  status: number;
  count: number;
  items: Array<EndpointDataItem & { body_json: string | null }>;
  deleted: boolean;
}

function methodInput(bundle: Bundle): Method {
  const method = (textInput(bundle, 'method') ?? 'POST').toUpperCase();
  return (METHODS as readonly string[]).includes(method) ? (method as Method) : 'POST';
}

/** The JSON payload as an object; anything else halts the step with a message saying what is wrong. */
function payloadInput(z: ZObject, bundle: Bundle): Record<string, unknown> {
  const text = textInput(bundle, 'payload');
  if (text === undefined) {
    throw new z.errors.HaltedError(
      'JSON Payload is required to send data with POST: enter a JSON object such as {"order": "10042"}.',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new z.errors.HaltedError(
      `JSON Payload is not valid JSON (${reason}). Enter a JSON object such as {"order": "10042"}.`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new z.errors.HaltedError('JSON Payload must be a JSON object ({…}), not an array, string, number or null.');
  }
  return parsed as Record<string, unknown>;
}

/**
 * Calls the endpoint's data path. The SDK has no resource method for it, so this goes through `client.api` (the
 * typed openapi-fetch client, still over `z.request`) with the endpoint token in `X-Endpoint-Token`. The token value
 * goes into that header only: never into the output or an error message.
 */
async function perform(z: ZObject, bundle: Bundle): Promise<EndpointDataResult> {
  const endpointId = requiredInput(bundle, 'endpoint_id');
  const method = methodInput(bundle);
  const payload = method === 'POST' ? payloadInput(z, bundle) : undefined;
  const token = textInput(bundle, 'endpoint_token');
  const headers: Record<string, string> = token === undefined ? {} : { 'X-Endpoint-Token': token };
  const path = { id: endpointId };
  const base = {
    endpoint_id: endpointId,
    method,
    id: null,
    at: null,
    body: null,
    body_json: null,
    count: 0,
    items: [],
    deleted: false,
  };

  return withConnect(z, bundle, async (client) => {
    try {
      if (method === 'POST') {
        const stored = unwrap(
          await client.api.POST('/integrations/endpoints/{id}/data', { params: { path }, body: payload!, headers }),
        );
        return {
          ...base,
          ...withBodyJson(stored),
          status: 201,
          count: 1,
          items: [withBodyJson(stored)],
        } as EndpointDataResult;
      }
      if (method === 'GET') {
        const items = unwrap(await client.api.GET('/integrations/endpoints/{id}/data', { params: { path }, headers }));
        return { ...base, status: 200, count: items.length, items: items.map(withBodyJson) };
      }
      unwrap(await client.api.DELETE('/integrations/endpoints/{id}/data', { params: { path }, headers }));
      return { ...base, status: 204, deleted: true };
    } catch (error) {
      throw endpointDataError(z, error, method, endpointId) ?? error;
    }
  });
}

export const sendEndpointData = {
  key: 'send_endpoint_data',
  noun: 'Endpoint Data',
  display: {
    label: 'Send Data to Endpoint',
    description:
      'Sends a JSON document to an integration endpoint (POST), or reads (GET) or deletes (DELETE) the documents ' +
      'it has stored, authenticated with an endpoint token.',
  },
  operation: {
    inputFields: [
      endpointIdField,
      {
        key: 'method',
        label: 'Method',
        required: true,
        default: 'POST',
        choices: [
          { value: 'POST', label: 'POST (store the payload)', sample: 'POST' },
          { value: 'GET', label: 'GET (read stored documents)', sample: 'GET' },
          { value: 'DELETE', label: 'DELETE (delete stored documents)', sample: 'DELETE' },
        ],
        helpText:
          '**POST** stores the JSON payload, **GET** returns the documents stored so far (newest first), **DELETE** ' +
          'removes them (only on endpoints that allow DELETE).',
      },
      {
        key: 'endpoint_token',
        label: 'Endpoint Token',
        type: 'password',
        required: false,
        helpText:
          "Needed when the endpoint uses token authentication: the endpoint's **primary token** for the chosen " +
          "method, or the **application's secondary endpoint token** mapped to that method on this endpoint (64 " +
          'characters). Leave empty for endpoints with authentication "none". It is sent only in the ' +
          "`X-Endpoint-Token` header, never in the step's output.",
      },
      {
        key: 'payload',
        label: 'JSON Payload',
        type: 'text',
        required: false,
        helpText:
          'The JSON object to store with POST, e.g. `{"order": "10042", "total": 99.5}` (at most 1 MiB). Required ' +
          'for POST; ignored for GET and DELETE. Invalid JSON stops the step without calling the endpoint.',
      },
    ],
    perform,
    sample: endpointDataSample,
    outputFields: endpointDataFields,
  },
} satisfies Create;
