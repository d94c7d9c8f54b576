import type { z } from "zod";
import { monumentSchema } from "../content/schemas/monument.ts";
import { routeSchema } from "../content/schemas/route.ts";
import { storySchema } from "../content/schemas/story.ts";
import { seriesSchema } from "../content/schemas/series.ts";
import { packSchema, QUESTION_KINDS } from "../content/schemas/pack.ts";
import { siteSchema } from "../content/schemas/site.ts";
import { monumentTranslationSchema, routeTranslationSchema, siteTranslationSchema, storyTranslationSchema } from "../content/schemas/translations.ts";
import { LANGUAGE_NAMES, type Lang } from "../i18n/locales.ts";
import { fieldsFor, MONUMENT_CHOICES, STORY_CHOICES, type CmsField, type FieldOptions } from "./fields.ts";

// The Decap CMS configuration of /admin/, made from the zod schemas (src/content/schemas/)
// at build time, so the editor's fields and rules never drift from what `npm run check` accepts.
// Pure: no Eleventy, no file system.

export interface CmsContentType {
  /** The collection's name in Decap and its folder in content/. */
  name: "monuments" | "routes" | "stories" | "series" | "packs";
  label: string;
  labelSingular: string;
  schema: z.ZodType;
  options: FieldOptions;
}

const monumentRef = { collection: "monuments" } as const;
const storyRef = { collection: "stories" } as const;
const image = { "images.*.file": "image" };

/** Lists whose items are written with their kind as the key ("- open: Waarom ...?"), see src/cms/typed-lists.ts. */
export const TYPED_LISTS: Partial<Record<CmsContentType["name"], Record<string, { typeKey: string; kinds: readonly string[] }>>> = {
  packs: { "stops.*.questions": { typeKey: "type", kinds: QUESTION_KINDS } },
};

export const CONTENT_TYPES: CmsContentType[] = [
  {
    name: "monuments",
    label: "Monumenten",
    labelSingular: "Monument",
    schema: monumentSchema,
    options: {
      references: {
        municipality: { collection: "site", file: "site", valueField: "municipalities.*.name" },
        stories: storyRef,
      },
      widgets: image,
      choices: MONUMENT_CHOICES,
    },
  },
  {
    name: "routes",
    label: "Routes",
    labelSingular: "Route",
    schema: routeSchema,
    options: { references: { "stops.*.monument": monumentRef }, widgets: { track: "file" } },
  },
  {
    name: "stories",
    label: "Verhalen",
    labelSingular: "Verhaal",
    schema: storySchema,
    options: { references: { monuments: monumentRef }, widgets: { ...image, "audio.file": "file" }, choices: STORY_CHOICES },
  },
  {
    name: "series",
    label: "Postkaartreeksen",
    labelSingular: "Postkaartreeks",
    schema: seriesSchema,
    options: { references: { "cards.*.monument": monumentRef }, widgets: { logo: "image", profile: "file" } },
  },
  {
    name: "packs",
    label: "Lespakketten",
    labelSingular: "Lespakket",
    schema: packSchema,
    options: {
      references: { route: { collection: "routes" }, monuments: monumentRef, stories: storyRef, "stops.*.monument": monumentRef },
      typedLists: TYPED_LISTS.packs,
    },
  },
];

export const SITE_FILE_OPTIONS: FieldOptions = {
  references: { featuredRoutes: { collection: "routes" }, "home.leadMonument": monumentRef },
};

/**
 * Translations (c-mine.de.md next to c-mine.md) are collections of their own, one per content type
 * and language, whose fields come from the translation schemas: only the words, all optional.
 */
export interface CmsTranslatedType {
  name: "monuments" | "routes" | "stories";
  schema: z.ZodType;
  /** Hints for the lists translated by position (images, a route's stops). */
  hints: Record<string, string>;
}

const IMAGES_IN_ORDER = "Eén per afbeelding van het origineel, in dezelfde volgorde; laat er een leeg voor een afbeelding zonder vertaling.";

export const TRANSLATED_TYPES: CmsTranslatedType[] = [
  { name: "monuments", schema: monumentTranslationSchema, hints: { images: IMAGES_IN_ORDER } },
  {
    name: "routes",
    schema: routeTranslationSchema,
    hints: {
      stops: "Eén per halte van de route, in dezelfde volgorde; laat er een leeg voor een halte zonder vertaling.",
      "stops.*.name": "Alleen bij een halte zonder monument: een monument brengt zijn eigen (vertaalde) naam mee.",
    },
  },
  { name: "stories", schema: storyTranslationSchema, hints: { images: IMAGES_IN_ORDER } },
];

/** Lists of a translation that are translated by position: an empty item keeps its place ({}). */
export const POSITIONAL_LISTS = ["images", "stops"] as const;

/** The collection of a content type's translations into a language: "monuments-de". */
export function translationCollection(type: string, lang: string): string {
  return `${type}-${lang}`;
}

export interface CmsConfigOptions {
  /** The content folder as the backend sees it: "content" (from the project root). */
  contentPath: string;
  /** The local backend of `npm run edit` (src/cms/edit-server.ts), e.g. http://127.0.0.1:8081/api/v1. */
  localBackendUrl?: string;
  /** The git host the published editor commits through (see the README). */
  backend?: { name: string; repo?: string; branch?: string };
  /** Filled in with the paths of fields without a Dutch label (tests). */
  unlabelled?: Set<string>;
  /** The site's other languages (site.yaml's `translations`): a translation collection each. */
  translations?: readonly Lang[];
}

