import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from "yaml";

// A pack's questions are written with their kind as the key that holds the question
// ("- open: Waarom ...?"). The editor's lists with several shapes (Decap's `types`) need a key
// naming the shape instead ("type: open"): it is added to what the editor reads and removed
// from what it saves, so files keep the documented format.

export type TypedLists = Record<string, { typeKey: string; kinds: readonly string[] }>;

/** The YAML text with `type: <kind>` added to every item of the typed lists, for the editor to read. */
export function addTypeKeys(yaml: string, lists: TypedLists): string {
  if (Object.keys(lists).length === 0) return yaml;
  const document = parseDocument(yaml, { schema: "core" });
  for (const [path, { typeKey, kinds }] of Object.entries(lists)) {
    for (const item of itemsAt(document.contents as Node, path.split("."))) {
      const kind = kinds.find((candidate) => item.has(candidate));
      if (kind && !item.has(typeKey)) item.set(typeKey, kind);
    }
  }
  return document.toString({ lineWidth: 0 });
}

function itemsAt(node: Node | null, path: string[]): YAMLMap[] {
  if (!node) return [];
  if (path.length === 0) return isSeq(node) ? (node.items.filter((item) => isMap(item)) as YAMLMap[]) : [];
  const [segment, ...rest] = path;
  if (segment === "*") return isSeq(node) ? node.items.flatMap((item) => itemsAt(item as Node, rest)) : [];
  if (!isMap(node)) return [];
  const pair = node.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === segment);
  return itemsAt((pair?.value as Node | undefined) ?? null, rest);
}

/** The editor's data without the shape keys, as it is written to the file. */
export function removeTypeKeys(data: Record<string, unknown>, lists: TypedLists): Record<string, unknown> {
  const strip = (value: unknown, path: string[], typeKey: string): unknown => {
    if (path.length === 0) {
      return Array.isArray(value) ? value.map((item) => (item && typeof item === "object" ? Object.fromEntries(Object.entries(item).filter(([key]) => key !== typeKey)) : item)) : value;
    }
    const [segment, ...rest] = path;
    if (segment === "*") return Array.isArray(value) ? value.map((item) => strip(item, rest, typeKey)) : value;
    if (!value || typeof value !== "object" || Array.isArray(value)) return value;
    const record = value as Record<string, unknown>;
    return segment! in record ? { ...record, [segment!]: strip(record[segment!], rest, typeKey) } : record;
  };
  let result: unknown = data;
  for (const [path, { typeKey }] of Object.entries(lists)) result = strip(result, path.split("."), typeKey);
  return result as Record<string, unknown>;
}
