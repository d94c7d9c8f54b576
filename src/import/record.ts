import type { Severity } from "../content/problems.ts";

// What both imports (a spreadsheet, the heritage inventory) hand to the same next steps:
// one record per row or object, with the fields it sets and where each came from.

/** A value for one field of the front matter, with the cell (or property) it came from. */
export interface ImportedValue {
  /** Field path in the schema, e.g. ["location", "lat"]. */
  path: string[];
  value: unknown;
  /** Where the value is in the source, e.g. "monumenten.xlsx:Blad1!D7". */
  where: string;
  /** Set only when the existing file has no value here (--update never overwrites it). */
  onlyIfMissing?: boolean;
}

export interface ImportRecord {
  /** Where the record is as a whole, e.g. "monumenten.xlsx:Blad1!7" or "export.geojson:feature 2". */
  where: string;
  values: ImportedValue[];
  /** Markdown text after the front matter. */
  body?: { text: string; where: string; onlyIfNew?: boolean };
  /** A file name asked for in the source (a "bestand" column); else it comes from the title. */
  fileName?: { name: string; where: string };
  /** The inventory ID, to find an existing file of the same object. */
  erfgoedobject?: number;
  /** Problems found while reading the record. */
  problems: ImportProblem[];
}

/** A problem in the imported file: `where field: message (hint)`, like a content problem. */
export interface ImportProblem {
  where: string;
  field: string;
  message: string;
  hint?: string;
  severity: Severity;
}

export function formatImportProblem(problem: ImportProblem): string {
  const field = problem.field ? ` ${problem.field}:` : "";
  const prefix = problem.severity === "warning" ? " warning:" : "";
  const hint = problem.hint ? ` (${problem.hint})` : "";
  return `${problem.where}${field}${prefix} ${problem.message}${hint}`;
}
