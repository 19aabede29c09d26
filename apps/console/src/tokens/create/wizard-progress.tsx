import type { ReactNode } from 'react';
import { WIZARD_STEPS, type WizardStep } from './wizard-steps';

/** "Step 2 of 5" as an ordered list; the current step is marked for assistive technology. */
export function WizardProgress({ current }: { current: WizardStep }): ReactNode {
  const index = WIZARD_STEPS.findIndex((step) => step.id === current);
  return (
    <ol className="wizard-progress" aria-label="Steps">
      {WIZARD_STEPS.map((step, position) => (
        <li
          key={step.id}
          className={
            position === index
              ? 'wizard-progress__step wizard-progress__step--current'
              : position < index
                ? 'wizard-progress__step wizard-progress__step--done'
                : 'wizard-progress__step'
          }
          aria-current={position === index ? 'step' : undefined}
        >
          <span className="wizard-progress__number" aria-hidden="true">
            {position + 1}
          </span>
          <span className="wizard-progress__label">{step.label}</span>
          {position < index ? <span className="visually-hidden"> (done)</span> : null}
        </li>
      ))}
    </ol>
  );
}
