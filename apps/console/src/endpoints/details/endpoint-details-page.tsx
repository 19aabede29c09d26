/**
 * One endpoint in tabs: its primary tokens (with the data URL), the secondary tokens assigned to it (assign,
 * unassign, switch each mapping on or off), the data viewer (its records, filtered by token) and its settings.
 * The tab and the viewer's filters live in the URL; token values never do.
 */
import type { Endpoint } from '@connect-tokens/sdk';
import { useEffect, useState, type ReactNode } from 'react';
import { navigate, useQueryParam } from '../../router/hash-router';
import { useClient } from '../../session/session-context';
import { ErrorMessage } from '../../ui/error-message';
import { PageHeader } from '../../ui/page-header';
import { Tabs } from '../../ui/tabs';
import { useAsync } from '../../ui/use-async';
import { authenticationLabel } from '../shared/endpoint-labels';
import { OneTimeValues, type OneTimeValue } from '../shared/one-time-values';
import { useDeleteEndpoint } from '../shared/use-delete-endpoint';
import { MappingsTab } from './mappings-tab';
import { PrimaryTokensTab } from './primary-tokens-tab';
import { RecordsTab } from './records-tab';
import { SettingsTab } from './settings-tab';
import '../endpoints.css';

const TABS = [
  { id: 'primary', label: 'Primary tokens' },
  { id: 'mappings', label: 'Secondary tokens' },
  { id: 'data', label: 'Data' },
  { id: 'settings', label: 'Settings' },
];

export function EndpointDetailsPage({ id }: { id: string }): ReactNode {
  const client = useClient();
  const [tab, setTab] = useQueryParam('tab', 'primary');
  const loaded = useAsync((signal) => client.endpoints.get(id, { signal }), [client, id]);
  const [endpoint, setEndpoint] = useState<Endpoint | undefined>();
  const [fresh, setFresh] = useState<{ title: string; values: OneTimeValue[] } | undefined>();
  useEffect(() => setEndpoint(loaded.data), [loaded.data]);

  const deleteEndpoint = useDeleteEndpoint(() => navigate('/endpoints'));
  const remove = async () => {
    if (endpoint) await deleteEndpoint(endpoint);
  };

  const showValues = (title: string, values: OneTimeValue[]) =>
    setFresh(values.length > 0 ? { title, values } : undefined);
  const selected = TABS.some((item) => item.id === tab) ? tab : 'primary';

  return (
    <section className="page">
      <PageHeader
        title={endpoint?.name ?? (loaded.error ? 'Endpoint' : 'Loading endpoint…')}
        subtitle={endpoint ? `${endpoint.id} · ${authenticationLabel(endpoint)}` : id}
        back={{ to: '/endpoints', label: 'Endpoints' }}
        actions={
          endpoint ? (
            <button type="button" className="btn btn--danger" onClick={() => void remove()}>
              Delete endpoint
            </button>
          ) : null
        }
      />
      <ErrorMessage error={loaded.error} context="Could not load the endpoint" onRetry={loaded.reload} />
      {fresh ? (
        <OneTimeValues
          key={fresh.title + fresh.values.map((v) => v.value).join()}
          title={fresh.title}
          values={fresh.values}
          onDismiss={() => setFresh(undefined)}
        />
      ) : null}
      {endpoint ? (
        <Tabs label="Endpoint details" tabs={TABS} selected={selected} onSelect={setTab}>
          {selected === 'primary' ? (
            <PrimaryTokensTab
              endpoint={endpoint}
              onRegenerated={(token) => {
                setEndpoint({
                  ...endpoint,
                  primary_tokens: endpoint.primary_tokens.map((item) =>
                    item.method === token.method ? { ...token, value: `****${token.value.slice(-4)}` } : item,
                  ),
                });
                showValues(`New ${token.method} primary token of ${endpoint.name}`, [
                  { label: `${token.method} primary token`, value: token.value },
                ]);
              }}
            />
          ) : null}
          {selected === 'mappings' ? <MappingsTab endpoint={endpoint} /> : null}
          {selected === 'data' ? <RecordsTab endpoint={endpoint} /> : null}
          {selected === 'settings' ? (
            <SettingsTab
              endpoint={endpoint}
              onSaved={(updated, values) => {
                setEndpoint({
                  ...updated,
                  primary_tokens: updated.primary_tokens.map((item) => ({
                    ...item,
                    value: `****${item.value.slice(-4)}`,
                  })),
                });
                showValues(`New primary tokens of ${updated.name}`, values);
              }}
            />
          ) : null}
        </Tabs>
      ) : null}
    </section>
  );
}
