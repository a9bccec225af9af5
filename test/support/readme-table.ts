/** Where README "### Configuration"'s table is: from its first line to the line after its last. */
export const configurationTableSpan = (readme: string): { start: number; end: number } => {
  const heading = readme.indexOf("\n### Configuration\n");
  const start = readme.indexOf("\n|", heading) + 1;
  if (heading < 0 || start <= 0) throw new Error('README has no "### Configuration" table');
  const after = readme.slice(start).search(/\n(?!\|)/);
  return { start, end: start + after + 1 };
};

/** The table's rows, header and separator left out, each cell trimmed. */
export const tableRows = (table: string): string[][] =>
  table
    .trim()
    .split("\n")
    .slice(2)
    .map((row) =>
      row
        .replace(/^\|\s*|\s*\|$/g, "")
        .split(/\s+\|\s+/)
        .map((cell) => cell.trim()),
    );
