import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cmsConfig, CONTENT_TYPES, TRANSLATED_TYPES } from "../../src/cms/config.ts";
import { missingEditorFields } from "../../src/cms/coverage.ts";
import { fieldsFor, type CmsField } from "../../src/cms/fields.ts";
import { siteSchema } from "../../src/content/schemas/site.ts";
import { monumentSchema } from "../../src/content/schemas/monument.ts";
import { monumentTranslationSchema, siteTranslationSchema } from "../../src/content/schemas/translations.ts";

type Collection = {
  name: string;
  label: string;
  folder?: string;
  extension?: string;
  slug?: string;
  identifier_field?: string;
  fields?: CmsField[];
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
};

function collections(unlabelled?: Set<string>): Collection[] {
  return cmsConfig({ contentPath: "content", unlabelled, translations: ["en", "de", "fr"] }).collections as Collection[];
}

function field(fields: readonly CmsField[] | undefined, path: string): CmsField {
  let current: CmsField | undefined;
  let list = fields ?? [];
  for (const name of path.split(".")) {
    current = list.find((candidate) => candidate.name === name);
    if (!current) throw new Error(`no editor field ${path}`);
    list = current.fields ?? current.field?.fields ?? current.types?.flatMap((type) => type.fields) ?? [];
  }
  return current!;
}

