import type { z } from "zod";
import type { ContentProblem } from "../content/problems.ts";
import { didYouMean } from "../content/suggest.ts";
import { validate } from "../content/validate.ts";
import { dutchWordsFor } from "../i18n/nl.ts";
import type { ImportedValue, ImportProblem, ImportRecord } from "./record.ts";

// A record's values turned into front matter: each cell converted to what the schema
// expects where that is unambiguous (a decimal comma, a Dutch label, a date cell), then
// the whole entry validated with the content schema, so a bad cell gets the words
// `npm run check` uses, at the cell's address.

/** The schema node at a field path, unwrapped from optional/default. */
export function schemaAt(schema: z.ZodType, path: readonly string[]): { type: string; entries?: string[] } | undefined {
  let node = unwrap(schema);
  for (const segment of path) {
    const def = node?._zod.def;
    if (def?.type !== "object") return undefined;
    node = unwrap((def.shape as Record<string, ZodNode>)[segment]);
  }
  const def = node?._zod.def;
  if (!def) return undefined;
  return { type: def.type as string, entries: def.type === "enum" ? Object.values(def.entries as Record<string, string>) : undefined };
}

type ZodNode = { _zod: { def: Record<string, unknown> } } | undefined;
function unwrap(node: unknown): ZodNode {
  let current = node as ZodNode;
  for (let depth = 0; depth < 10 && current; depth++) {
    const def = current._zod.def;
    if (def.type === "optional" || def.type === "default" || def.type === "nullable" || def.type === "prefault") current = def.innerType as ZodNode;
    else break;
  }
  return current;
}

/** A cell's value as the field wants it; left as written when it cannot be converted, so validation explains. */
export function convertValue(schema: z.ZodType, imported: ImportedValue): unknown {
  const target = schemaAt(schema, imported.path);
  const value = imported.value;
  const field = imported.path.join(".");
  if (!target) return value;
  if (target.type === "number") {
    if (typeof value === "string") {
      if (field.endsWith("erfgoedobject") || field.endsWith("aanduidingsobject")) {
        const id = /(?:objecten\/)?(\d+)\/?$/.exec(value.trim());
        if (id) return Number(id[1]);
      }
      const number = value.trim().replace(/^(-?\d+),(\d+)$/, "$1.$2");
      if (/^-?\d+(\.\d+)?$/.test(number)) return Number(number);
    }
    return value;
  }
  if (target.type === "enum" && typeof value === "string") {
    const entries = target.entries ?? [];
    const lowered = value.trim().toLowerCase();
    const direct = entries.find((entry) => entry.toLowerCase() === lowered);
    if (direct) return direct;
    // A Dutch label or a word of one ("kerk", "bij benadering"), when it names one choice only.
    const dutch = dutchWordsFor().filter(([, choice]) => entries.includes(choice));
    const exact = dutch.find(([word]) => word === lowered);
    if (exact) return exact[1];
    const within = new Set(dutch.filter(([word]) => lowered.length >= 4 && word.includes(lowered)).map(([, choice]) => choice));
    return within.size === 1 ? [...within][0] : value;
  }
  if (target.type === "array" && typeof value === "string") {
    return value.split(/[,;\n]/).map((item) => item.trim()).filter((item) => item !== "");
  }
  if (value instanceof Date) {
    const day = value.toISOString().slice(0, 10);
    return target.type === "string" || target.type === "pipe" ? day : value;
  }
  if (target.type === "string" && (typeof value === "number" || typeof value === "boolean")) return String(value);
  return value;
}

/** Sets a value in nested plain objects. */
export function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const segment of path.slice(0, -1)) {
    if (typeof node[segment] !== "object" || node[segment] === null) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

export interface EntryCheck {
  /** The validated data, when valid. */
  value?: unknown;
  problems: ImportProblem[];
}

/**
 * Validates an entry's data (the record's values, or an existing file's data with them)
 * and says each problem at the cell of its field, or at the record when no cell has it.
 */
export function checkEntry(schema: z.ZodType, data: unknown, record: ImportRecord, municipalities: readonly string[]): EntryCheck {
  const source = { path: record.where, absolutePath: "", data, body: "", problems: [], lineOf: () => 0 };
  const { value, problems } = validate(schema, source);
  const cells = new Map(record.values.map((imported) => [imported.path.join("."), imported.where]));
  const located = problems.map((problem: ContentProblem): ImportProblem => ({
    where: cells.get(problem.field.replace(/\[\d+\]/g, "")) ?? record.where,
    field: problem.field,
    message: problem.message,
    hint: problem.hint,
    severity: problem.severity,
  }));
  const municipality = (data as { municipality?: unknown }).municipality;
  if (typeof municipality === "string" && municipalities.length > 0 && !municipalities.some((name) => name.toLowerCase() === municipality.toLowerCase())) {
    // The same words as the reference check of npm run check (src/content/references.ts).
    const suggestion = didYouMean(municipality, municipalities);
    located.push({
      where: cells.get("municipality") ?? record.where,
      field: "municipality",
      severity: "error",
      message: `"${municipality}" is not a municipality of this region`,
      hint: suggestion ? `did you mean "${suggestion}"?` : `use one of ${municipalities.join(", ")} (listed in content/site.yaml)`,
    });
  }
  return { value: located.some((problem) => problem.severity === "error") ? undefined : value, problems: located };
}

/** The record's values as front matter, in the order they came. */
export function recordData(schema: z.ZodType, record: ImportRecord): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const imported of record.values) setPath(data, imported.path, convertValue(schema, imported));
  return data;
}
