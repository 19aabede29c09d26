import type { RouteDefinition } from '../router/hash-router';
import { CreateTokenPage } from './create/create-token-page';
import { TokenDetailsPage } from './details/token-details-page';
import { TokenEditPage } from './edit/token-edit-page';
import { TokensListPage } from './list/tokens-list-page';

/** The API token screens. */
export const routes: RouteDefinition[] = [
  { path: '/tokens', title: 'API tokens', nav: { label: 'API tokens', order: 10 }, render: () => <TokensListPage /> },
  { path: '/tokens/new', title: 'Create token', render: () => <CreateTokenPage /> },
  {
    path: '/tokens/:id',
    title: (params) => `Token ${params.id ?? ''}`,
    render: (params) => <TokenDetailsPage key={params.id} id={params.id ?? ''} />,
  },
  {
    path: '/tokens/:id/edit',
    title: (params) => `Edit token ${params.id ?? ''}`,
    render: (params) => <TokenEditPage key={params.id} id={params.id ?? ''} />,
  },
];
