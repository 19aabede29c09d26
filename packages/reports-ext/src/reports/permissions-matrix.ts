import type { ModuleWire } from '../client/wire-types';
import type { PermissionsMatrixParameters } from '../generated/report-parameters';
import { isChecked } from '../parameters/parameter-values';
import type { ReportColumn, ReportModule, ReportRow } from './report-types';
import { scanPages } from './scan-list';
import { TOKEN_ID_COLUMNS, moduleIds, tokenIdCells } from './token-fields';
import { tokenQuery } from './token-query';

/** The column key of a module: its id, so the matrix stays joinable whatever the modules are called. */
export function moduleColumnKey(moduleId: string): string {
  return moduleId;
}

// The module list is small (13 on Connect) and both `columns` and `generate` need it: fetch it once per run.
const modulesByRun = new WeakMap<AbortSignal, Promise<ModuleWire[]>>();

function modulesOf(client: Parameters<ReportModule['columns']>[0], signal: AbortSignal): Promise<ModuleWire[]> {
  let modules = modulesByRun.get(signal);
  if (!modules) {
    modules = (async () => {
      const out: ModuleWire[] = [];
      for await (const module of client.modules.list(undefined, { signal }))
        out.push({ id: module.id, name: module.name });
      return out;
    })();
    modulesByRun.set(signal, modules);
  }
  return modules;
}

/** Tokens × modules: one row per token and one yes/no column per platform module. */
export const permissionsMatrix: ReportModule<PermissionsMatrixParameters> = {
  id: 'permissions-matrix',
  async columns(client, _parameters, context) {
    const modules = await modulesOf(client, context.signal);
    return [
      ...TOKEN_ID_COLUMNS,
      { key: 'status', title: 'Status', type: 'string', width: 9 },
      { key: 'extension', title: 'Extension', type: 'string', width: 12 },
      ...modules.map((m): ReportColumn => ({ key: moduleColumnKey(m.id), title: m.name, type: 'boolean', width: 7 })),
      { key: 'module_count', title: 'Modules', type: 'number', width: 7 },
    ];
  },
  async *generate(client, parameters, context) {
    const modules = await modulesOf(client, context.signal);
    const list = client.tokens.list(tokenQuery({ status: parameters.status, ordering: ['events.created.at'] }), {
      signal: context.signal,
    });
    for await (const tokens of scanPages(list, context)) {
      const rows: ReportRow[] = [];
      for (const token of tokens) {
        if (!isChecked(parameters.status, token.status)) continue;
        const granted = moduleIds(token);
        const row: ReportRow = {
          ...tokenIdCells(token),
          status: token.status,
          extension: token.extension?.name ?? null,
        };
        for (const m of modules) row[moduleColumnKey(m.id)] = granted.has(m.id);
        row['module_count'] = granted.size;
        rows.push(row);
      }
      yield rows;
    }
  },
};