/** The Markdown body of an entry, after its front matter. */
const BODY_FIELD: CmsField = { name: "body", label: "Tekst", widget: "markdown", required: false, modes: ["raw"], hint: "Markdown: ## voor een tussentitel, [tekst](adres) voor een link." };

export function cmsConfig(options: CmsConfigOptions): Record<string, unknown> {
  const folder = (name: string) => (options.contentPath ? `${options.contentPath}/${name}` : name);
  const withLabels = (fieldOptions: FieldOptions): FieldOptions => ({ ...fieldOptions, unlabelled: options.unlabelled });
  const languages = options.translations ?? [];
  return {
    load_config_file: false,
    locale: "nl",
    backend: options.backend ?? { name: "git-gateway", branch: "main" },
    ...(options.localBackendUrl ? { local_backend: { url: options.localBackendUrl } } : {}),
    // Uploads go next to the entry's Markdown file (collections override this with "").
    media_folder: folder("media"),
    public_folder: "/media",
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: [
      ...CONTENT_TYPES.map((type) => ({
        name: type.name,
        label: type.label,
        label_singular: type.labelSingular,
        folder: folder(type.name),
        extension: "md",
        format: "frontmatter",
        create: true,
        slug: "{{slug}}",
        identifier_field: "title",
        summary: "{{title}}",
        sortable_fields: ["title"],
        media_folder: "",
        public_folder: "",
        fields: [...fieldsFor(type.schema, withLabels(type.options)), BODY_FIELD],
      })),
      ...TRANSLATED_TYPES.flatMap((translated) => {
        const type = CONTENT_TYPES.find((candidate) => candidate.name === translated.name)!;
        return languages.map((lang) => ({
          name: translationCollection(type.name, lang),
          label: `${type.label} · ${LANGUAGE_NAMES[lang]}`,
          label_singular: `${type.labelSingular} · ${LANGUAGE_NAMES[lang]}`,
          folder: folder(type.name),
          // Only c-mine.de.md and the like; the entry's name is the original's (c-mine).
          extension: `${lang}.md`,
          format: "frontmatter",
          create: true,
          slug: "{{original}}",
          identifier_field: "original",
          summary: "{{original}}: {{title}}",
          sortable_fields: ["original"],
          media_folder: "",
          public_folder: "",
          fields: [originalField(type, lang), ...fieldsFor(translated.schema, withLabels({ hints: translated.hints })), BODY_FIELD],
        }));
      }),
      {
        name: "site",
        label: "Site en gemeenten",
        files: [
          {
            name: "site",
            label: "Site-instellingen en gemeenten",
            file: folder("site.yaml"),
            format: "yaml",
            fields: fieldsFor(siteSchema, withLabels(SITE_FILE_OPTIONS)),
          },
          ...languages.map((lang) => ({
            name: `site-${lang}`,
            label: `Site-teksten en gemeenten · ${LANGUAGE_NAMES[lang]}`,
            file: folder(`site.${lang}.yaml`),
            format: "yaml",
            fields: siteTranslationFields(withLabels({})),
          })),
        ],
      },
    ],
  };
}

/**
 * The original a translation belongs to: it names the file (casino-beringen → casino-beringen.de.md).
 * It is not written into the file: the local backend (src/cms/edit-server.ts) derives it from the
 * file name when it reads and removes it when it saves.
 */
function originalField(type: CmsContentType, lang: Lang): CmsField {
  return {
    name: "original",
    label: `Origineel (${type.labelSingular.toLowerCase()} in het Nederlands)`,
    widget: "relation",
    required: true,
    collection: type.name,
    value_field: "{{slug}}",
    search_fields: ["title"],
    display_fields: ["title"],
    hint: `Wat je vertaalt. De vertaling wordt <naam>.${lang}.md naast het origineel; kies dit alleen bij een nieuwe vertaling.`,
  };
}

/**
 * site.<lang>.yaml: its municipalities are keyed by their name in site.yaml ("Genk: { intro: ... }").
 * Decap has no field for such a map, so the form shows a list with the municipality picked from
 * site.yaml; the local backend turns the map into that list when it reads and back when it saves.
 */
export function siteTranslationFields(options: FieldOptions): CmsField[] {
  return fieldsFor(siteTranslationSchema, options).map((field) => {
    if (field.name !== "municipalities") return field;
    const record = siteTranslationSchema.shape.municipalities.unwrap() as unknown as { valueType: z.ZodType };
    const texts = fieldsFor(record.valueType, { ...options, hints: { name: "De naam in deze taal, alleen als hij anders is." } });
    const municipality: CmsField = {
      name: SITE_MUNICIPALITY_KEY,
      label: "Gemeente",
      widget: "relation",
      required: true,
      collection: "site",
      file: "site",
      value_field: "municipalities.*.name",
      search_fields: ["municipalities.*.name"],
      display_fields: ["municipalities.*.name"],
    };
    return { name: field.name, label: field.label, widget: "list", required: false, summary: `{{fields.${SITE_MUNICIPALITY_KEY}}}`, fields: [municipality, ...texts] };
  });
}

/** The field of a site translation's municipality list that holds the key (the name in site.yaml). */
export const SITE_MUNICIPALITY_KEY = "municipality";
