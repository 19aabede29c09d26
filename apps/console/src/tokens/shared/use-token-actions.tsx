/**
 * The lifecycle actions of a token, shared by the list (row menu and bulk actions) and the details page: each asks
 * for confirmation when it is destructive, calls the SDK, and reports the outcome (or the API's error) as a toast.
 *
 * The token the console is signed in with is guarded: disabling or deleting it (alone or in a bulk action) names the
 * consequence, asks for its name to be typed, and signs out cleanly afterwards instead of leaving a console whose
 * every request fails; renewing or rotating it moves the session to the new key.
 */
import type { Token } from '@connect-tokens/sdk';
import { useState, type ReactNode } from 'react';
import { useClient, useSession } from '../../session/session-context';
import { useConfirm, type ConfirmOptions } from '../../ui/confirm-dialog';
import { plural } from '../../ui/format';
import { useToast } from '../../ui/toast';
import { SecretDialog, type SecretOperation } from './secret-dialog';
import { canActivate, canDeactivate } from './token-summary';

/** An action that applies to several tokens at once. */
export type BulkAction = 'enable' | 'disable' | 'delete';

/** What {@link useTokenActions} returns. */
export interface TokenActions {
  enable(token: Token): Promise<void>;
  disable(token: Token): Promise<void>;
  /** Resolves `true` when the token was deleted. */
  remove(token: Token): Promise<boolean>;
  renew(token: Token): void;
  rotate(token: Token): void;
  /**
   * One confirmation, then the action on each token it applies to (the others are skipped and said so). Resolves
   * the number of tokens changed.
   */
  bulk(action: BulkAction, tokens: readonly Token[]): Promise<number>;
  /** The renew/rotate dialog; render it once where the actions are used. */
  dialog: ReactNode;
}

const BULK: Record<BulkAction, { verb: string; done: string; applies: (token: Token) => boolean }> = {
  enable: { verb: 'Enable', done: 'enabled', applies: canActivate },
  disable: { verb: 'Disable', done: 'disabled', applies: canDeactivate },
  delete: { verb: 'Delete', done: 'deleted', applies: () => true },
};

/** Names, at most a handful, then "and N more". */
function nameList(tokens: readonly Token[]): string {
  const shown = tokens.slice(0, 5).map((token) => token.name);
  return tokens.length > 5 ? `${shown.join(', ')} and ${tokens.length - 5} more` : shown.join(', ');
}

/**
 * @param onChanged called after every successful change with the token as it now is (`undefined` after a delete or
 *   a bulk action).
 */
