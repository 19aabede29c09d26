import type { EndpointToken } from '@connect-tokens/sdk';
import { useClient } from '../../session/session-context';
import { useConfirm } from '../../ui/confirm-dialog';
import { useToast } from '../../ui/toast';
import { focusPageTitle } from '../shared/focus-page-title';

/**
 * The lifecycle actions of a secondary endpoint token: each destructive one asks first, and every outcome (or the
 * API's error) is reported.
 */
export function useEndpointTokenActions({
  onChanged,
  onNewValue,
}: {
  onChanged: () => void;
  onNewValue: (token: EndpointToken) => void;
}) {
  const client = useClient();
  const confirm = useConfirm();
  const toast = useToast();

  async function setStatus(token: EndpointToken, status: 'active' | 'inactive') {
    try {
      await client.endpointTokens.update(token.id, { status });
      toast.success(`Endpoint token ${token.name} ${status === 'active' ? 'enabled' : 'disabled'}`);
      onChanged();
    } catch (error) {
      toast.error(error, `Could not ${status === 'active' ? 'enable' : 'disable'} ${token.name}`);
    }
  }

  return {
    enable: (token: EndpointToken) => setStatus(token, 'active'),
    async disable(token: EndpointToken) {
      const ok = await confirm({
        title: `Disable endpoint token ${token.name}?`,
        message:
          'Every endpoint will refuse this token (401 EPT_001) until it is enabled again. Its mappings are kept.',
        confirmLabel: 'Disable token',
        tone: 'danger',
      });
      if (ok) await setStatus(token, 'inactive');
    },
    async regenerate(token: EndpointToken) {
      const ok = await confirm({
        title: `Regenerate the value of ${token.name}?`,
        message: 'The current value stops working at once; the application must be given the new one.',
        confirmLabel: 'Regenerate value',
        tone: 'danger',
      });
      if (!ok) return;
      try {
        const updated = await client.endpointTokens.regenerate(token.id);
        toast.success(`New value generated for ${token.name}`);
        onNewValue(updated);
        onChanged();
      } catch (error) {
        toast.error(error, `Could not regenerate ${token.name}`);
      }
    },
    async remove(token: EndpointToken) {
      const ok = await confirm({
        title: `Delete endpoint token ${token.name}?`,
        message:
          'The token and all its mappings are deleted; applications using it are refused from now on. This cannot be undone.',
        confirmLabel: 'Delete token',
        tone: 'danger',
      });
      if (!ok) return;
      try {
        await client.endpointTokens.delete(token.id);
        toast.success(`Endpoint token ${token.name} deleted`);
        onChanged();
        focusPageTitle();
      } catch (error) {
        toast.error(error, `Could not delete ${token.name}`);
      }
    },
  };
}
