import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { api, onWrite } from "../api.js";
import type { InboxCounts } from "./waiting-items.js";

/** Counted again this often while the tab is shown; at once when it is shown again. */
const REFRESH_MS = 60_000;

const InboxContext = createContext<InboxCounts | undefined>(undefined);

/**
 * What waits for the logged-in user (GET /api/session/waiting), for the bell
 * and the menu's badges: asked once, after every write the app makes, and
 * every minute while the tab is visible.
 */
export const InboxProvider = ({ children }: { readonly children: ReactNode }) => {
  const [counts, setCounts] = useState<InboxCounts | undefined>(undefined);
  const refresh = useCallback(() => {
    // A failed count leaves the last one: the bell is a hint, the screens are the truth.
    api<InboxCounts>("GET", "/api/session/waiting").then(setCounts, () => undefined);
  }, []);
  useEffect(() => {
    refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") refresh();
    }, REFRESH_MS);
    const shown = () => {
      if (document.visibilityState === "visible") refresh();
    };
    document.addEventListener("visibilitychange", shown);
    const unsubscribe = onWrite(refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", shown);
      unsubscribe();
    };
  }, [refresh]);
  return <InboxContext.Provider value={counts}>{children}</InboxContext.Provider>;
};

/** The counts, or undefined until the first answer. */
export const useInbox = (): InboxCounts | undefined => useContext(InboxContext);
