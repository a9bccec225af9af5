import { Spin } from "antd";
import { Suspense } from "react";
import { BrowserRouter } from "react-router";
import { LanguageProvider } from "./i18n.js";
import { LoginPage } from "./LoginPage.js";
import { PlanProvider } from "./plan-context.js";
import { SessionProvider, useSessionLoader } from "./session.js";
import { lazyPage } from "./common/lazy-page.js";

/** Loaded after logging in: the login page does not wait for the menu, the header and the router's screens. */
const AppShell = lazyPage(() => import("./AppShell.js").then((m) => m.AppShell));

/** The code step after the password: a chunk of its own, loaded only when a session waits for it. */
const SecondFactorPage = lazyPage(() =>
  import("./second-factor/SecondFactorPage.js").then((m) => m.SecondFactorPage),
);

/** A milestone link's page (/link/{token}): no session, no menu, a chunk of its own. */
const LinkPage = lazyPage(() => import("./link/LinkPage.js").then((m) => m.LinkPage));

/** The link's secret when the address is a link's page, else null. */
const linkToken = (pathname: string): string | null => {
  const match = /^\/link\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] === undefined ? null : decodeURIComponent(match[1]);
};

const Gate = () => {
  const { session, adopt, refresh, logOut } = useSessionLoader();
  if (session === undefined) return <Spin fullscreen />;
  if (session === null) return <LoginPage onLogin={adopt} />;
  if (session.secondFactor !== null) {
    return (
      <Suspense fallback={<Spin fullscreen />}>
        <SecondFactorPage session={session} onPassed={adopt} onCancel={logOut} />
      </Suspense>
    );
  }
  return (
    <SessionProvider value={{ session, refresh, logOut }}>
      <PlanProvider>
        <Suspense fallback={<Spin fullscreen />}>
          <AppShell />
        </Suspense>
      </PlanProvider>
    </SessionProvider>
  );
};

export const App = () => {
  const token = linkToken(window.location.pathname);
  return (
    <LanguageProvider>
      {token === null ? (
        <BrowserRouter>
          <Gate />
        </BrowserRouter>
      ) : (
        <Suspense fallback={<Spin fullscreen />}>
          <LinkPage token={token} />
        </Suspense>
      )}
    </LanguageProvider>
  );
};
