import path from "node:path";
import { loadSite } from "../content/load.ts";
import { formatProblem, type ContentProblem } from "../content/problems.ts";

// The editor's check of a save (POST /api/check of src/cms/edit-server.ts): the whole content
// folder validated as `npm run check` validates it, with the saved file as it would be written.

export interface SaveToCheck {
  /** Absolute path of the file the save writes. */
  file: string;
  /** Its text after the save. */
  text: string;
  /** Absolute paths of files uploaded with the save (not on disk yet). */
  uploads: string[];
}

/**
 * The problems a save would cause: those of the saved file, and those it causes in
 * other files (a route whose stop it removes); problems other files had before are not its.
 */
export async function checkSave(contentDir: string, save: SaveToCheck): Promise<ContentProblem[]> {
  const [before, after] = await Promise.all([loadSite(contentDir), loadSite(contentDir, { overlay: new Map([[save.file, save.text]]) })]);
  const known = new Set(before.problems.filter((problem) => path.resolve(problem.file) !== save.file).map(formatProblem));
  const uploads = new Set(save.uploads);
  return after.problems.filter((problem) => {
    if (path.resolve(problem.file) !== save.file) return !known.has(formatProblem(problem));
    const missing = /^file "(.+)" does not exist$/.exec(problem.message);
    if (!missing) return true;
    const reference = missing[1]!;
    const target = reference.startsWith("/") ? path.join(contentDir, reference) : path.resolve(path.dirname(save.file), reference);
    return !uploads.has(target);
  });
}
