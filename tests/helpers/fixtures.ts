import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

export function fixture(relative: string): string {
  return readFileSync(path.join(FIXTURES, relative), "utf8");
}
