import { accessStatistics } from './access-statistics';
import { auditTrail } from './audit-trail';
import { endpointTraffic } from './endpoint-traffic';
import { expiringTokens } from './expiring-tokens';
import { permissionsMatrix } from './permissions-matrix';
import type { ReportModule } from './report-types';
import { staleTokens } from './stale-tokens';
import { tokenInventory } from './token-inventory';

/** The code of every report in reports.json, by id (a test checks both lists match). */
export const REPORT_MODULES: Readonly<Record<string, ReportModule<never>>> = {
  [tokenInventory.id]: tokenInventory,
  [staleTokens.id]: staleTokens,
  [expiringTokens.id]: expiringTokens,
  [permissionsMatrix.id]: permissionsMatrix,
  [auditTrail.id]: auditTrail,
  [accessStatistics.id]: accessStatistics,
  [endpointTraffic.id]: endpointTraffic,
};
