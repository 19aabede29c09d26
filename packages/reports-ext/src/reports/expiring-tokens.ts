import type { ExpiringTokensParameters } from '../generated/report-parameters';
import { isChecked } from '../parameters/parameter-values';
import type { ReportColumn, ReportModule, ReportRow } from './report-types';
import { scanPages } from './scan-list';
import { TOKEN_ID_COLUMNS, moduleNames, toDate, tokenIdCells } from './token-fields';
import { tokenQuery } from './token-query';

const DAY = 86_400_000;

const COLUMNS: ReportColumn[] = [
  ...TOKEN_ID_COLUMNS,
  { key: 'extension', title: 'Extension', type: 'string', width: 14 },
  { key: 'status', title: 'Status', type: 'string', width: 9 },
  { key: 'expiration_date', title: 'Expires', type: 'date', width: 17 },
  { key: 'days_left', title: 'Days left', type: 'number', width: 8 },
  { key: 'owner', title: 'Owner', type: 'string', width: 16 },
  { key: 'last_access_at', title: 'Last access', type: 'date', width: 17 },
  { key: 'modules', title: 'Modules', type: 'string', width: 30 },
];

/**
 * Tokens whose expiration date falls between now and `days` days from now (and, if asked, those already expired),
 * soonest first. Deactivated tokens are left out: they no longer work whatever their date.
 */
export const expiringTokens: ReportModule<ExpiringTokensParameters> = {
  id: 'expiring-tokens',
  columns: () => COLUMNS,
  async *generate(client, parameters, context) {
    const now = context.now.getTime();
    const horizon = now + parameters.days * DAY;
    const withExpired = isChecked(parameters.include_expired, 'expired');
    // Soonest first comes from the API's ordering: sorting here would mean holding every row in memory.
    const query = tokenQuery({ expiresBefore: new Date(horizon), ordering: ['expiration_date'] });
    const list = client.tokens.list(query, { signal: context.signal });
    for await (const tokens of scanPages(list, context)) {
      const rows: ReportRow[] = [];
      for (const token of tokens) {
        const expires = toDate(token.expiration_date);
        if (!expires || token.status === 'inactive') continue;
        const expired = expires.getTime() <= now;
        if (expired ? !withExpired : expires.getTime() > horizon) continue;
        rows.push({
          ...tokenIdCells(token),
          extension: token.extension?.name ?? null,
          status: token.status,
          expiration_date: expires,
          // Whole days, rounded up while in the future ("expires in 1 day" until the last second), negative once expired.
          days_left: expired
            ? -Math.floor((now - expires.getTime()) / DAY)
            : Math.ceil((expires.getTime() - now) / DAY),
          owner: token.owner?.name ?? null,
          last_access_at: toDate(token.last_access?.at),
          modules: moduleNames(token),
        });
      }
      yield rows;
    }
  },
};
