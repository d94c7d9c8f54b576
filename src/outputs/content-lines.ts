import { readFileSync } from "node:fs";
import path from "node:path";
import { parseMarkdownFile } from "../content/source-file.ts";

/**
 * The line of a front matter field in a content file, for a problem an output finds (a card's
 * text too long, a flyer's stops cut short). Found only when there is a problem: it reads the file again.
 */
export function lineOf(file: string, fieldPath: PropertyKey[]): number {
  try {
    const absolute = path.resolve(file);
    return parseMarkdownFile(file, absolute, readFileSync(absolute, "utf8")).lineOf(fieldPath);
  } catch {
    return 1;
  }
}
