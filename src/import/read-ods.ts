import { DOMParser, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { compactRows, type CellValue, type Sheet, type SheetRow } from "./sheet.ts";

// OpenDocument spreadsheets (LibreOffice, and Excel's "Save as .ods") are a ZIP file with the
// cells in content.xml. Reading that XML directly keeps us off SheetJS's npm release (0.18.5,
// with known advisories and no fixed version on npm) and needs no new dependency.
const TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

/** Repeated empty rows and columns at the end of a sheet are not expanded beyond this. */
const MAX_REPEAT = 10_000;

export function readOds(file: string, content: Uint8Array, sheetName?: string): Sheet {
  const zip = unzipSync(content, { filter: (entry) => entry.name === "content.xml" });
  const xml = zip["content.xml"];
  if (!xml) throw new Error(`${file} is not an OpenDocument spreadsheet (no content.xml)`);
  const document = new DOMParser().parseFromString(strFromU8(xml), "text/xml");
  const tables = Array.from(document.getElementsByTagNameNS(TABLE, "table"));
  const table = sheetName ? tables.find((candidate) => candidate.getAttributeNS(TABLE, "name") === sheetName) : tables[0];
  if (!table) {
    const names = tables.map((candidate) => candidate.getAttributeNS(TABLE, "name"));
    throw new Error(sheetName ? `${file} has no sheet "${sheetName}" (it has ${names.join(", ")})` : `${file} has no sheets`);
  }
  const rows: SheetRow[] = [];
  let number = 1;
  for (const row of Array.from(table.getElementsByTagNameNS(TABLE, "table-row"))) {
    const repeat = Number(row.getAttributeNS(TABLE, "number-rows-repeated") || 1);
    const cells = readCells(row);
    if (cells.some((cell) => cell !== undefined)) {
      for (let copy = 0; copy < Math.min(repeat, MAX_REPEAT); copy++) rows.push({ number: number + copy, cells });
    }
    number += repeat;
  }
  return { file, name: table.getAttributeNS(TABLE, "name") ?? "Sheet1", rows: compactRows(rows) };
}

function readCells(row: Element): (CellValue | undefined)[] {
  const cells: (CellValue | undefined)[] = [];
  for (let child = row.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue;
    const cell = child as Element;
    if (cell.namespaceURI !== TABLE || (cell.localName !== "table-cell" && cell.localName !== "covered-table-cell")) continue;
    const repeat = Number(cell.getAttributeNS(TABLE, "number-columns-repeated") || 1);
    const value = cellValue(cell);
    if (value === undefined) {
      cells.length += repeat > MAX_REPEAT ? 0 : repeat;
      continue;
    }
    for (let copy = 0; copy < Math.min(repeat, MAX_REPEAT); copy++) cells.push(value);
  }
  return cells;
}

function cellValue(cell: Element): CellValue | undefined {
  const type = cell.getAttributeNS(OFFICE, "value-type");
  if (type === "float" || type === "percentage" || type === "currency") return Number(cell.getAttributeNS(OFFICE, "value"));
  if (type === "boolean") return cell.getAttributeNS(OFFICE, "boolean-value") === "true";
  if (type === "date") {
    const value = cell.getAttributeNS(OFFICE, "date-value") ?? "";
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value;
  }
  const paragraphs = Array.from(cell.getElementsByTagNameNS(TEXT, "p")).map((paragraph) => paragraph.textContent ?? "");
  return paragraphs.length > 0 ? paragraphs.join("\n") : undefined;
}
