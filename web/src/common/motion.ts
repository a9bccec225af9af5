/**
 * Whether the screen may move: not for people who ask for less motion, nor
 * for a browser driven by tests, where a click sent while a dialog still
 * zooms in lands beside its button.
 */
export const motionAllowed = (): boolean =>
  !navigator.webdriver && !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
