import type { z } from "zod";
import { isMap, isScalar, isSeq, parseDocument, Document, type Pair, type YAMLMap } from "yaml";
import { allowedKeys } from "../validate.ts";

// Content files written by a program look like those a person writes: front matter in
// the schema's key order (the order of the authoring guide), lists of names on one line,
// long texts on one line, then the Markdown text.

const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A new content file: `---`, the fields in schema order, `---`, the text. */
export function entryFileText(schema: z.ZodType, data: Record<string, unknown>, body = ""): string {
  const document = new Document(inSchemaOrder(schema, data, []));
  flowScalarLists(document.contents);
  const text = body.trim();
  return `---\n${document.toString(TO_STRING)}---\n${text ? `${text}\n` : ""}`;
}

function inSchemaOrder(schema: z.ZodType, value: unknown, path: string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => inSchemaOrder(schema, item, path));
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  const order = allowedKeys(schema, path);
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  entries.sort(([a], [b]) => rank(order, a) - rank(order, b));
  return Object.fromEntries(entries.map(([key, item]) => [key, inSchemaOrder(schema, item, [...path, key])]));
}

function rank(order: string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

/** `stories: [a, b]` as in the authoring guide, rather than one "- a" line each. */
function flowScalarLists(node: unknown): void {
  if (isMap(node)) for (const pair of node.items) flowScalarLists(pair.value);
  if (isSeq(node)) {
    if (node.items.every((item) => isScalar(item))) node.flow = true;
    else for (const item of node.items) flowScalarLists(item);
  }
}

export interface FieldChange {
  path: string[];
  value: unknown;
  /** Leave a value the file already has. */
  onlyIfMissing?: boolean;
}

/**
 * Changes some fields of an existing content file and nothing else: other fields, their
 * comments, quoting and order stay byte for byte (the `yaml` Document API keeps them). A
 * field the file lacks is added where the schema's order puts it. Returns the new text and
 * the fields that changed.
 */
export function updateEntryText(schema: z.ZodType, text: string, changes: FieldChange[], body?: string): { text: string; changed: string[] } {
  const match = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?\r?\n)?(---[ \t]*(?:\r?\n|$))([\s\S]*)$/.exec(text);
  if (!match) throw new Error("the file does not start with front matter");
  const [, open, frontMatter = "", close, oldBody = ""] = match;
  const document: Document = parseDocument(frontMatter);
  if (document.errors.length > 0) throw new Error(`its front matter cannot be read: ${document.errors[0]!.message.split("\n")[0]}`);
  if (!isMap(document.contents)) document.contents = document.createNode({});
  const changed: string[] = [];
  for (const change of changes) {
    if (setField(document, schema, change)) changed.push(change.path.join("."));
  }
  let newBody = oldBody;
  if (body !== undefined && body.trim() !== "" && body.trim() !== oldBody.trim()) {
    newBody = `${body.trim()}\n`;
    changed.push("text");
  }
  if (changed.length === 0) return { text, changed };
  return { text: `${open}${document.toString(TO_STRING)}${close}${newBody}`, changed };
}

function setField(document: Document, schema: z.ZodType, change: FieldChange): boolean {
  let map = document.contents as YAMLMap;
  for (let index = 0; index < change.path.length; index++) {
    const key = change.path[index]!;
    const last = index === change.path.length - 1;
    let pair = map.items.find((item) => isScalar(item.key) && item.key.value === key) as Pair<unknown, unknown> | undefined;
    if (pair && last) {
      const current = isScalar(pair.value) || isSeq(pair.value) || isMap(pair.value) ? pair.value.toJSON() : pair.value;
      if (change.onlyIfMissing && current !== null && current !== undefined) return false;
      if (JSON.stringify(current) === JSON.stringify(change.value)) return false;
      const node = document.createNode(change.value);
      flowScalarLists(node);
      pair.value = node;
      return true;
    }
    if (!pair) {
      const value = last ? document.createNode(change.value) : document.createNode({});
      flowScalarLists(value);
      pair = document.createPair(key, value) as Pair<unknown, unknown>;
      const order = allowedKeys(schema, change.path.slice(0, index));
      const at = map.items.findIndex((item) => isScalar(item.key) && rank(order, String(item.key.value)) > rank(order, key));
      map.items.splice(at === -1 ? map.items.length : at, 0, pair);
      if (last) return true;
    }
    if (!isMap(pair.value)) {
      pair.value = document.createNode({});
    }
    map = pair.value as YAMLMap;
  }
  return false;
}
