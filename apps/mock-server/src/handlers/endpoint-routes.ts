/** Every route of the endpoint-token feature (`/integrations/...`), for the platform's route table. */
import type { RouteImplementation } from '../http/context';
import { endpointDataRoutes } from './endpoint-data';
import { endpointMappingRoutes } from './endpoint-mappings';
import { endpointTokenRoutes } from './endpoint-tokens';
import { endpointRoutes } from './endpoints';

export const endpointFeatureRoutes: Record<string, RouteImplementation> = {
  ...endpointRoutes,
  ...endpointTokenRoutes,
  ...endpointMappingRoutes,
  ...endpointDataRoutes,
};
