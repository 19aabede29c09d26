import type { ReactNode } from 'react';
import { SessionProvider, useSession } from '../session/session-context';
import { SignInPage } from '../session/sign-in-page';
import { ConfirmProvider } from '../ui/confirm-dialog';
import { ToastProvider } from '../ui/toast';
import { AppShell } from './app-shell';

function Gate(): ReactNode {
  const { session, restoring } = useSession();
  if (restoring) {
    return (
      <p className="restoring" role="status">
        Checking your session…
      </p>
    );
  }
  return session ? <AppShell /> : <SignInPage />;
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
