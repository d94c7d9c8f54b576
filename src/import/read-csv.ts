import { parse } from "csv-parse/sync";
import { compactRows, type Sheet } from "./sheet.ts";

/**
 * A CSV file, UTF-8 with or without a byte order mark. The delimiter is taken from the
 * header line: Excel in Flanders and the Netherlands saves CSV with ";" (the comma is the
 * decimal sign there), elsewhere with ",".
 */
export function readCsv(file: string, name: string, content: Buffer | string): Sheet {
  const text = (typeof content === "string" ? content : content.toString("utf8")).replace(/^\uFEFF/, "");
  const records: string[][] = parse(text, {
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    skip_empty_lines: false,
  });
  return { file, name, rows: compactRows(records.map((cells, index) => ({ number: index + 1, cells }))) };
}

/** The delimiter that occurs most often in the first line, outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[",", 0], [";", 0], ["\t", 0]]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  const [delimiter, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? delimiter : ",";
}
