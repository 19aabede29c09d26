/**
 * GENERATED FILE: do not edit. Every report in reports.json bound to its code in src/reports/<id>.ts.
 * Source: packages/reports-ext/reports.json. Regenerate with `npm run generate -w @connect-tokens/reports-ext`.
 */

import type { ReportModule } from '../reports/report-types';
import type { ReportId, ReportParametersById } from './report-parameters';
import { tokenInventory } from '../reports/token-inventory';
import { staleTokens } from '../reports/stale-tokens';
import { expiringTokens } from '../reports/expiring-tokens';
import { permissionsMatrix } from '../reports/permissions-matrix';
import { auditTrail } from '../reports/audit-trail';
import { accessStatistics } from '../reports/access-statistics';
import { endpointTraffic } from '../reports/endpoint-traffic';

// Keyed by report id and typed by its descriptor's parameters, so a missing report, or code whose parameters do
// not fit its descriptor's, does not compile.
const modules: { [Id in ReportId]: ReportModule<ReportParametersById[Id]> } = {
  'token-inventory': tokenInventory,
  'stale-tokens': staleTokens,
  'expiring-tokens': expiringTokens,
  'permissions-matrix': permissionsMatrix,
  'audit-trail': auditTrail,
  'access-statistics': accessStatistics,
  'endpoint-traffic': endpointTraffic,
};

/** The code of every report in reports.json, by id. */
export const REPORT_MODULES: Readonly<Record<string, ReportModule<never>>> = modules;
