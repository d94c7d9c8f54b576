import { z } from "zod";
import { slug, text, webUrl } from "./common.ts";
import { CARD_FORMAT_NAMES, DEFAULT_PRINT, type CardFormat } from "../../print/formats.ts";
import { LANGUAGES } from "../../i18n/locales.ts";

/** OpenStreetMap's standard tiles, with the attribution their usage policy asks for. */
export const OPENSTREETMAP_TILES = {
  url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  attribution: "© OpenStreetMap-bijdragers",
  attributionUrl: "https://www.openstreetmap.org/copyright",
  maxZoom: 19,
};

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

export const siteSchema = z.strictObject({
  title: text(2, 80),
  description: text(10, 300),
  // The language the content is written in; its pages are at the root of the site.
  language: z.enum(LANGUAGES).default("nl"),
  // The other languages of the site, in the order of the language switcher: their pages are
  // at /<code>/, with the interface in that language and the texts staff translated
  // (content/monuments/c-mine.de.md); what is not translated is shown in `language`.
  translations: z.array(z.enum(LANGUAGES)).default([]),
  // Absolute base URL of the published site: QR codes and GPX links need it.
  baseUrl: webUrl,
  organisation: text(2, 120),
  region: z.strictObject({
    name: text(2, 80),
    intro: text(10, 2000),
    bounds: z.strictObject({ south: latitude, west: longitude, north: latitude, east: longitude }),
  }),
  municipalities: z
    .array(
      z.strictObject({
        name: text(1, 60),
        intro: text(10, 1000),
      }),
    )
    .min(1),
  featuredRoutes: z.array(slug).default([]),
  // The home page: `leadMonument` names the monument whose first image is the big picture at
  // the top; without it, the first monument with an image on the first featured route.
  home: z.strictObject({ leadMonument: slug.optional() }).default({}),
  map: z
    .strictObject({
      tiles: z
        .strictObject({
          // A Leaflet tile URL template: {z}/{x}/{y}, optionally {s} and {r}.
          url: z.string().regex(/^https:\/\/.*\{z\}.*\{x\}.*\{y\}/, { error: "tile-url" }),
          // Plain text; the map links it to attributionUrl.
          attribution: text(2, 200),
          attributionUrl: webUrl.optional(),
          maxZoom: z.int().min(1).max(22).default(19),
        })
        .default(OPENSTREETMAP_TILES),
    })
    .default({ tiles: OPENSTREETMAP_TILES }),
  images: z
    .strictObject({
      // AVIF is smaller than WebP but 12 to 19 times slower to encode (npm run bench:images): opt-in.
      avif: z.boolean().default(false),
    })
    .default({ avif: false }),
  // Teaching packs: where teachers ask for the answer keys' password (src/outputs/packs/key-password.ts),
  // shown on every pack page: "Mail onderwijs@erfgoedcel.be met de naam van je school."
  packs: z
    .strictObject({
      keyRequest: text(10, 300).optional(),
      // A background map under the teaching packs' printed maps, so pupils can find their way with
      // them: tiles (Web Mercator, {z}/{x}/{y}) from a service whose licence allows printing and
      // sharing them, fetched at build time and cached (src/outputs/packs/basemap.ts), with the
      // attribution printed on the map. Without it, or without network, the maps have no background.
      basemap: z
        .strictObject({
          // https:// only; http:// on this computer (127.0.0.1, localhost) for tests and local tile servers.
          url: z.string().regex(/^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/).*\{z\}.*\{x\}.*\{y\}/, { error: "tile-url" }),
          attribution: text(2, 200),
          maxZoom: z.int().min(1).max(22).default(18),
        })
        .optional(),
    })
    .default({}),
  // The postcard the print masters are cut for (src/print/formats.ts, src/images/print.ts).
  print: z
    .strictObject({
      card: z.enum(CARD_FORMAT_NAMES as [CardFormat, ...CardFormat[]]).default(DEFAULT_PRINT.card),
      orientation: z.enum(["landscape", "portrait"]).default(DEFAULT_PRINT.orientation),
      // Millimetres on every side; print shops in the Benelux ask for 2 to 3 mm.
      bleed: z.number().min(0).max(10).default(DEFAULT_PRINT.bleedMm),
      // The print shop's press profile (an ICC file in the content folder, e.g. drukkerij/PSOcoated_v3.icc)
      // for every CMYK series that names none of its own (src/content/link.ts).
      profile: z.string().min(1).optional(),
    })
    .default({ card: DEFAULT_PRINT.card, orientation: DEFAULT_PRINT.orientation, bleed: DEFAULT_PRINT.bleedMm }),
}).superRefine((site, context) => {
  site.translations.forEach((lang, index) => {
    if (lang === site.language) context.addIssue({ code: "custom", message: "translation-is-language", path: ["translations", index], params: { lang } });
    else if (site.translations.indexOf(lang) !== index) context.addIssue({ code: "custom", message: "translation-twice", path: ["translations", index], params: { lang } });
  });
});
export type SiteConfigData = z.infer<typeof siteSchema>;
