import { z } from "zod";
import { LICENCES_NL, MONUMENT_KINDS_NL, PRECISIONS_NL, PROTECTION_STATUSES_NL, ACCESS_LEVELS_NL, ROUTE_MODES_NL, STORY_KINDS_NL } from "../i18n/nl.ts";
import { PACK_LEVELS_NL, QUESTION_KINDS_NL } from "../i18n/packs.ts";
import { LANGUAGE_NAMES } from "../i18n/locales.ts";
import { SUBJECTS } from "../content/schemas/pack.ts";
import { FIELD_HINTS, FIELD_LABELS } from "./labels.ts";

// Turns a zod schema into Decap CMS fields: one editor field per schema field, in the
// schema's key order, with Dutch labels, the limits as hints and as Decap's own rules
// (required, pattern, min/max). Pure: the config is made from the schemas at build time.

/** The Decap field options this project uses (https://decapcms.org/docs/widgets/). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  min?: number;
  max?: number;
  value_type?: "int" | "float";
  step?: number;
  default?: unknown;
  options?: { label: string; value: string | number }[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  types?: CmsType[];
  typeKey?: string;
  summary?: string;
  collapsed?: boolean;
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  allow_add?: boolean;
  modes?: string[];
}
export interface CmsType {
  name: string;
  label: string;
  widget: "object";
  summary?: string;
  fields: CmsField[];
}

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number)[];
  anyOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
};

/** A reference to entries of another collection: the value is their file name. */
export interface Reference {
  collection: string;
  /** For a files collection: the file, and the field listing the values (with `*` for list items). */
  file?: string;
  valueField?: string;
}

export interface FieldOptions {
  /** References by field path ("stops.*.monument"), with `*` for list items. */
  references?: Record<string, Reference>;
  /** The widget for a text field by path ("images.*.file" → image), where not a plain text. */
  widgets?: Record<string, string>;
  /** Lists whose items take one of several shapes, by path: the key naming the shape, and the shapes. */
  typedLists?: Record<string, { typeKey: string; kinds: readonly string[] }>;
  /** Hints by field path or name, instead of those in labels.ts. */
  hints?: Record<string, string>;
  /** Dutch names of enum values by field path or name. */
  choices?: Record<string, Record<string, string>>;
  /** Paths of fields that have no label in labels.ts (filled in by the generator). */
  unlabelled?: Set<string>;
}

/** Dutch names of the enum values shared by several content types, by field name. */
export const SHARED_CHOICES: Record<string, Record<string, string>> = {
  precision: PRECISIONS_NL,
  licence: Object.fromEntries(Object.entries(LICENCES_NL).map(([value, { label }]) => [value, label])),
  status: PROTECTION_STATUSES_NL,
  wheelchair: ACCESS_LEVELS_NL,
  pram: ACCESS_LEVELS_NL,
  mode: Object.fromEntries(Object.entries(ROUTE_MODES_NL).map(([value, { label }]) => [value, label])),
  level: PACK_LEVELS_NL,
  subjects: SUBJECTS,
  language: LANGUAGE_NAMES,
  translations: LANGUAGE_NAMES,
  orientation: { landscape: "liggend", portrait: "staand" },
  colour: { rgb: "RGB (scherm, digitaal drukken)", cmyk: "CMYK (drukkerij)" },
  duplex: { "long-edge": "over de lange kant", "short-edge": "over de korte kant" },
  questions: QUESTION_KINDS_NL,
};
export const MONUMENT_CHOICES = { kind: Object.fromEntries(Object.entries(MONUMENT_KINDS_NL).map(([value, { singular }]) => [value, singular])) };
export const STORY_CHOICES = { kind: Object.fromEntries(Object.entries(STORY_KINDS_NL).map(([value, { singular }]) => [value, singular])) };

/** The editor fields for an object schema, in its key order. */
export function fieldsFor(schema: z.ZodType, options: FieldOptions = {}): CmsField[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return objectFields(json, [], options);
}

/**
 * `optional`: the object itself may be left out. Decap checks the fields of an empty optional
 * group too, so their rules become optional in the form; `npm run check` and the editor's
 * check of a save (src/cms/check.ts) still ask for them once the group is filled in.
 */
function objectFields(json: JsonSchema, path: string[], options: FieldOptions, optional = false): CmsField[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => fieldFor(name, property, [...path, name], !optional && required.has(name), options));
}

function lookup<T>(table: Record<string, T>, path: string[]): T | undefined {
  const name = path[path.length - 1]!;
  for (let start = 0; start < path.length - 1; start++) {
    const key = path.slice(start).join(".");
    if (key in table) return table[key];
  }
  return table[name];
}

