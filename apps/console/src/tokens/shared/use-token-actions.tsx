/**
 * The lifecycle actions of a token, shared by the list's row menu and the details page: each asks for confirmation
 * when it is destructive, calls the SDK, and reports the outcome (or the API's error) as a toast.
 */
import type { Token } from '@connect-tokens/sdk';
import { useState, type ReactNode } from 'react';
import { useClient } from '../../session/session-context';
import { useConfirm } from '../../ui/confirm-dialog';
import { useToast } from '../../ui/toast';
import { SecretDialog, type SecretOperation } from './secret-dialog';

/** What {@link useTokenActions} returns. */
export interface TokenActions {
  enable(token: Token): Promise<void>;
  disable(token: Token): Promise<void>;
  /** Resolves `true` when the token was deleted. */
  remove(token: Token): Promise<boolean>;
  renew(token: Token): void;
  rotate(token: Token): void;
  /** The renew/rotate dialog; render it once where the actions are used. */
  dialog: ReactNode;
}

/**
 * @param onChanged called after every successful change with the token as it now is (`undefined` after a delete).
 */
export function useTokenActions(onChanged: (token: Token | undefined) => void): TokenActions {
  const client = useClient();
  const confirm = useConfirm();
  const toast = useToast();
  const [secret, setSecret] = useState<{ operation: SecretOperation; token: Token } | undefined>();

  const enable = async (token: Token) => {
    try {
      const result = await client.tokens.activate(token.id);
      toast.success(`Token ${token.name} enabled`);
      onChanged(result);
    } catch (error) {
      toast.error(error, `Could not enable ${token.name}`);
    }
  };

  const disable = async (token: Token) => {
    const ok = await confirm({
      title: `Disable ${token.name}?`,
      message: <p>Requests with this token's key are refused until you enable it again. Nothing else changes.</p>,
      confirmLabel: 'Disable token',
      tone: 'danger',
    });
    if (!ok) return;
    try {
      const result = await client.tokens.deactivate(token.id);
      toast.success(`Token ${token.name} disabled`);
      onChanged(result);
    } catch (error) {
      toast.error(error, `Could not disable ${token.name}`);
    }
  };

  const remove = async (token: Token) => {
    const ok = await confirm({
      title: `Delete ${token.name}?`,
      message: (
        <p>
          The token <code>{token.id}</code> is deleted and its key stops working at once. This cannot be undone.
        </p>
      ),
      confirmLabel: 'Delete token',
      tone: 'danger',
    });
    if (!ok) return false;
    try {
      await client.tokens.delete(token.id);
      toast.success(`Token ${token.name} deleted`);
      onChanged(undefined);
      return true;
    } catch (error) {
      toast.error(error, `Could not delete ${token.name}`);
      return false;
    }
  };

  const dialog = secret ? (
    <SecretDialog
      key={`${secret.operation}-${secret.token.id}`}
      operation={secret.operation}
      token={secret.token}
      onClose={() => setSecret(undefined)}
      onChanged={(token) => onChanged(token)}
    />
  ) : null;

  return {
    enable,
    disable,
    remove,
    renew: (token) => setSecret({ operation: 'renew', token }),
    rotate: (token) => setSecret({ operation: 'rotate', token }),
    dialog,
  };
}
