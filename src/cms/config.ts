import type { z } from "zod";
import { monumentSchema } from "../content/schemas/monument.ts";
import { routeSchema } from "../content/schemas/route.ts";
import { storySchema } from "../content/schemas/story.ts";
import { seriesSchema } from "../content/schemas/series.ts";
import { packSchema, QUESTION_KINDS } from "../content/schemas/pack.ts";
import { siteSchema } from "../content/schemas/site.ts";
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
    options: { references: { "cards.*.monument": monumentRef }, widgets: { logo: "image" } },
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

export interface CmsConfigOptions {
  /** The content folder as the backend sees it: "content" (from the project root). */
  contentPath: string;
  /** The local backend of `npm run edit` (src/cms/edit-server.ts), e.g. http://127.0.0.1:8081/api/v1. */
  localBackendUrl?: string;
  /** The git host the published editor commits through (see the README). */
  backend?: { name: string; repo?: string; branch?: string };
  /** Filled in with the paths of fields without a Dutch label (tests). */
  unlabelled?: Set<string>;
}

/** The Markdown body of an entry, after its front matter. */
const BODY_FIELD: CmsField = { name: "body", label: "Tekst", widget: "markdown", required: false, modes: ["raw"], hint: "Markdown: ## voor een tussentitel, [tekst](adres) voor een link." };

export function cmsConfig(options: CmsConfigOptions): Record<string, unknown> {
  const folder = (name: string) => (options.contentPath ? `${options.contentPath}/${name}` : name);
  const withLabels = (fieldOptions: FieldOptions): FieldOptions => ({ ...fieldOptions, unlabelled: options.unlabelled });
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
        ],
      },
    ],
  };
}
