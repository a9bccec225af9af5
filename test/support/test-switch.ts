/**
 * A 0/1 switch for a group of tests that needs something from outside Node
 * (Chromium, LibreOffice): on unless set to 0, and a typo fails loudly
 * rather than silently skipping.
 */
export const testSwitch = (name: string, what: string): boolean => {
  const value = process.env[name];
  if (value === undefined || value === "" || value === "1") return true;
  if (value === "0") return false;
  throw new Error(`${name} is "${value}": 1 (the default) ${what}, 0 skips that`);
};
