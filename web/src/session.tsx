import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { api, setCsrfToken, type Session } from "./api.js";

interface SessionState {
  readonly session: Session;
  readonly logOut: () => Promise<void>;
  /** Asks the server again, e.g. after the password changed. */
  readonly refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** undefined while asking the server, null when nobody is logged in. */
export const useSessionLoader = () => {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const adopt = useCallback((found: Session | null) => {
    setCsrfToken(found?.csrfToken ?? null);
    setSession(found);
  }, []);
  const refresh = useCallback(
    () =>
      // 204 (undefined) when nobody has logged in in this browser.
      api<Session | undefined>("GET", "/api/session").then(
        (found) => {
          adopt(found ?? null);
        },
        () => {
          adopt(null);
        },
      ),
    [adopt],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const logOut = useCallback(async () => {
    const ended = await api<{ logoutUrl: string } | undefined>("DELETE", "/api/session");
    // A provider's session ends at the provider too, which sends the browser back here.
    if (ended !== undefined) window.location.assign(ended.logoutUrl);
    else adopt(null);
  }, [adopt]);
  return { session, adopt, refresh, logOut };
};

export const SessionProvider = ({
  value,
  children,
}: {
  value: SessionState;
  children: ReactNode;
}) => <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;

/** The logged-in user; only inside the app shell, where someone is. */
export const useSession = (): SessionState => {
  const state = useContext(SessionContext);
  if (state === null) throw new Error("useSession outside SessionProvider");
  return state;
};

export const isOffice = (session: Session): boolean =>
  session.actor.role === "admin" || session.actor.role === "supervisor";