describe("cmsConfig", () => {
  it("has an editor field for every field of every content schema", () => {
    const byName = new Map(collections().map((collection) => [collection.name, collection]));
    for (const type of CONTENT_TYPES) {
      expect(missingEditorFields(type.schema, byName.get(type.name)!.fields!), type.name).toEqual([]);
    }
    expect(missingEditorFields(siteSchema, byName.get("site")!.files![0]!.fields)).toEqual([]);
  });

  it("has an editor field for every field of every translation schema, in every language of the site", () => {
    const byName = new Map(collections().map((collection) => [collection.name, collection]));
    for (const type of TRANSLATED_TYPES) {
      for (const lang of ["en", "de", "fr"]) {
        const collection = byName.get(`${type.name}-${lang}`);
        expect(collection, `${type.name}-${lang}`).toBeDefined();
        expect(missingEditorFields(type.schema, collection!.fields!), `${type.name}-${lang}`).toEqual([]);
      }
    }
    const siteFiles = byName.get("site")!.files!;
    expect(siteFiles.map((file) => file.file)).toEqual(["content/site.yaml", "content/site.en.yaml", "content/site.de.yaml", "content/site.fr.yaml"]);
    for (const file of siteFiles.slice(1)) expect(missingEditorFields(siteTranslationSchema, file.fields)).toEqual([]);
    // The coverage check looks inside the municipalities map too.
    const withoutIntro = siteFiles[1]!.fields.map((field) => (field.name === "municipalities" ? { ...field, fields: field.fields!.filter((child) => child.name !== "intro") } : field));
    expect(missingEditorFields(siteTranslationSchema, withoutIntro)).toEqual(["municipalities.*.intro"]);
  });

  it("makes a translation collection per content type and language: the words only, all optional, named after the original", () => {
    const all = collections();
    const german = all.find((collection) => collection.name === "monuments-de")!;
    expect(german).toMatchObject({ label: "Monumenten · Deutsch", folder: "content/monuments", extension: "de.md", slug: "{{original}}", identifier_field: "original" });
    expect(german.fields!.map((field) => field.name)).toEqual(["original", ...Object.keys(monumentTranslationSchema.shape), "body"]);
    expect(field(german.fields, "original")).toMatchObject({ widget: "relation", collection: "monuments", value_field: "{{slug}}", required: true });
    for (const name of ["title", "summary", "images.alt", "postcard.text"]) expect(field(german.fields, name).required).toBe(false);
    expect(field(german.fields, "images").fields!.map((child) => child.name)).toEqual(["alt", "caption"]);
    expect(field(german.fields, "images").hint).toMatch(/volgorde/);
    expect(field(german.fields, "postcard.text").hint).toBe("max. 400 tekens, moet op de kaart passen.");
    const routes = all.find((collection) => collection.name === "routes-fr")!;
    expect(routes.label).toBe("Routes · Français");
    expect(field(routes.fields, "stops").fields!.map((child) => child.name)).toEqual(["name", "note"]);
    // Collections come in the order: originals, then translations; the site's files last.
    expect(all.map((collection) => collection.name).slice(0, 6)).toEqual(["monuments", "routes", "stories", "series", "packs", "monuments-en"]);
    expect(all.at(-1)!.files!.find((file) => file.name === "site-de")!.label).toBe("Site-teksten en gemeenten · Deutsch");
    const municipalities = field(all.at(-1)!.files![2]!.fields, "municipalities");
    expect(municipalities.fields!.map((child) => child.name)).toEqual(["municipality", "name", "intro"]);
    expect(municipalities.fields![0]).toMatchObject({ widget: "relation", collection: "site", file: "site", value_field: "municipalities.*.name" });
  });

  it("has no translation collections for a site in one language", () => {
    const names = (cmsConfig({ contentPath: "content" }).collections as Collection[]).map((collection) => collection.name);
    expect(names).toEqual(["monuments", "routes", "stories", "series", "packs", "site"]);
  });

  it("gives every field a Dutch label", () => {
    const unlabelled = new Set<string>();
    collections(unlabelled);
    expect([...unlabelled]).toEqual([]);
  });

  it("keeps the schema's field order, so saved files have the documented order", () => {
    const monuments = collections().find((collection) => collection.name === "monuments")!;
    expect(monuments.fields!.map((field) => field.name)).toEqual([...Object.keys(monumentSchema.shape), "body"]);
    expect(monuments.folder).toBe("content/monuments");
  });

  it("carries the schema's rules: required, limits, choices with Dutch names, references", () => {
    const [monuments, routes, , , packs] = collections();
    const fields = monuments!.fields;
    expect(field(fields, "title")).toMatchObject({ required: true, pattern: ["^[\\s\\S]{2,120}$", "Tussen 2 en 120 tekens"] });
    expect(field(fields, "address").required).toBe(false);
    expect(field(fields, "location.lat")).toMatchObject({ widget: "number", value_type: "float", min: -90, max: 90 });
    expect(field(fields, "location.precision").options).toContainEqual({ label: "locatie bij benadering", value: "approximate" });
    expect(field(fields, "kind").options).toContainEqual({ label: "Schachtbok", value: "headframe" });
    expect(field(fields, "postcard.text").hint).toBe("max. 400 tekens, moet op de kaart passen.");
    expect(field(fields, "stories")).toMatchObject({ widget: "relation", collection: "stories", multiple: true, value_field: "{{slug}}" });
    expect(field(fields, "municipality")).toMatchObject({ widget: "relation", collection: "site", file: "site", value_field: "municipalities.*.name" });
    // Images: uploaded next to the Markdown file, with alt, credit and licence required.
    expect(field(fields, "images.file")).toMatchObject({ widget: "image", media_folder: "", public_folder: "" });
    for (const name of ["alt", "credit", "licence"]) expect(field(fields, `images.${name}`).required).toBe(true);
    expect(field(fields, "images.caption").required).toBe(false);
    expect(field(routes!.fields, "stops.monument")).toMatchObject({ widget: "relation", collection: "monuments" });
    expect(field(routes!.fields, "stops").min).toBe(2);
    const questions = field(packs!.fields, "stops.questions");
    expect(questions.types!.map((type) => type.name)).toEqual(["open", "choice", "find", "draw"]);
    expect(questions.types![0]!.fields.map((field) => field.name)).toEqual(["open", "options", "answer", "lines", "note"]);
  });

  it("passes the local backend's address to the editor only when given", () => {
    expect(cmsConfig({ contentPath: "content" })).not.toHaveProperty("local_backend");
    expect(cmsConfig({ contentPath: "content", localBackendUrl: "http://127.0.0.1:9000/api/v1" }).local_backend).toEqual({ url: "http://127.0.0.1:9000/api/v1" });
  });
});

describe("missingEditorFields", () => {
  const schema = z.strictObject({
    title: z.string(),
    stops: z.array(z.strictObject({ monument: z.string(), note: z.string().optional() })),
  });

  it("finds nothing missing when every field has an editor field", () => {
    expect(missingEditorFields(schema, fieldsFor(schema))).toEqual([]);
  });

  it("names a schema field that the editor does not have, also inside lists", () => {
    const extended = schema.extend({ subtitle: z.string().optional() });
    expect(missingEditorFields(extended, fieldsFor(schema))).toEqual(["subtitle"]);
    const fields = fieldsFor(schema).map((field) => (field.name === "stops" ? { ...field, fields: field.fields!.filter((child) => child.name !== "note") } : field));
    expect(missingEditorFields(schema, fields)).toEqual(["stops[].note"]);
  });
});
