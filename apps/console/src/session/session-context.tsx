/**
 * The signed-in session: one SDK client for the stored credentials, shared by every screen through React context.
 * Screens call {@link useClient}; only the shell and the sign-in screen need {@link useSession}.
 */
import { AuthenticationError, createClient, type AuthContext, type ConnectClient } from '@connect-tokens/sdk';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { clearCredentials, loadCredentials, saveCredentials, type Credentials } from './credentials-storage';

/** A working sign-in: the client and who it is. */
export interface Session {
  client: ConnectClient;
  /** The endpoint as the client uses it (no trailing slash). */
  endpoint: string;
  /** `whoami()` at sign-in: the account, the calling token and its modules. */
  context: AuthContext;
}

/** What {@link useSession} returns. */
export interface SessionState {
  /** The current session; `undefined` while signed out. */
  session: Session | undefined;
  /** True while a stored session is being checked at start-up. */
  restoring: boolean;
  /** Checks the credentials with `whoami()`, then keeps them for this tab. Rejects with the SDK's error. */
  signIn(credentials: Credentials): Promise<void>;
  /**
   * Forgets the credentials and the client. `reason` is shown on the sign-in screen (e.g. after the signed-in token
   * was disabled from this console).
   */
  signOut(reason?: string): void;
  /** Why the last session ended, when it did not end by the user's choice; cleared by the next sign-in. */
  notice: string | undefined;
  /**
   * Keeps the session on a new key of the same token (after renewing or rotating the token the console is signed in
   * with): the old key may stop working at once.
   */
  replaceKey(apiKey: string): void;
  /** True when `tokenId` is the token this session is signed in with. */
  isSignedInWith(tokenId: string): boolean;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

/** The client a console session uses for a key. */
export function clientFor(credentials: Credentials): ConnectClient {
  return createClient({
    endpoint: credentials.endpoint,
    apiKey: credentials.apiKey,
    // The console is the operator's own tool and the key is the operator's own, typed in by them and kept only in
    // this tab's sessionStorage; that is the case the SDK's browser guard asks callers to opt into.
    dangerouslyAllowBrowser: true,
    timeoutMs: 30_000,
    userAgent: 'connect-tokens-console',
  });
}

async function openSession(credentials: Credentials): Promise<Session> {
  const client = clientFor(credentials);
  const context = await client.whoami();
  return { client, endpoint: client.endpoint, context };
}

/** Provides the session to the app; restores a session stored in this tab. */
export function SessionProvider({ children }: { children: ReactNode }): ReactNode {
  const [session, setSession] = useState<Session | undefined>();
  const [restoring, setRestoring] = useState(() => loadCredentials() !== undefined);
  const [notice, setNotice] = useState<string | undefined>();

  useEffect(() => {
    const stored = loadCredentials();
    if (!stored) return;
    let cancelled = false;
    openSession(stored)
      .then((opened) => {
        if (!cancelled) setSession(opened);
      })
      .catch((error: unknown) => {
        // A key the server refuses (rotated, deleted, emulator restarted) is forgotten; after any other failure (API
        // unreachable for a moment) the sign-in screen shows and the next reload tries the stored key again.
        if (!cancelled && error instanceof AuthenticationError) clearCredentials();
      })
      .finally(() => {
        if (!cancelled) setRestoring(false);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const signIn = useCallback(async (credentials: Credentials) => {
    const opened = await openSession(credentials);
    saveCredentials({ endpoint: opened.endpoint, apiKey: credentials.apiKey });
    setNotice(undefined);
    setSession(opened);
  }, []);

  const signOut = useCallback((reason?: string) => {
    clearCredentials();
    setNotice(reason);
    setSession(undefined);
  }, []);

  const replaceKey = useCallback((apiKey: string) => {
    setSession((current) => {
      if (!current) return current;
      saveCredentials({ endpoint: current.endpoint, apiKey });
      return { ...current, client: clientFor({ endpoint: current.endpoint, apiKey }) };
    });
  }, []);

  const isSignedInWith = useCallback((tokenId: string) => session?.context.token?.id === tokenId, [session]);

  const value = useMemo(
    () => ({ session, restoring, signIn, signOut, notice, replaceKey, isSignedInWith }),
    [session, restoring, signIn, signOut, notice, replaceKey, isSignedInWith],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session state (shell and sign-in screen). */
export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession() must be used inside <SessionProvider>');
  return state;
}

/** The signed-in SDK client. Screens are only rendered while signed in, so this never lacks one there. */
export function useClient(): ConnectClient {
  const { session } = useSession();
  if (!session)
    throw new Error('useClient() needs a signed-in session; screens render only inside the signed-in shell');
  return session.client;
}
