/** A LIKE pattern (with `escape '\'`) for text anywhere in a column: `%`, `_`, `\` match themselves. */
export const containsPattern = (text: string): string =>
  `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
