import { useRef, type ReactNode } from 'react';
import { SessionProvider, useSession } from '../session/session-context';
import { SignInPage } from '../session/sign-in-page';
import { ConfirmProvider } from '../ui/confirm-dialog';
import { ToastProvider } from '../ui/toast';
import { AppShell } from './app-shell';

function Gate(): ReactNode {
  const { session, restoring } = useSession();
  // After signing in (rather than a restored session on page load), focus goes to the first screen's heading: the
  // sign-in button that had it is gone.
  const signedInHere = useRef(false);
  if (!session && !restoring) signedInHere.current = true;
  if (restoring) {
    return (
      <p className="restoring" role="status">
        Checking your session…
      </p>
    );
  }
  return session ? <AppShell focusOnMount={signedInHere.current} /> : <SignInPage />;
}

/** The whole console: providers, then the sign-in screen or the signed-in shell. */
export function App(): ReactNode {
  return (
    <SessionProvider>
      <ToastProvider>
        <ConfirmProvider>
          <Gate />
        </ConfirmProvider>
      </ToastProvider>
    </SessionProvider>
  );
}
