import ExcelJS from "exceljs";
import { compactRows, type CellValue, type Sheet, type SheetRow } from "./sheet.ts";

/** The first worksheet of an .xlsx file (or the one named `sheetName`), read with exceljs. */
export async function readXlsx(file: string, content: Buffer, sheetName?: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const worksheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!worksheet) {
    const names = workbook.worksheets.map((sheet) => sheet.name);
    throw new Error(sheetName ? `${file} has no sheet "${sheetName}" (it has ${names.join(", ")})` : `${file} has no sheets`);
  }
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: (CellValue | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = plainValue(cell.value);
    });
    rows.push({ number, cells: Array.from(cells) });
  });
  return { file, name: worksheet.name, rows: compactRows(rows) };
}

/** Rich text, hyperlinks and formulas as the value a person sees in the cell. */
function plainValue(value: ExcelJS.CellValue): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : plainValue(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  return undefined;
}
