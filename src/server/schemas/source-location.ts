import { z } from "zod";

/** src/domain/diagnostic.ts: which fields are set depends on the file's format. */
export const sourceLocationSchema = z
  .object({
    file: z.string(),
    sheet: z.string().optional().meta({ description: "Excel sheet name" }),
    table: z.number().int().optional().meta({ description: "1-based table in a Word document" }),
    row: z.number().int().optional().meta({
      description: "1-based: the sheet row in Excel, the table row in Word, the record in CSV",
    }),
    column: z.number().int().optional().meta({ description: "1-based column in the table" }),
    cell: z.string().optional().meta({ description: 'Excel-style reference, e.g. "E5"' }),
    paragraph: z.number().int().optional().meta({
      description: "1-based paragraph of the document body outside tables (Word, HTML)",
    }),
    line: z.number().int().optional().meta({ description: "1-based line in a text or CSV file" }),
    field: z.string().optional().meta({ description: "The column header of the cell (完成时限)" }),
    text: z.string().optional().meta({ description: "The text at fault, as written" }),
  })
  .meta({ id: "SourceLocation", description: "Where in the file something was found" });
