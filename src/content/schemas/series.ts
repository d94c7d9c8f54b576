import { z } from "zod";
import { CARD_FORMAT_NAMES, PLAQUE_FORMATS, SHEET_SIZES, type CardFormat, type PlaqueFormat, type SheetName } from "../../print/formats.ts";
import { POSTCARD_TEXT_MAX, POSTCARD_TITLE_MAX } from "./monument.ts";
import { slug, text } from "./common.ts";
import { LANGUAGES } from "../../i18n/locales.ts";

const SHEET_NAMES = Object.keys(SHEET_SIZES) as [SheetName, ...SheetName[]];

// A postcard series (content/series/<name>.md): the cards in order, each a
// monument whose postcard text is on the back and first image on the front.
// Print settings left out come from `print` in site.yaml.

export const seriesSchema = z.strictObject({
  title: text(2, 80),
  // The language of the cards: their texts come from the monuments' translations into it, their
  // labels are in it and their QR codes point at its pages. Default: the site's own language.
  language: z.enum(LANGUAGES).optional(),
  year: z.int().min(1990).max(2100),
  // The series' own theme, e.g. "Met hart en ziel".
  theme: text(2, 80).optional(),
  card: z.enum(CARD_FORMAT_NAMES as [CardFormat, ...CardFormat[]]).optional(),
  orientation: z.enum(["landscape", "portrait"]).optional(),
  bleed: z.number().min(0).max(10).optional(),
  // Text and logos stay this far inside the trim; print shops ask for 4 to 6 mm.
  safe: z.number().min(2).max(15).default(5),
  colour: z.enum(["rgb", "cmyk"]).default("rgb"),
  // The print shop's press profile (an ICC file, e.g. PSOcoated_v3.icc), next to this file or in the
  // content folder (with / first): the pictures are separated with it and the print-shop PDF carries
  // it as its PDF/X output intent. Only with colour: cmyk. Without: sharp's built-in CMYK profile.
  profile: z.string().min(1).optional(),
  // Sheets for printing in-house or at a small print shop: sheet size, what the printer
  // cannot print along the edges, space between cards, and how the printer turns the sheet.
  sheet: z
    .strictObject({
      size: z.enum(SHEET_NAMES).default("A4"),
      margin: z.number().min(0).max(20).default(5),
      gutter: z.number().min(0).max(20).default(0),
      duplex: z.enum(["long-edge", "short-edge"]).default("long-edge"),
    })
    .default({ size: "A4", margin: 5, gutter: 0, duplex: "long-edge" }),
  // QR info plaques to hang at the monuments of the cards, one per card: A5 or A4.
  plaques: z.enum(Object.keys(PLAQUE_FORMATS) as [PlaqueFormat, ...PlaqueFormat[]]).optional(),
  // The monument's name in a white band along the front's bottom.
  band: z.boolean().default(true),
  logo: z.string().min(1).optional(),
  colophon: text(2, 300).optional(),
  cards: z
    .array(
      z.strictObject({
        monument: slug,
        // Overrides of the monument's own postcard text, for this series only.
        title: text(2, POSTCARD_TITLE_MAX).optional(),
        text: text(10, POSTCARD_TEXT_MAX).optional(),
      }),
    )
    .min(1),
});
export type SeriesData = z.infer<typeof seriesSchema>;
