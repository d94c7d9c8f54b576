import { CORE_SCHEMA, load } from "js-yaml";
import { isMap, isPair, isScalar, isSeq, parseDocument, Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from "yaml";

// The editor (Decap CMS) writes a whole file on every save, in its own style. Staff and
// `git diff` expect an edit to change only what was edited: the new values are merged into
// the file as it is on disk, and every top-level field that did not change keeps its lines
// byte for byte (comments, quotes, flow lists, line breaks). Pure: text in, text out.

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** Front matter (as YAML text) and body of a Markdown file; for a YAML file, all of it is front matter. */
export function splitFile(text: string, format: "frontmatter" | "yaml"): { yaml: string; body: string } {
  if (format === "yaml") return { yaml: text, body: "" };
  const match = FRONT_MATTER.exec(text);
  return match ? { yaml: match[1] === "" ? "" : `${match[1]}\n`, body: match[2]! } : { yaml: "", body: text };
}

export function parseData(yaml: string): Record<string, unknown> {
  const data = load(yaml, { schema: CORE_SCHEMA });
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/**
 * The file to write: `edited` (the editor's whole new text) merged into `existing` (the file on
 * disk, or undefined for a new file). Fields left empty in the form are left out.
 */
export function mergeFile(
  existing: string | undefined,
  edited: string,
  format: "frontmatter" | "yaml",
  transform: (data: Record<string, unknown>) => Record<string, unknown> = (data) => data,
  /** Top-level lists translated by position (a translation's images): an empty item keeps its place as {}. */
  positional: readonly string[] = [],
): string {
  const next = splitFile(edited, format);
  const data = cleanKeepingPlaces(transform(parseData(next.yaml)), positional);
  const old = existing === undefined ? undefined : splitFile(existing, format);
  const yaml = old === undefined ? stringify(new Document(data)) : mergeYaml(old.yaml, data, positional);
  if (format === "yaml") return yaml;
  const body = old !== undefined && old.body.trim() === next.body.trim() ? old.body : next.body.replace(/^\n+/, "");
  return `---\n${yaml}---\n${body}`;
}

/** `data` merged into the YAML text `original`; unchanged top-level fields keep their lines. */
export function mergeYaml(original: string, data: Record<string, unknown>, positional: readonly string[] = []): string {
  const document = parseDocument(original, { schema: "core" });
  if (!isMap(document.contents)) return stringify(new Document(data));
  const before = segments(original, document);
  const map = document.contents as YAMLMap;
  const unchanged = new Set<string>();
  for (const pair of [...map.items]) {
    const key = keyOf(pair);
    if (!(key in data)) {
      // An empty field the form does not send back (stories: []) is not a change.
      if (clean(toJs(pair.value)) !== undefined) map.items.splice(map.items.indexOf(pair), 1);
      else unchanged.add(key);
    }
  }
  let previous = -1;
  for (const [key, value] of Object.entries(data)) {
    const index = map.items.findIndex((pair) => keyOf(pair) === key);
    if (index === -1) {
      map.items.splice(previous + 1, 0, document.createPair(key, value) as Pair<unknown, unknown>);
      previous += 1;
      continue;
    }
    previous = index;
    const pair = map.items[index]!;
    const old = toJs(pair.value);
    const samePlaces = !positional.includes(key) || !Array.isArray(value) || (Array.isArray(old) && old.length === value.length);
    if (samePlaces && equivalent(old, value)) unchanged.add(key);
    else pair.value = mergeNode(document, pair.value as Node | null, value);
  }
  const after = segments(stringify(document), undefined);
  const lines = map.items.map((pair) => {
    const key = keyOf(pair);
    return unchanged.has(key) && before.parts.has(key) ? before.parts.get(key)! : after.parts.get(key)!;
  });
  return before.prefix + lines.join("");
}

function mergeNode(document: Document, node: Node | null, value: unknown): Node {
  if (isMap(node) && isPlainObject(value)) {
    const map = node as YAMLMap;
    for (const pair of [...map.items]) {
      const key = keyOf(pair);
      if (!(key in value) && clean(toJs(pair.value)) !== undefined) map.items.splice(map.items.indexOf(pair), 1);
    }
    let previous = -1;
    for (const [key, child] of Object.entries(value)) {
      const index = map.items.findIndex((pair) => keyOf(pair) === key);
      if (index === -1) {
        map.items.splice(previous + 1, 0, document.createPair(key, child) as Pair<unknown, unknown>);
        previous += 1;
      } else {
        previous = index;
        const pair = map.items[index]!;
        if (!equivalent(toJs(pair.value), child)) pair.value = mergeNode(document, pair.value as Node | null, child);
      }
    }
    return map;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const seq = node as YAMLSeq;
    value.forEach((item, index) => {
      const existing = seq.items[index] as Node | undefined;
      if (existing === undefined) seq.items.push(document.createNode(item));
      else if (!equivalent(toJs(existing), item)) seq.items[index] = mergeNode(document, existing, item);
    });
    seq.items.splice(value.length);
    return seq;
  }
  if (isScalar(node) && (typeof value === "string" || typeof value === "number" || typeof value === "boolean")) {
    // Keeps the way it was written (quotes) where the new value allows it.
    node.value = value;
    return node;
  }
  return document.createNode(value);
}

/** The text of each top-level field, from its line to the next field's line. */
function segments(text: string, parsed: Document | undefined): { prefix: string; parts: Map<string, string> } {
  const document = parsed ?? parseDocument(text, { schema: "core" });
  const parts = new Map<string, string>();
  if (!isMap(document.contents)) return { prefix: text, parts };
  const items = (document.contents as YAMLMap).items;
  const lineStart = (offset: number) => text.lastIndexOf("\n", offset - 1) + 1;
  const starts = items.map((pair) => lineStart((pair.key as Node).range![0]));
  items.forEach((pair, index) => {
    const end = index + 1 < starts.length ? starts[index + 1]! : text.length;
    let part = text.slice(starts[index], end);
    if (!part.endsWith("\n")) part += "\n";
    parts.set(keyOf(pair), part);
  });
  return { prefix: text.slice(0, starts[0] ?? text.length), parts };
}

function stringify(document: Document): string {
  // One line per text, as people write them (no folding at 80 characters).
  return document.toString({ lineWidth: 0, minContentWidth: 0 });
}

function keyOf(pair: Pair<unknown, unknown>): string {
  return isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function toJs(node: unknown): unknown {
  return node && typeof node === "object" && "toJSON" in node ? (node as { toJSON(): unknown }).toJSON() : node;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `clean` of an entry's data, but the items of the `positional` lists keep their place: an empty one is {}. */
function cleanKeepingPlaces(data: Record<string, unknown>, positional: readonly string[]): Record<string, unknown> {
  const cleaned = (clean(data) as Record<string, unknown> | undefined) ?? {};
  for (const key of positional) {
    const list = data[key];
    if (!Array.isArray(list) || !(key in cleaned)) continue;
    cleaned[key] = list.map((item) => clean(item) ?? {});
  }
  return cleaned;
}

/** Leaves out what a form sends for an empty field: "", null, [], {} (recursively). */
export function clean(value: unknown): unknown {
  if (value === null || value === undefined || value === "") return undefined;
  if (Array.isArray(value)) {
    const items = value.map((item) => clean(item) ?? (typeof item === "object" ? undefined : item)).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).flatMap(([key, child]) => {
      const cleaned = clean(child);
      return cleaned === undefined ? [] : [[key, cleaned] as const];
    });
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

/** Equal after cleaning; 1923 and "1923" are the same value (the form has no year type). */
export function equivalent(a: unknown, b: unknown): boolean {
  const left = clean(a);
  const right = clean(b);
  if (Array.isArray(left) && Array.isArray(right)) return left.length === right.length && left.every((item, index) => equivalent(item, right[index]));
  if (isPlainObject(left) && isPlainObject(right)) {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    return [...keys].every((key) => equivalent(left[key], right[key]));
  }
  if (left === undefined || right === undefined) return left === right;
  if (typeof left === "object" || typeof right === "object") return false;
  return String(left) === String(right);
}
