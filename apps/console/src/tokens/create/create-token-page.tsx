/**
 * The create wizard: General → Extension → Permissions → Access rules → Summary, then the new key, shown once.
 * Each step is validated before moving on; the step's heading takes focus so screen readers announce the step.
 */
import type { Extension, Module, Token } from '@connect-tokens/sdk';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from '../../router/hash-router';
import { useClient } from '../../session/session-context';
import { ErrorMessage } from '../../ui/error-message';
import { Field } from '../../ui/field';
import { PageHeader } from '../../ui/page-header';
import { useToast } from '../../ui/toast';
import { useAsync } from '../../ui/use-async';
import { useSubmission } from '../../ui/use-submission';
import { AccessRulesFields } from '../shared/access-rules-fields';
import { today } from '../shared/expiry';
import { GeneralFields } from '../shared/general-fields';
import { ModuleChecklist } from '../shared/module-checklist';
import { NewKeyPanel } from '../shared/new-key-panel';
import {
  clearedErrors,
  EMPTY_DRAFT,
  toCreateParams,
  validateAccessRules,
  validateGeneral,
  type DraftErrors,
  type TokenDraft,
} from '../shared/token-draft';
import { DraftSummary } from './draft-summary';
import { ExtensionPicker } from './extension-picker';
import { WizardProgress } from './wizard-progress';
import { WIZARD_STEPS, type WizardStep } from './wizard-steps';

export function CreateTokenPage(): ReactNode {
  const client = useClient();
  const toast = useToast();
  const [step, setStep] = useState<WizardStep>('general');
  const [draft, setDraft] = useState<TokenDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [noModulesWarned, setNoModulesWarned] = useState(false);
  const { busy, error: submitError, run } = useSubmission();
  const [created, setCreated] = useState<Token | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  const catalog = useAsync<{ extensions: Extension[]; modules: Module[] }>(
    async (signal) => {
      const [extensions, modules] = await Promise.all([
        client.extensions.list({ limit: 100 }, { signal }).toArray(),
        client.modules.list({ limit: 100 }, { signal }).toArray(),
      ]);
      return { extensions, modules };
    },
    [client],
  );

  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step, created]);

  const change = (patch: Partial<TokenDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => clearedErrors(current, patch));
  };
  const index = WIZARD_STEPS.findIndex((item) => item.id === step);
  const current = WIZARD_STEPS[index] ?? WIZARD_STEPS[0];

  const validate = (which: WizardStep): DraftErrors =>
    which === 'general'
      ? validateGeneral(draft)
      : which === 'access'
        ? validateAccessRules(draft, { withExpiry: true })
        : {};

  const next = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(step);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // Focus the first invalid control so the message is read out with it.
      window.requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    if (step === 'summary') {
      void create();
      return;
    }
    // A token without modules can only read its own context: say so once, then let the user go on deliberately.
    if (step === 'permissions' && draft.modules.length === 0 && !noModulesWarned) {
      setNoModulesWarned(true);
      window.requestAnimationFrame(() => document.getElementById('no-modules-warning')?.focus());
      return;
    }
    const following = WIZARD_STEPS[index + 1];
    if (following) setStep(following.id);
  };

  const back = () => {
    const previous = WIZARD_STEPS[index - 1];
    if (previous) setStep(previous.id);
  };

  const create = async () => {
    await run(async () => {
      const token = await client.tokens.create(toCreateParams(draft));
      setCreated(token);
      toast.success(`Token ${token.name} created`);
    });
  };

  if (created) {
    return (
      <section className="page">
        <PageHeader title="Token created" subtitle={`${created.name} · ${created.id}`} />
        <div className="card">
          <NewKeyPanel apiKey={created.token} tokenName={created.name} />
        </div>
        <div className="form-actions">
          <Link to={`/tokens/${created.id}`} className="btn btn--primary">
            Open token details
          </Link>
          <Link to="/tokens" className="btn">
            Back to tokens
          </Link>
        </div>
      </section>
    );
  }

  const extensions = catalog.data?.extensions ?? [];
  const modules = catalog.data?.modules ?? [];

  return (
    <section className="page">
      <PageHeader title="Create token" back={{ to: '/tokens', label: 'Tokens' }} />
      <WizardProgress current={step} />
      <ErrorMessage error={catalog.error} context="Could not load extensions and modules" onRetry={catalog.reload} />
      <form className="card wizard" onSubmit={next} noValidate aria-labelledby="wizard-step-title">
        <h2 id="wizard-step-title" ref={headingRef} tabIndex={-1}>
          Step {index + 1} of {WIZARD_STEPS.length}: {current.label}
        </h2>
        {step === 'general' ? <GeneralFields draft={draft} errors={errors} onChange={change} /> : null}
        {step === 'extension' ? (
          <ExtensionPicker
            extensions={extensions}
            selected={draft.extensionId}
            onChange={(extensionId) => change({ extensionId })}
          />
        ) : null}
        {step === 'permissions' ? (
          <>
            <p className="muted">
              The token can call only the APIs of the modules you grant. You can change this later.
            </p>
            <ModuleChecklist
              modules={modules}
              selected={draft.modules}
              onChange={(selected) => change({ modules: selected })}
            />
            {noModulesWarned && draft.modules.length === 0 ? (
              <p id="no-modules-warning" className="notice" role="alert" tabIndex={-1}>
                No module is selected: the token will only be able to read its own context. Select the modules it needs,
                or press Next again to continue without any.
              </p>
            ) : null}
          </>
        ) : null}
        {step === 'access' ? (
          <>
            <Field
              label="Expiry date"
              error={errors.expiryDay}
              hint="Leave empty for a token that never expires. It works until the end of this day (UTC)."
            >
              <input
                type="date"
                min={today()}
                value={draft.expiryDay}
                onChange={(event) => change({ expiryDay: event.target.value })}
              />
            </Field>
            <AccessRulesFields draft={draft} errors={errors} onChange={change} />
          </>
        ) : null}
        {step === 'summary' ? (
          <>
            <p className="muted">Check the token before creating it. Its key is shown once, on the next screen.</p>
            <DraftSummary draft={draft} extensions={extensions} modules={modules} />
            <ErrorMessage error={submitError} context="Could not create the token" />
          </>
        ) : null}
        <div className="form-actions wizard__actions">
          {index > 0 ? (
            <button type="button" className="btn" onClick={back} disabled={busy}>
              Back
            </button>
          ) : (
            <Link to="/tokens" className="btn">
              Cancel
            </Link>
          )}
          <button type="submit" className="btn btn--primary" disabled={busy || (step !== 'general' && !catalog.data)}>
            {step === 'summary' ? (busy ? 'Creating…' : 'Create token') : 'Next'}
          </button>
        </div>
      </form>
    </section>
  );
}
