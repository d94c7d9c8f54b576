import { z } from "zod";
import { ALT_LIMITS, CAPTION_LIMITS, text } from "./common.ts";
import { POSTCARD_TEXT_MAX, POSTCARD_TITLE_MAX, SUMMARY_MAX } from "./monument.ts";

// A translation is a sibling file of the original (content/monuments/c-mine.de.md next to
// c-mine.md) holding only the fields that are words: titles, summaries, notes, image alt texts
// and captions, postcard texts, and the body. Positions, dates, kinds, references and image
// files come from the original and are never repeated; every field is optional, and what is
// left out is shown in the site's own language. Limits are the original's.

const imageTexts = z.strictObject({
  alt: text(ALT_LIMITS.min, ALT_LIMITS.max).optional(),
  caption: text(CAPTION_LIMITS.min, CAPTION_LIMITS.max).optional(),
});

/** Images are translated in the order of the original file: one entry per image. */
const images = z.array(imageTexts).optional();

export const monumentTranslationSchema = z.strictObject({
  title: text(2, 120).optional(),
  summary: text(10, SUMMARY_MAX).optional(),
  address: text(3, 200).optional(),
  images,
  visiting: z.strictObject({ openingHours: text(2, 300).optional(), notes: text(2, 500).optional() }).optional(),
  openMonumentendag: z.strictObject({ programme: text(2, 500).optional() }).optional(),
  postcard: z.strictObject({ title: text(2, POSTCARD_TITLE_MAX).optional(), text: text(10, POSTCARD_TEXT_MAX).optional() }).optional(),
});
export type MonumentTranslationData = z.infer<typeof monumentTranslationSchema>;

export const routeTranslationSchema = z.strictObject({
  title: text(2, 120).optional(),
  summary: text(10, 200).optional(),
  start: text(2, 200).optional(),
  finish: text(2, 200).optional(),
  accessibility: text(2, 600).optional(),
  // One entry per stop of the original, in its order: `note`, and `name` for a waypoint.
  stops: z.array(z.strictObject({ name: text(2, 120).optional(), note: text(2, 300).optional() })).optional(),
});
export type RouteTranslationData = z.infer<typeof routeTranslationSchema>;

export const storyTranslationSchema = z.strictObject({
  title: text(2, 120).optional(),
  summary: text(10, 200).optional(),
  images,
  audio: z.strictObject({ transcript: text(20, 20000).optional() }).optional(),
});
export type StoryTranslationData = z.infer<typeof storyTranslationSchema>;

/** content/site.de.yaml: the site's own texts (home page, region) and each municipality's name and intro. */
export const siteTranslationSchema = z.strictObject({
  title: text(2, 80).optional(),
  description: text(10, 300).optional(),
  organisation: text(2, 120).optional(),
  region: z.strictObject({ name: text(2, 80).optional(), intro: text(10, 2000).optional() }).optional(),
  // Keyed by the municipality's name in site.yaml.
  municipalities: z.record(z.string(), z.strictObject({ name: text(1, 60).optional(), intro: text(10, 1000).optional() })).default({}),
});
export type SiteTranslationData = z.infer<typeof siteTranslationSchema>;
