import type { ReactNode } from 'react';
import { Field } from '../../ui/field';
import type { DraftFieldsProps } from './token-draft';

const PERIODS = [
  { seconds: '1', label: 'per second' },
  { seconds: '60', label: 'per minute' },
  { seconds: '3600', label: 'per hour' },
  { seconds: '86400', label: 'per day' },
];

/** IP and API allow/block lists and the rate limit of a token. */
export function AccessRulesFields({ draft, errors, onChange }: DraftFieldsProps): ReactNode {
  const periodKnown = PERIODS.some((period) => period.seconds === draft.ratePeriodSeconds);
  return (
    <>
      <fieldset>
        <legend>IP addresses</legend>
        <p className="field__hint">
          One CIDR range per line. Blocks win over allows; an empty allow list allows every address.
        </p>
        <div className="grid-2">
          <Field label="Allowed IP ranges" error={errors.allowedIps} hint="e.g. 203.0.113.0/24">
            <textarea
              value={draft.allowedIps}
              spellCheck={false}
              onChange={(event) => onChange({ allowedIps: event.target.value })}
            />
          </Field>
          <Field label="Blocked IP ranges" error={errors.blockedIps} hint="e.g. 198.51.100.7/32">
            <textarea
              value={draft.blockedIps}
              spellCheck={false}
              onChange={(event) => onChange({ blockedIps: event.target.value })}
            />
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>APIs</legend>
        <p className="field__hint">
          One rule per line: a method (GET, POST, PUT, DELETE or * for any) and a path, where * matches anything. An
          empty allow list allows every API the token's modules cover.
        </p>
        <div className="grid-2">
          <Field label="Allowed APIs" error={errors.allowedApis} hint="e.g. GET /products/*">
            <textarea
              value={draft.allowedApis}
              spellCheck={false}
              onChange={(event) => onChange({ allowedApis: event.target.value })}
            />
          </Field>
          <Field label="Blocked APIs" error={errors.blockedApis} hint="e.g. DELETE /auth/tokens/*">
            <textarea
              value={draft.blockedApis}
              spellCheck={false}
              onChange={(event) => onChange({ blockedApis: event.target.value })}
            />
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>Rate limit</legend>
        <div className="grid-2">
          <Field label="Requests" error={errors.rateRequests} hint="Leave empty for no limit.">
            <input
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              value={draft.rateRequests}
              onChange={(event) => onChange({ rateRequests: event.target.value })}
            />
          </Field>
          <Field label="Period" error={errors.ratePeriodSeconds}>
            <select
              value={draft.ratePeriodSeconds}
              onChange={(event) => onChange({ ratePeriodSeconds: event.target.value })}
            >
              {PERIODS.map((period) => (
                <option key={period.seconds} value={period.seconds}>
                  {period.label}
                </option>
              ))}
              {periodKnown ? null : (
                <option value={draft.ratePeriodSeconds}>per {draft.ratePeriodSeconds} seconds</option>
              )}
            </select>
          </Field>
        </div>
      </fieldset>
    </>
  );
}
