import { readFile } from "node:fs/promises";
import path from "node:path";
import { readCsv } from "./read-csv.ts";
import { readOds } from "./read-ods.ts";
import { readXlsx } from "./read-xlsx.ts";
import type { Sheet } from "./sheet.ts";

export const SHEET_EXTENSIONS = [".xlsx", ".csv", ".ods"] as const;

/** Reads a spreadsheet by its extension: .xlsx (exceljs), .csv (csv-parse) or .ods. */
export async function readSheet(file: string, sheetName?: string): Promise<Sheet> {
  const content = await readFile(file);
  const extension = path.extname(file).toLowerCase();
  const shown = file.split(path.sep).join("/");
  if (extension === ".xlsx") return readXlsx(shown, content, sheetName);
  if (extension === ".ods") return readOds(shown, content, sheetName);
  if (extension === ".csv") return readCsv(shown, path.basename(file, path.extname(file)), content);
  throw new Error(`${shown}: cannot read ${extension || "a file without extension"}; save the sheet as .xlsx, .ods or .csv`);
}
