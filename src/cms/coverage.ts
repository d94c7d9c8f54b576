import { z } from "zod";
import type { CmsField } from "./fields.ts";

// Every field of a content schema must have a field in the editor: otherwise staff could not
// fill it in, and an edit through the form could not keep it. tests/cms/config.test.ts runs this.

type JsonSchema = { type?: string; properties?: Record<string, JsonSchema>; additionalProperties?: JsonSchema | boolean; items?: JsonSchema; anyOf?: JsonSchema[] };

/** Paths ("stops[].questions[].open") of schema fields that have no editor field. */
export function missingEditorFields(schema: z.ZodType, fields: readonly CmsField[]): string[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const missing: string[] = [];
  visit(json, [[...fields]], "", missing);
  return missing;
}

function visit(json: JsonSchema, editorFieldLists: CmsField[][], prefix: string, missing: string[]): void {
  const objectLike = json.anyOf?.find((option) => option.type === "object" || option.type === "array") ?? json;
  if (objectLike.type === "array" && objectLike.items) return visit(objectLike.items, editorFieldLists, `${prefix}[]`, missing);
  // A map keyed by name (a site translation's municipalities): its values' fields, under any name.
  const values = objectLike.additionalProperties;
  if (objectLike.type === "object" && !objectLike.properties && values && typeof values === "object") return visit(values, editorFieldLists, `${prefix}.*`, missing);
  if (objectLike.type !== "object" || !objectLike.properties) return;
  for (const [name, property] of Object.entries(objectLike.properties)) {
    const path = prefix ? `${prefix}.${name}` : name;
    // A list with shapes (`types`) has the field in at least one shape.
    const matches = editorFieldLists.flatMap((list) => list.filter((field) => field.name === name));
    if (matches.length === 0) {
      missing.push(path);
      continue;
    }
    visit(property, matches.flatMap(childFieldLists), path, missing);
  }
}

function childFieldLists(field: CmsField): CmsField[][] {
  if (field.types) return field.types.map((type) => type.fields);
  if (field.fields) return [field.fields];
  if (field.field) return childFieldLists(field.field);
  return [];
}
