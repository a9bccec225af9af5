import { lazy, type ComponentType } from "react";

const RELOADED_KEY = "duban.reloadedForNewVersion";

/**
 * A screen loaded when first opened. A tab opened before an upgrade asks
 * for chunk names the server no longer has: the page is then reloaded once
 * to pick up the new version, instead of failing on every later screen.
 */
export const lazyPage = <Props extends object>(load: () => Promise<ComponentType<Props>>) =>
  lazy(async () => {
    try {
      const page = await load();
      sessionStorage.removeItem(RELOADED_KEY);
      return { default: page };
    } catch (error) {
      if (sessionStorage.getItem(RELOADED_KEY) === null) {
        sessionStorage.setItem(RELOADED_KEY, "1");
        window.location.reload();
      }
      throw error;
    }
  });
