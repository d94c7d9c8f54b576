// A spreadsheet as the import reads it: one sheet, its rows with their numbers as the
// spreadsheet program shows them, and cells that are text, numbers, dates or true/false.

export type CellValue = string | number | boolean | Date;

export interface SheetRow {
  /** 1-based, as shown in the spreadsheet program. */
  number: number;
  /** Cell values by 0-based column; undefined for an empty cell. */
  cells: (CellValue | undefined)[];
}

export interface Sheet {
  /** The file as given on the command line, e.g. monumenten.xlsx. */
  file: string;
  /** The sheet's name ("Blad1"); for a CSV file the file name without its extension. */
  name: string;
  /** Rows that hold at least one value, in order. */
  rows: SheetRow[];
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** An empty string or whitespace counts as an empty cell. */
export function isEmptyCell(value: CellValue | undefined): value is undefined {
  return value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Drops empty cells at the end and rows without any value. */
export function compactRows(rows: SheetRow[]): SheetRow[] {
  return rows
    .map((row) => {
      const cells = row.cells.map((cell) => (isEmptyCell(cell) ? undefined : cell));
      while (cells.length > 0 && cells.at(-1) === undefined) cells.pop();
      return { number: row.number, cells };
    })
    .filter((row) => row.cells.length > 0);
}
