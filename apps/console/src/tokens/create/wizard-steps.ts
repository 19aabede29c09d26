/** The steps of the create wizard, in order. */
export const WIZARD_STEPS = [
  { id: 'general', label: 'General' },
  { id: 'extension', label: 'Extension' },
  { id: 'permissions', label: 'Permissions' },
  { id: 'access', label: 'Access rules' },
  { id: 'summary', label: 'Summary' },
] as const;

/** A step id. */
export type WizardStep = (typeof WIZARD_STEPS)[number]['id'];
