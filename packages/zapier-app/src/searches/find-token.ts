import type { Bundle, Search, ZObject } from 'zapier-platform-core';
import { NotFoundError, rql } from '@connect-tokens/sdk';
import { withConnect } from '../connect-client';
import { textInput } from '../input';
import { tokenFields } from '../output-fields';
import { tokenSample } from '../samples';
import type { Token } from '../types';

/** Zapier uses the first result; a few more let "Find Token" steps in Zapier's line-item mode see near matches. */
const MAX_RESULTS = 10;

/**
 * An id is looked up directly (one `GET`, and a deleted token is "not found" rather than an error); the other
 * criteria are exact-match RQL filters combined with `and`. No match is `[]`, which Zapier shows as "nothing found"
 * (and search-or-create turns into a create).
 */
async function perform(z: ZObject, bundle: Bundle): Promise<Token[]> {
  const id = textInput(bundle, 'token_id');
  const name = textInput(bundle, 'name');
  const externalId = textInput(bundle, 'external_id');
  const status = textInput(bundle, 'status');
  if (!id && !name && !externalId && !status) {
    throw new z.errors.HaltedError('Fill in at least one of Token ID, Name, External ID or Status to search by.');
  }
  return withConnect(z, bundle, async (client) => {
    if (id) {
      let token: Token;
      try {
        token = await client.tokens.get(id);
      } catch (error) {
        if (error instanceof NotFoundError) return [];
        throw error;
      }
      const matches =
        (!name || token.name === name) &&
        (!externalId || token.external_id === externalId) &&
        (!status || token.status === status);
      return matches ? [token] : [];
    }
    // The typed builder checks the field names against what the spec lets tokens be filtered on.
    const ops = rql<'name' | 'external_id' | 'status'>();
    const filters = [
      ...(name ? [ops.eq('name', name)] : []),
      ...(externalId ? [ops.eq('external_id', externalId)] : []),
      ...(status ? [ops.eq('status', status)] : []),
    ];
    const [first, ...rest] = filters;
    if (!first) return [];
    const filter = rest.length === 0 ? first : ops.and(first, ...rest);
    return client.tokens
      .list({ filter, ordering: ['-events.created.at'], limit: MAX_RESULTS })
      .toArray({ max: MAX_RESULTS });
  });
}

export const findToken = {
  key: 'find_token',
  noun: 'Token',
  display: {
    label: 'Find Token',
    description: 'Finds an API token by ID, name, external ID or status (newest first when several match).',
  },
  operation: {
    inputFields: [
      {
        key: 'token_id',
        label: 'Token ID',
        required: false,
        helpText: 'The token id (`SU-123-456-789`). When given, the other fields only narrow the match.',
      },
      { key: 'name', label: 'Name', required: false, helpText: 'The exact token name (case-sensitive).' },
      {
        key: 'external_id',
        label: 'External ID',
        required: false,
        helpText: 'The id from your own system that was given when the token was created.',
      },
      {
        key: 'status',
        label: 'Status',
        required: false,
        choices: [
          { value: 'active', label: 'Active', sample: 'active' },
          { value: 'inactive', label: 'Inactive', sample: 'inactive' },
          { value: 'expiring', label: 'Expiring (within 14 days)', sample: 'expiring' },
          { value: 'expired', label: 'Expired', sample: 'expired' },
        ],
        helpText: 'Only tokens in this status.',
      },
    ],
    perform,
    sample: tokenSample,
    outputFields: tokenFields,
  },
} satisfies Search;
