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

const Gate = () => {
  const { session, adopt, refresh, logOut } = useSessionLoader();
  if (session === undefined) return <Spin fullscreen />;
  if (session === null) return <LoginPage onLogin={adopt} />;
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

export const App = () => (
  <LanguageProvider>
    <BrowserRouter>
      <Gate />
    </BrowserRouter>
  </LanguageProvider>
);
