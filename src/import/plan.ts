import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { displayPath, slugify, TRANSLATION_NAME } from "../content/collections.ts";
import { entryFileText, updateEntryText } from "../content/authoring/entry-file.ts";
import { SLUG_PATTERN } from "../content/schemas/common.ts";
import { parseMarkdownFile } from "../content/source-file.ts";
import { checkEntry, convertValue, recordData } from "./entry.ts";
import type { ImportProblem, ImportRecord } from "./record.ts";

// What an import would do with each record: create a file, update one (--update), or
// leave an existing one alone; and every problem. Nothing is written here.

export type ImportAction =
  | { kind: "create"; file: string; absolutePath: string; title: string; text: string }
  | { kind: "update"; file: string; absolutePath: string; title: string; text: string; changed: string[] }
  | { kind: "unchanged"; file: string; title: string }
  | { kind: "exists"; file: string; title: string; reason: string }
  | { kind: "skipped"; where: string; title: string };

export interface ImportPlan {
  actions: ImportAction[];
  problems: ImportProblem[];
}

export interface ExistingEntry {
  slug: string;
  absolutePath: string;
  erfgoedobject?: number;
}

export interface PlanOptions {
  schema: z.ZodType;
  /** content/monuments (or another collection's folder). */
  folder: string;
  municipalities: readonly string[];
  update: boolean;
}

/** The entries in a collection folder (subfolders too; drafts and translations left out). */
export function existingEntries(folder: string): ExistingEntry[] {
  let names: string[];
  try {
    names = readdirSync(folder, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith(".md") && !name.split(path.sep).some((part) => part.startsWith("_") || part.startsWith(".")))
    .map((name) => path.join(folder, name))
    .filter((absolutePath) => !TRANSLATION_NAME.test(path.basename(absolutePath, ".md")))
    .sort()
    .map((absolutePath) => {
      const source = parseMarkdownFile(displayPath(absolutePath), absolutePath, readFileSync(absolutePath, "utf8"));
      const id = (source.data as { protection?: { erfgoedobject?: unknown } } | undefined)?.protection?.erfgoedobject;
      return { slug: path.basename(absolutePath, ".md"), absolutePath, erfgoedobject: typeof id === "number" ? id : undefined };
    });
}

export function planImport(records: ImportRecord[], existing: ExistingEntry[], options: PlanOptions): ImportPlan {
  const { schema } = options;
  const actions: ImportAction[] = [];
  const problems: ImportProblem[] = [];
  const bySlug = new Map(existing.map((entry) => [entry.slug, entry]));
  const byId = new Map(existing.flatMap((entry) => (entry.erfgoedobject === undefined ? [] : [[entry.erfgoedobject, entry] as const])));
  const claimed = new Map<string, string>();

  for (const record of records) {
    problems.push(...record.problems);
    const data = recordData(schema, record);
    const municipality = options.municipalities.find((name) => typeof data.municipality === "string" && name.toLowerCase() === data.municipality.trim().toLowerCase());
    if (municipality) data.municipality = municipality;
    const title = typeof data.title === "string" ? data.title : "";
    const titleCell = record.values.find((value) => value.path.join(".") === "title")?.where ?? record.where;
    const slug = record.fileName ? record.fileName.name.replace(/\.md$/i, "") : slugify(title);
    if (record.fileName && !SLUG_PATTERN.test(slug)) {
      problems.push({ where: record.fileName.where, field: "file", severity: "error", message: `"${slug}" cannot be used as a file name`, hint: `lowercase letters, digits and hyphens, e.g. ${slugify(slug) || "sint-barbarakerk"}` });
      actions.push({ kind: "skipped", where: record.where, title });
      continue;
    }
    const id = (data.protection as { erfgoedobject?: unknown } | undefined)?.erfgoedobject;
    const sameObject = typeof id === "number" ? byId.get(id) : undefined;
    const existingEntry = sameObject ?? (slug ? bySlug.get(slug) : undefined);

    if (existingEntry) {
      const file = displayPath(existingEntry.absolutePath);
      const reason = sameObject ? `same erfgoedobject ${String(id)}` : "same file name";
      const text = readFileSync(existingEntry.absolutePath, "utf8");
      let updated: { text: string; changed: string[] };
      try {
        const changes = record.values.map((value) => ({ path: value.path, value: convertValue(schema, value), onlyIfMissing: value.onlyIfMissing }));
        updated = updateEntryText(schema, text, changes, record.body?.onlyIfNew ? undefined : record.body?.text);
      } catch (error) {
        problems.push({ where: file, field: "", severity: "error", message: `cannot be updated: ${(error as Error).message}`, hint: "run npm run check and fix the file first" });
        actions.push({ kind: "skipped", where: record.where, title });
        continue;
      }
      const merged = parseMarkdownFile(file, existingEntry.absolutePath, updated.text).data ?? {};
      const check = checkEntry(schema, merged, record, options.municipalities);
      problems.push(...check.problems);
      if (check.value === undefined) actions.push({ kind: "skipped", where: record.where, title });
      else if (!options.update) actions.push({ kind: "exists", file, title, reason });
      else if (updated.changed.length === 0) actions.push({ kind: "unchanged", file, title });
      else actions.push({ kind: "update", file, absolutePath: existingEntry.absolutePath, title, text: updated.text, changed: updated.changed });
      continue;
    }

    const check = checkEntry(schema, data, record, options.municipalities);
    problems.push(...check.problems);
    const earlier = slug ? claimed.get(slug) : undefined;
    if (earlier) {
      problems.push({
        where: record.fileName?.where ?? titleCell,
        field: record.fileName ? "file" : "title",
        severity: "error",
        message: `the file name "${slug}" is already used by ${earlier}`,
        hint: 'two pages cannot have the same address; change the title, or add a column "bestand" with another file name',
      });
      actions.push({ kind: "skipped", where: record.where, title });
      continue;
    }
    if (check.value === undefined || !slug) {
      actions.push({ kind: "skipped", where: record.where, title });
      continue;
    }
    claimed.set(slug, record.where);
    const absolutePath = path.join(options.folder, `${slug}.md`);
    actions.push({ kind: "create", file: displayPath(absolutePath), absolutePath, title, text: entryFileText(schema, data, record.body?.text) });
  }
  return { actions, problems };
}
