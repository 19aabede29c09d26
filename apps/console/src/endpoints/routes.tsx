import type { RouteDefinition } from '../router/hash-router';
import { EndpointDetailsPage } from './details/endpoint-details-page';
import { EndpointsListPage } from './list/endpoints-list-page';
import { EndpointTokensPage } from './tokens/endpoint-tokens-page';

/** The endpoint-token screens: endpoints with their primary tokens, and the secondary tokens. */
export const routes: RouteDefinition[] = [
  {
    path: '/endpoints',
    title: 'Endpoints',
    nav: { label: 'Endpoints', order: 20 },
    render: () => <EndpointsListPage />,
  },
  {
    path: '/endpoints/:id',
    title: (params) => `Endpoint ${params.id ?? ''}`,
    render: (params) => <EndpointDetailsPage key={params.id} id={params.id ?? ''} />,
  },
  {
    path: '/endpoint-tokens',
    title: 'Endpoint tokens',
    nav: { label: 'Endpoint tokens', order: 21 },
    render: () => <EndpointTokensPage />,
  },
];
