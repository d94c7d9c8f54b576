import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_DIR } from "../helpers/cli.ts";

/** A temporary copy of the sample content folder: imports write there, never into the repository's. */
export function sampleContentCopy(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "schachtbok-import-"));
  const contentDir = path.join(folder, "content");
  cpSync(path.join(PROJECT_DIR, "content"), contentDir, { recursive: true });
  return contentDir;
}

export function scratchFolder(): string {
  return mkdtempSync(path.join(tmpdir(), "schachtbok-sheet-"));
}
