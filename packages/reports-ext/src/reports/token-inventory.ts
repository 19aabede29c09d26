import type { TokenInventoryParameters } from '../generated/report-parameters';
import { isChecked } from '../parameters/parameter-values';
import type { ReportColumn, ReportModule, ReportRow } from './report-types';
import { scanPages } from './scan-list';
import { tokenQuery } from './token-query';
import { TOKEN_ID_COLUMNS, moduleNames, toDate, tokenIdCells } from './token-fields';

const COLUMNS: ReportColumn[] = [
  ...TOKEN_ID_COLUMNS,
  { key: 'extension', title: 'Extension', type: 'string', width: 14 },
  { key: 'status', title: 'Status', type: 'string', width: 9 },
  { key: 'modules', title: 'Modules', type: 'string', width: 36 },
  { key: 'created_at', title: 'Created at', type: 'date', width: 17 },
  { key: 'created_by', title: 'Created by', type: 'string', width: 16 },
  { key: 'last_access_at', title: 'Last access', type: 'date', width: 17 },
  { key: 'last_access_ip', title: 'Last access IP', type: 'string', width: 14 },
  { key: 'expiration_date', title: 'Expires', type: 'date', width: 17 },
];

/** Every token with its extension, status, modules, creation, last access and expiration. */
export const tokenInventory: ReportModule<TokenInventoryParameters> = {
  id: 'token-inventory',
  columns: () => COLUMNS,
  async *generate(client, parameters, context) {
    const created = parameters.created;
    const query = tokenQuery({
      status: parameters.status,
      extension: parameters.extension,
      created,
      ordering: ['events.created.at'],
    });
    const after = created ? Date.parse(created.after) : 0;
    const before = created ? Date.parse(created.before) : 0;
    for await (const tokens of scanPages(client.tokens.list(query, { signal: context.signal }), context)) {
      const rows: ReportRow[] = [];
      for (const token of tokens) {
        // The query narrows the list on the server; the same checks here keep the report right on a server that
        // ignores part of it.
        if (!isChecked(parameters.status, token.status)) continue;
        if (parameters.extension && token.extension?.id !== parameters.extension) continue;
        const createdAt = toDate(token.events?.created?.at);
        if (created && (!createdAt || createdAt.getTime() < after || createdAt.getTime() >= before)) continue;
        rows.push({
          ...tokenIdCells(token),
          extension: token.extension?.name ?? null,
          status: token.status,
          modules: moduleNames(token),
          created_at: createdAt,
          created_by: token.events?.created?.by?.name ?? null,
          last_access_at: toDate(token.last_access?.at),
          last_access_ip: token.last_access?.ip ?? null,
          expiration_date: toDate(token.expiration_date),
        });
      }
      yield rows;
    }
  },
};
