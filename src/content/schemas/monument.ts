import { z } from "zod";
import { image, location, partialDate, period, slug, text, webUrl } from "./common.ts";

export const MONUMENT_KINDS = [
  "mine-site",
  "headframe",
  "church",
  "garden-city",
  "casino",
  "slag-heap",
  "memorial",
  "museum",
  "military",
  "other",
] as const;
export type MonumentKind = (typeof MONUMENT_KINDS)[number];

export const PROTECTION_STATUSES = [
  "protected-monument",
  "protected-townscape",
  "protected-landscape",
  "listed",
  "inventoried",
  "none",
] as const;

export const ACCESS_LEVELS = ["yes", "partly", "no", "unknown"] as const;

export const SUMMARY_MAX = 200;
export const POSTCARD_TITLE_MAX = 60;
export const POSTCARD_TEXT_MAX = 400;

export const monumentSchema = z.strictObject({
  title: text(2, 120),
  municipality: text(1, 60),
  location,
  address: text(3, 200).optional(),
  kind: z.enum(MONUMENT_KINDS),
  dates: z
    .strictObject({
      built: period.optional(),
      opened: partialDate.optional(),
      closed: partialDate.optional(),
    })
    .optional(),
  protection: z
    .strictObject({
      status: z.enum(PROTECTION_STATUSES),
      year: z.int().min(1800).max(2999).optional(),
      erfgoedobject: z.int().positive().optional(),
      aanduidingsobject: z.int().positive().optional(),
    })
    .optional(),
  summary: text(10, SUMMARY_MAX),
  images: z.array(image).default([]),
  visiting: z
    .strictObject({
      openingHours: text(2, 300).optional(),
      website: webUrl.optional(),
      wheelchair: z.enum(ACCESS_LEVELS).default("unknown"),
      pram: z.enum(ACCESS_LEVELS).default("unknown"),
      notes: text(2, 500).optional(),
    })
    .optional(),
  openMonumentendag: z
    .strictObject({
      year: z.int().min(1989).max(2999),
      dates: z.array(partialDate).min(1),
      programme: text(2, 500),
      booking: webUrl.optional(),
    })
    .optional(),
  postcard: z
    .strictObject({
      title: text(2, POSTCARD_TITLE_MAX),
      text: text(10, POSTCARD_TEXT_MAX),
    })
    .optional(),
  stories: z.array(slug).default([]),
});

export type MonumentData = z.infer<typeof monumentSchema>;
