/**
 * A value written into an LDAP search filter, escaped as RFC 4515 says:
 * `*`, `(`, `)`, `\` and NUL become `\2a`, `\28`, `\29`, `\5c`, `\00`, so a
 * typed username such as `*)(uid=*` matches only itself and never widens
 * or ends the filter it is put in.
 */
export const escapeFilterValue = (value: string): string =>
  // eslint-disable-next-line no-control-regex -- NUL is one of the characters to escape
  value.replace(/[*()\\\u0000]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, "0")}`);

/** The configured filter with every `{username}` replaced by the escaped username. */
export const personFilter = (template: string, username: string): string =>
  template.split("{username}").join(escapeFilterValue(username));
