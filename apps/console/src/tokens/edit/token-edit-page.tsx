/**
 * Edit mode of a token: general fields, modules, access rules and rate limit. Saving sends one update for the fields
 * and then grants or revokes only the modules that changed; the expiry changes through Renew.
 */
import type { Module, Token } from '@connect-tokens/sdk';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, navigate } from '../../router/hash-router';
import { useClient } from '../../session/session-context';
import { ErrorMessage } from '../../ui/error-message';
import { PageHeader } from '../../ui/page-header';
import { useToast } from '../../ui/toast';
import { useAsync } from '../../ui/use-async';
import { useSubmission } from '../../ui/use-submission';
import { AccessRulesFields } from '../shared/access-rules-fields';
import { GeneralFields } from '../shared/general-fields';
import { ModuleChecklist } from '../shared/module-checklist';
import { clearedErrors, draftFromToken, toUpdateParams, validateAccessRules, validateGeneral, type DraftErrors, type TokenDraft } from '../shared/token-draft';

export function TokenEditPage({ id }: { id: string }): ReactNode {
  const client = useClient();
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
        <PageHeader title={loaded.error ? 'Token not available' : 'Loading token…'} back={{ to: `/tokens/${id}`, label: 'Token details' }} />
        <ErrorMessage error={loaded.error} context={`Could not load token ${id}`} onRetry={loaded.reload} />
      </section>
    );
  }
  const { token, modules } = loaded.data;
  const change = (patch: Partial<TokenDraft>) => {
    setDraft((current) => (current ? { ...current, ...patch } : current));
    setErrors((current) => clearedErrors(current, patch));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found = { ...validateGeneral(draft), ...validateAccessRules(draft, { withExpiry: false }) };
    setErrors(found);
    if (Object.keys(found).length > 0) {
      window.requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const saved = await run(async () => {
      await client.tokens.update(token.id, toUpdateParams(draft));
      const before = new Set(token.permissions.map((permission) => permission.object.id));
      const after = new Set(draft.modules);
      for (const module of after) if (!before.has(module)) await client.tokens.permissions.grant(token.id, module);
      for (const module of before) if (!after.has(module)) await client.tokens.permissions.revoke(token.id, module);
      toast.success(`Token ${draft.name.trim()} saved`);
      navigate(`/tokens/${token.id}`);
    });
    // Part of the change may have been applied (fields saved, a module grant refused): show what the token is now.
    if (!saved) loaded.reload();
  };

  return (
    <section className="page">
      <PageHeader title={`Edit ${token.name}`} subtitle={token.id} back={{ to: `/tokens/${token.id}`, label: 'Token details' }} />
      <form className="card edit-form" onSubmit={(event) => void save(event)} noValidate>
        <h2>General</h2>
        <GeneralFields draft={draft} errors={errors} onChange={change} />
        <h2>Permissions</h2>
        <ModuleChecklist modules={modules} selected={draft.modules} onChange={(selected) => change({ modules: selected })} />
        <h2>Access rules</h2>
        <AccessRulesFields draft={draft} errors={errors} onChange={change} />
        <p className="muted">To change the expiry date, renew the token from its details page.</p>
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