function fieldFor(name: string, json: JsonSchema, path: string[], required: boolean, options: FieldOptions): CmsField {
  const key = path.join(".");
  // A list of texts: its item has the list's label.
  const label = lookup(FIELD_LABELS, path[path.length - 1] === "*" ? path.slice(0, -1) : path);
  if (label === undefined) options.unlabelled?.add(key);
  const base: CmsField = { name, label: label ?? name, widget: "string", required };
  const hintText = lookup(options.hints ?? {}, path) ?? lookup(FIELD_HINTS, path);
  const reference = options.references?.[key];
  const typed = options.typedLists?.[key];

  if (typed && json.type === "array" && json.items) {
    const itemFields = objectFields(json.items, [...path, "*"], options);
    const choices = lookup(options.choices ?? {}, path) ?? lookup(SHARED_CHOICES, path) ?? {};
    const types: CmsType[] = typed.kinds.map((kind) => ({
      name: kind,
      label: choices[kind] ?? kind,
      widget: "object",
      summary: `{{fields.${kind}}}`,
      // Every shape has the key of its own kind (required) and the fields it takes.
      fields: itemFields
        .filter((field) => !typed.kinds.includes(field.name) || field.name === kind)
        .map((field) => (field.name === kind ? { ...field, required: true } : field)),
    }));
    return withHint({ ...base, widget: "list", types, typeKey: typed.typeKey, ...listLimits(json) }, hintText, listLimitText(json));
  }

  if (json.anyOf) {
    // A text or a list (a question's answer): a text field; a year or a date: a text field.
    const text = json.anyOf.find((option) => option.type === "string") ?? json.anyOf[0]!;
    return fieldFor(name, { ...text, default: json.default }, path, required, options);
  }

  if (reference) {
    const relation: CmsField = {
      ...base,
      widget: "relation",
      collection: reference.collection,
      value_field: reference.valueField ?? "{{slug}}",
      search_fields: reference.valueField ? [reference.valueField] : ["title"],
      display_fields: reference.valueField ? [reference.valueField] : ["title"],
      ...(reference.file ? { file: reference.file } : {}),
    };
    if (json.type === "array") return withHint({ ...relation, multiple: true, ...listLimits(json) }, hintText, listLimitText(json));
    return withHint(relation, hintText);
  }

  if (json.enum || (json.type === "array" && json.items?.enum)) {
    const values = json.enum ?? json.items!.enum!;
    const choices = lookup(options.choices ?? {}, path) ?? lookup(SHARED_CHOICES, path) ?? {};
    const select: CmsField = {
      ...base,
      widget: "select",
      options: values.map((value) => ({ label: choices[String(value)] ?? String(value), value })),
    };
    if (json.type === "array") return withHint({ ...select, multiple: true, ...listLimits(json) }, hintText, listLimitText(json));
    return withHint(select, hintText);
  }

  switch (json.type) {
    case "object":
      return withHint({ ...base, widget: "object", collapsed: !required, fields: objectFields(json, path, options, !required) }, hintText);
    case "array": {
      const items = json.items ?? {};
      if (items.type === "object") {
        const fields = objectFields(items, [...path, "*"], options);
        return withHint({ ...base, widget: "list", summary: `{{fields.${fields[0]?.name ?? "name"}}}`, fields, ...listLimits(json) }, hintText, listLimitText(json));
      }
      const field = fieldFor(name, items, [...path, "*"], true, options);
      return withHint({ ...base, widget: "list", field: { ...field, label: base.label }, ...listLimits(json) }, hintText, listLimitText(json));
    }
    case "number":
    case "integer": {
      const minimum = json.minimum ?? (json.exclusiveMinimum !== undefined ? json.exclusiveMinimum + 1 : undefined);
      const maximum = json.maximum !== undefined && json.maximum < Number.MAX_SAFE_INTEGER ? json.maximum : undefined;
      const number: CmsField = {
        ...base,
        widget: "number",
        value_type: json.type === "integer" ? "int" : "float",
        ...(json.type === "number" ? { step: 0.00001 } : {}),
        ...(minimum !== undefined ? { min: minimum } : {}),
        ...(maximum !== undefined ? { max: maximum } : {}),
      };
      const range = minimum !== undefined && maximum !== undefined ? `van ${minimum} tot ${maximum}` : minimum !== undefined ? `min. ${minimum}` : undefined;
      return withHint(number, hintText, range);
    }
    case "boolean":
      return withHint({ ...base, widget: "boolean", default: json.default ?? false }, hintText);
    default:
      return textField(base, json, path, hintText, options);
  }
}

function textField(base: CmsField, json: JsonSchema, path: string[], hintText: string | undefined, options: FieldOptions): CmsField {
  const widget = lookup(options.widgets ?? {}, path);
  const { minLength: min, maxLength: max } = json;
  const limits = max !== undefined ? `max. ${max} tekens` : undefined;
  const field: CmsField = { ...base, widget: widget ?? (max !== undefined && max > 200 ? "text" : "string") };
  if (widget === "image" || widget === "file") {
    // Uploads go next to the Markdown file, whose model resolves names relative to it.
    return withHint({ ...field, media_folder: "", public_folder: "", choose_url: false }, hintText);
  }
  if (json.pattern) field.pattern = [json.pattern, patternMessage(path)];
  else if (json.format === "uri") field.pattern = ["^https?://\\S+$", "Een volledig webadres dat begint met https://"];
  else if (min !== undefined || max !== undefined) {
    field.pattern = [`^[\\s\\S]{${min ?? 0},${max ?? ""}}$`, max !== undefined ? `Tussen ${min ?? 0} en ${max} tekens` : `Minstens ${min} tekens`];
  }
  return withHint(field, hintText, limits);
}

function patternMessage(path: string[]): string {
  const name = path[path.length - 1];
  if (name === "url") return "Een https://-adres met {z}, {x} en {y}";
  return "Kleine letters, cijfers en koppeltekens, bv. c-mine";
}

function listLimits(json: JsonSchema): { min?: number; max?: number } {
  return { ...(json.minItems !== undefined ? { min: json.minItems } : {}), ...(json.maxItems !== undefined ? { max: json.maxItems } : {}) };
}

function listLimitText(json: JsonSchema): string | undefined {
  if (json.minItems !== undefined && json.maxItems !== undefined) return `${json.minItems} tot ${json.maxItems}`;
  if (json.minItems !== undefined) return `minstens ${json.minItems}`;
  return undefined;
}

function withHint(field: CmsField, text: string | undefined, limits?: string): CmsField {
  const parts = [limits, text].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return field;
  // "max. 400 tekens, moet op de kaart passen."
  const hint = parts.length === 2 ? `${parts[0]}, ${parts[1]!.charAt(0).toLowerCase()}${parts[1]!.slice(1)}` : parts[0]!;
  return { ...field, hint };
}