export function useTokenActions(onChanged: (token: Token | undefined) => void): TokenActions {
  const client = useClient();
  const { isSignedInWith, signOut, replaceKey } = useSession();
  const confirm = useConfirm();
  const toast = useToast();
  const [secret, setSecret] = useState<{ operation: SecretOperation; token: Token } | undefined>();

  /** The signed-in token among `tokens` (about to lose its key), and the typing the confirmation then demands. */
  const selfGuard = (tokens: readonly Token[]): Partial<ConfirmOptions> & { self?: Token } => {
    const self = tokens.find((token) => isSignedInWith(token.id));
    if (!self) return {};
    return { self, typeToConfirm: self.name };
  };

  const selfWarning = (self: Token, action: 'disable' | 'delete'): ReactNode => (
    <p className="notice notice--danger">
      You are signed in with {self.name}: you will be signed out and its key will stop working
      {action === 'disable' ? ' until someone enables it again with another key.' : ' for good.'}
    </p>
  );

  const signedOutBy = (self: Token, done: string) =>
    signOut(
      `You were signed out: ${self.name}, the token this console was signed in with, is ${done}. Sign in with another key.`,
    );

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
    const { self, ...guard } = selfGuard([token]);
    const ok = await confirm({
      title: `Disable ${token.name}?`,
      message: self ? (
        selfWarning(self, 'disable')
      ) : (
        <p>Requests with this token's key are refused until you enable it again. Nothing else changes.</p>
      ),
      confirmLabel: 'Disable token',
      tone: 'danger',
      ...guard,
    });
    if (!ok) return;
    try {
      const result = await client.tokens.deactivate(token.id);
      if (self) return signedOutBy(self, 'disabled');
      toast.success(`Token ${token.name} disabled`);
      onChanged(result);
    } catch (error) {
      toast.error(error, `Could not disable ${token.name}`);
    }
  };

  const remove = async (token: Token) => {
    const { self, ...guard } = selfGuard([token]);
    const ok = await confirm({
      title: `Delete ${token.name}?`,
      message: (
        <>
          <p>
            The token <code>{token.id}</code> is deleted and its key stops working at once. This cannot be undone.
          </p>
          {self ? selfWarning(self, 'delete') : null}
        </>
      ),
      confirmLabel: 'Delete token',
      tone: 'danger',
      ...guard,
    });
    if (!ok) return false;
    try {
      await client.tokens.delete(token.id);
      if (self) {
        signedOutBy(self, 'deleted');
        return true;
      }
      toast.success(`Token ${token.name} deleted`);
      onChanged(undefined);
      return true;
    } catch (error) {
      toast.error(error, `Could not delete ${token.name}`);
      return false;
    }
  };

  const bulk = async (action: BulkAction, tokens: readonly Token[]) => {
    const { verb, done, applies } = BULK[action];
    const targets = tokens.filter(applies);
    const skipped = tokens.length - targets.length;
    if (targets.length === 0) {
      toast.success(`None of the selected tokens can be ${done}`);
      return 0;
    }
    const { self, ...guard } = action === 'enable' ? {} : selfGuard(targets);
    const ok = await confirm({
      title: `${verb} ${plural(targets.length, 'token')}?`,
      message: (
        <>
          <p>
            {verb} {nameList(targets)}.{' '}
            {action === 'delete'
              ? 'Their keys stop working at once. This cannot be undone.'
              : action === 'disable'
                ? 'Requests with their keys are refused until they are enabled again.'
                : 'Their keys work again.'}
          </p>
          {skipped > 0 ? (
            <p>
              {plural(skipped, 'selected token')} cannot be {done} and will be left as{' '}
              {skipped === 1 ? 'it is' : 'they are'}.
            </p>
          ) : null}
          {self && action !== 'enable' ? selfWarning(self, action) : null}
        </>
      ),
      confirmLabel: `${verb} ${plural(targets.length, 'token')}`,
      tone: action === 'enable' ? 'default' : 'danger',
      ...guard,
    });
    if (!ok) return 0;
    // The signed-in token goes last: the console needs its key for the others.
    const ordered = self ? [...targets.filter((token) => token !== self), self] : targets;
    let changed = 0;
    let selfChanged = false;
    for (const token of ordered) {
      try {
        if (action === 'enable') await client.tokens.activate(token.id);
        else if (action === 'disable') await client.tokens.deactivate(token.id);
        else await client.tokens.delete(token.id);
        changed += 1;
        if (token === self) selfChanged = true;
      } catch (error) {
        toast.error(error, `Could not ${action} ${token.name}`);
      }
    }
    // Whatever happened to the others, a session whose key was just cut cannot go on.
    if (self && selfChanged) {
      signedOutBy(self, done);
      return changed;
    }
    if (changed > 0) toast.success(`${plural(changed, 'token')} ${done}`);
    onChanged(undefined);
    return changed;
  };

  const dialog = secret ? (
    <SecretDialog
      key={`${secret.operation}-${secret.token.id}`}
      operation={secret.operation}
      token={secret.token}
      signedInWith={isSignedInWith(secret.token.id)}
      onClose={() => setSecret(undefined)}
      onIssued={(apiKey) => {
        if (isSignedInWith(secret.token.id)) replaceKey(apiKey);
      }}
      onChanged={(token) => onChanged(token)}
    />
  ) : null;

  return {
    enable,
    disable,
    remove,
    renew: (token) => setSecret({ operation: 'renew', token }),
    rotate: (token) => setSecret({ operation: 'rotate', token }),
    bulk,
    dialog,
  };
}
