import type { Endpoint } from '@connect-tokens/sdk';
import { useClient } from '../../session/session-context';
import { useConfirm } from '../../ui/confirm-dialog';
import { useToast } from '../../ui/toast';

/**
 * Deleting an endpoint, from the list or its details page: confirm (it takes its tokens, mappings and records with
 * it), delete, report the outcome; `onDeleted` runs after a delete that worked.
 */
export function useDeleteEndpoint(onDeleted: (endpoint: Endpoint) => void): (endpoint: Endpoint) => Promise<void> {
  const client = useClient();
  const confirm = useConfirm();
  const toast = useToast();
  return async (endpoint) => {
    const ok = await confirm({
      title: `Delete endpoint ${endpoint.name}?`,
      message:
        'Its primary tokens, the mappings of its secondary tokens and all its records are deleted. Applications calling it get 404. This cannot be undone.',
      confirmLabel: 'Delete endpoint',
      tone: 'danger',
    });
    if (!ok) return;
    try {
      await client.endpoints.delete(endpoint.id);
      toast.success(`Endpoint ${endpoint.name} deleted`);
      onDeleted(endpoint);
    } catch (error) {
      toast.error(error, `Could not delete ${endpoint.name}`);
    }
  };
}
