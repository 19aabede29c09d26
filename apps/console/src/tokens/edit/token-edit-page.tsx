/**
 * Edit mode of a token: general fields, modules, access rules, rate limit and expiry. Saving sends one update for the
 * fields (the expiry moves without a new key) and then grants or revokes only the modules that changed. Taking the
 * Integrations module from the token the console is signed in with ends the session: that is confirmed (by typing
 * the token's name) and then signs out.
 */
import type { Module, Token } from '@connect-tokens/sdk';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, navigate } from '../../router/hash-router';
import { useClient, useSession } from '../../session/session-context';
import { useConfirm } from '../../ui/confirm-dialog';
import { Field } from '../../ui/field';
import { ErrorMessage } from '../../ui/error-message';
import { PageHeader } from '../../ui/page-header';
import { useToast } from '../../ui/toast';
import { useAsync } from '../../ui/use-async';
import { useSubmission } from '../../ui/use-submission';
import { AccessRulesFields } from '../shared/access-rules-fields';
import { dayFromExpiry, today, validateExpiryDay } from '../shared/expiry';
import { GeneralFields } from '../shared/general-fields';
import { ModuleChecklist } from '../shared/module-checklist';
import {
  clearedErrors,
  draftFromToken,
  toUpdateParams,
  validateAccessRules,
  validateGeneral,
  type DraftErrors,
  type TokenDraft,
} from '../shared/token-draft';

/** The module that lets a token manage tokens, and so the console's session. */
const INTEGRATIONS = 'MD-0007';

export function TokenEditPage({ id }: { id: string }): ReactNode {
  const client = useClient();
  const { isSignedInWith, signOut } = useSession();
  const confirm = useConfirm();
  const toast = useToast();
  const loaded = useAsync<{ token: Token; modules: Module[] }>(
    async (signal) => {
      const [token, modules] = await Promise.all([
        client.tokens.get(id, { signal }),
        client.modules.list({ limit: 100 }, { signal }).toArray(),
      ]);
      return { token, modules };
    },
    [client, id],
  );
  const [draft, setDraft] = useState<TokenDraft | undefined>();
  const [errors, setErrors] = useState<DraftErrors>({});
  const { busy, error: saveError, run } = useSubmission();

  useEffect(() => {
    if (loaded.data) setDraft(draftFromToken(loaded.data.token));
  }, [loaded.data]);

  if (!loaded.data || !draft) {
    return (
      <section className="page">
        <PageHeader
          title={loaded.error ? 'Token not available' : 'Loading token…'}
          back={{ to: `/tokens/${id}`, label: 'Token details' }}
        />
        <ErrorMessage error={loaded.error} context={`Could not load token ${id}`} onRetry={loaded.reload} />
      </section>
    );
  }
  const { token, modules } = loaded.data;
  const originalDay = dayFromExpiry(token.expiration_date);
  const expired = token.status === 'expired';
  const change = (patch: Partial<TokenDraft>) => {
    setDraft((current) => (current ? { ...current, ...patch } : current));
    setErrors((current) => clearedErrors(current, patch));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found = { ...validateGeneral(draft), ...validateAccessRules(draft, { withExpiry: false }) };
    // An unchanged expiry is not checked: it is not sent, and may be in the past (an expired token).
    const expiryError = draft.expiryDay !== originalDay ? validateExpiryDay(draft.expiryDay) : undefined;
    if (expiryError) found.expiryDay = expiryError;
    setErrors(found);
    if (Object.keys(found).length > 0) {
      window.requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const before = new Set(token.permissions.map((permission) => permission.object.id));
    const after = new Set(draft.modules);
    const revoked = [...before].filter((module) => !after.has(module));
    // Revoked last, so the session can make every other change first.
    const endsSession = isSignedInWith(token.id) && revoked.includes(INTEGRATIONS);
    if (endsSession) {
      const ok = await confirm({
        title: `Remove Integrations from ${token.name}?`,
        message: (
          <p className="notice notice--danger">
            You are signed in with {token.name}: without the Integrations module (MD-0007) it can no longer manage
            tokens, so you will be signed out once the changes are saved.
          </p>
        ),
        confirmLabel: 'Save and sign out',
        tone: 'danger',
        typeToConfirm: token.name,
      });
      if (!ok) return;
    }
    const saved = await run(async () => {
      await client.tokens.update(token.id, toUpdateParams(draft, token));
      for (const module of after) if (!before.has(module)) await client.tokens.permissions.grant(token.id, module);
      for (const module of revoked.sort((a, b) => Number(a === INTEGRATIONS) - Number(b === INTEGRATIONS))) {
        await client.tokens.permissions.revoke(token.id, module);
      }
      if (endsSession) {
        signOut(
          `You were signed out: ${draft.name.trim()}, the token this console was signed in with, no longer has the Integrations module. Sign in with another key.`,
        );
        return;
      }
      toast.success(`Token ${draft.name.trim()} saved`);
      navigate(`/tokens/${token.id}`);
    });
    // Part of the change may have been applied (fields saved, a module grant refused): show what the token is now.
    if (!saved) loaded.reload();
  };

  return (
    <section className="page">
      <PageHeader
        title={`Edit ${token.name}`}
        subtitle={token.id}
        back={{ to: `/tokens/${token.id}`, label: 'Token details' }}
      />
      <form className="card edit-form" onSubmit={(event) => void save(event)} noValidate>
        <h2>General</h2>
        <GeneralFields draft={draft} errors={errors} onChange={change} />
        <h2>Permissions</h2>
        <ModuleChecklist
          modules={modules}
          selected={draft.modules}
          onChange={(selected) => change({ modules: selected })}
        />
        <h2>Access rules</h2>
        <AccessRulesFields draft={draft} errors={errors} onChange={change} />
        <h2>Expiry</h2>
        <Field
          label="Expiry date"
          error={errors.expiryDay}
          hint={
            expired
              ? 'This token has expired: renew it from its details page to issue a new key with a new expiry date.'
              : 'The current key keeps working until the end of this day (UTC); no new key is issued. Leave empty for a token that never expires.'
          }
        >
          <input
            type="date"
            min={today()}
            value={draft.expiryDay}
            disabled={expired}
            onChange={(event) => change({ expiryDay: event.target.value })}
          />
        </Field>
        <ErrorMessage error={saveError} context="Could not save the token" />
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save changes'}
          </button>
          <Link to={`/tokens/${token.id}`} className="btn">
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
