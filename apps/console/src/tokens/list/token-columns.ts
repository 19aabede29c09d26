/** The optional columns of the tokens list and the user's choice of them (kept in localStorage: it is not secret). */

/** A column the user can show or hide. Name + id and the actions are always shown. */
export type TokenColumn = 'extension' | 'modules' | 'createdBy' | 'created' | 'lastAccess' | 'status';

/** Every optional column in display order, with its header. */
export const TOKEN_COLUMNS: readonly { id: TokenColumn; label: string }[] = [
  { id: 'extension', label: 'Extension' },
  { id: 'modules', label: 'Modules' },
  { id: 'createdBy', label: 'Created by' },
  { id: 'created', label: 'Date created' },
  { id: 'lastAccess', label: 'Last access' },
  { id: 'status', label: 'Status' },
];

const STORAGE_KEY = 'connect-tokens-console:token-columns';

/** The columns shown, all of them unless the user chose otherwise. */
export function loadColumns(): Set<TokenColumn> {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (raw) {
      const known = new Set(TOKEN_COLUMNS.map((column) => column.id as string));
      return new Set((JSON.parse(raw) as string[]).filter((id) => known.has(id)) as TokenColumn[]);
    }
  } catch {
    /* unreadable: fall back to all */
  }
  return new Set(TOKEN_COLUMNS.map((column) => column.id));
}

/** Remembers the choice. */
export function saveColumns(columns: ReadonlySet<TokenColumn>): void {
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify([...columns]));
}
