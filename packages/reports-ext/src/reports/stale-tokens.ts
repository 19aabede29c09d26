import type { StaleTokensParameters } from '../generated/report-parameters';
import type { ReportColumn, ReportModule, ReportRow } from './report-types';
import { scanPages } from './scan-list';
import { TOKEN_ID_COLUMNS, moduleNames, toDate, tokenIdCells } from './token-fields';
import { tokenQuery } from './token-query';

const DAY = 86_400_000;

const COLUMNS: ReportColumn[] = [
  ...TOKEN_ID_COLUMNS,
  { key: 'extension', title: 'Extension', type: 'string', width: 14 },
  { key: 'status', title: 'Status', type: 'string', width: 9 },
  { key: 'last_access_at', title: 'Last access', type: 'date', width: 17 },
  { key: 'days_since_access', title: 'Days since access', type: 'number', width: 10 },
  { key: 'created_at', title: 'Created at', type: 'date', width: 17 },
  { key: 'created_by', title: 'Created by', type: 'string', width: 16 },
  { key: 'modules', title: 'Modules', type: 'string', width: 30 },
];

/**
 * Tokens that still work (active or expiring) but have not been used for `days` days, or never: the ones to revoke.
 * Inactive and expired tokens are left out because they cannot be used anyway.
 */
export const staleTokens: ReportModule<StaleTokensParameters> = {
  id: 'stale-tokens',
  columns: () => COLUMNS,
  async *generate(client, parameters, context) {
    const threshold = context.now.getTime() - parameters.days * DAY;
    const usable = { all: false, choices: ['active', 'expiring'] };
    const list = client.tokens.list(tokenQuery({ status: usable, ordering: ['events.created.at'] }), {
      signal: context.signal,
    });
    for await (const tokens of scanPages(list, context)) {
      const rows: ReportRow[] = [];
      for (const token of tokens) {
        if (!usable.choices.includes(token.status)) continue;
        const lastAccess = toDate(token.last_access?.at);
        const neverUsed = lastAccess === null;
        if (neverUsed && parameters.include_never_used === 'exclude') continue;
        if (!neverUsed && (parameters.include_never_used === 'only' || lastAccess.getTime() >= threshold)) continue;
        rows.push({
          ...tokenIdCells(token),
          extension: token.extension?.name ?? null,
          status: token.status,
          last_access_at: lastAccess,
          days_since_access: lastAccess ? Math.floor((context.now.getTime() - lastAccess.getTime()) / DAY) : null,
          created_at: toDate(token.events?.created?.at),
          created_by: token.events?.created?.by?.name ?? null,
          modules: moduleNames(token),
        });
      }
      yield rows;
    }
  },
};
