import type { z } from "zod";
import { mapHeaders } from "./columns.ts";
import type { ImportProblem, ImportRecord } from "./record.ts";
import { columnLetter, isEmptyCell, type CellValue, type Sheet } from "./sheet.ts";

/**
 * The first row with values is the header; every later row becomes a record whose
 * values say their cell ("monumenten.xlsx:Blad1!D7").
 */
export function sheetRecords(sheet: Sheet, schema: z.ZodType): { records: ImportRecord[]; problems: ImportProblem[] } {
  const [header, ...rows] = sheet.rows;
  const at = (cell: string) => `${sheet.file}:${sheet.name}!${cell}`;
  if (!header) return { records: [], problems: [{ where: sheet.file, field: "", severity: "error", message: "the sheet is empty", hint: "the first row names the fields (titel, gemeente, ...), each next row is a monument" }] };
  const { columns, problems } = mapHeaders(
    header.cells.map((cell) => (cell === undefined ? undefined : String(cell))),
    schema,
    (column) => at(`${columnLetter(column)}${header.number}`),
  );
  const records = rows.map((row): ImportRecord => {
    const record: ImportRecord = { where: at(String(row.number)), values: [], problems: [] };
    row.cells.forEach((cell: CellValue | undefined, column) => {
      const target = columns[column];
      if (!target || isEmptyCell(cell)) return;
      const where = at(`${columnLetter(column)}${row.number}`);
      if ("body" in target) record.body = { text: String(cell).trim(), where };
      else if ("fileName" in target) record.fileName = { name: String(cell).trim(), where };
      else record.values.push({ path: target.field, value: typeof cell === "string" ? cell.trim() : cell, where });
    });
    return record;
  });
  return { records, problems };
}
