import { useCallback, useState } from 'react';

/** What {@link useSubmission} returns. */
export interface Submission {
  /** True while a submission runs: screens disable their submit button with it. */
  busy: boolean;
  /** The error of the last submission, if it failed (an SDK error, shown with `<ErrorMessage>`). */
  error: unknown;
  /**
   * Runs `work` as the form's submission: clears the last error, sets `busy` until it settles and keeps what it
   * throws in `error`. Resolves `true` when `work` succeeded, `false` when it threw.
   */
  run: (work: () => Promise<void>) => Promise<boolean>;
}

/** The busy flag and error of a form that sends one request (or a few) on submit. */
export function useSubmission(): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = useCallback(async (work: () => Promise<void>): Promise<boolean> => {
    setError(undefined);
    setBusy(true);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
