import type { Token } from '@connect-tokens/sdk';
import { toCsv } from '../../ui/csv';
import { createdByLabel } from '../shared/token-summary';

/** The tokens as a CSV document: the columns of the list, with every module named and ISO dates. */
export function tokensCsv(tokens: readonly Token[]): string {
  return toCsv(
    ['ID', 'Name', 'Status', 'Extension', 'Modules', 'Created by', 'Created', 'Last access', 'Expires'],
    tokens.map((token) => [
      token.id,
      token.name,
      token.status,
      token.extension.name,
      token.permissions.map((permission) => permission.object.name ?? permission.object.id).join('; '),
      createdByLabel(token),
      token.events.created.at,
      token.last_access?.at ?? '',
      token.expiration_date ?? '',
    ]),
  );
}

/** Hands a CSV document to the browser as a download. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has started the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
