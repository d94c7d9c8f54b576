import { z } from "zod";
import { parseFocus } from "../../images/geometry.ts";

// Building blocks shared by the content schemas. Every object is strict, so a
// misspelt field is reported (with a did-you-mean hint) instead of ignored.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z.string().regex(SLUG_PATTERN, { error: "slug" });

/** A year (1901), a month (1901-08) or a day (1901-08-02). */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A span of years: 1939-1943 or 1939–1943. */
export const YEAR_SPAN_PATTERN = /^(\d{4})\s*[-–]\s*(\d{4})$/;

const yearOrString = z.union([z.int().min(1000).max(2999), z.string()]).transform(String);

/** True for a year, a month, or a day that exists in the calendar (no 30 February). */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  if (match[2] === undefined) return true;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

export const partialDate = yearOrString.pipe(z.string().refine(isPartialDate, { error: "partial-date" }));

export const period = yearOrString.pipe(
  z
    .string()
    .refine((value) => isPartialDate(value) || YEAR_SPAN_PATTERN.test(value), { error: "period" })
    .transform((value) => value.replace(YEAR_SPAN_PATTERN, "$1–$2")),
);

export const webUrl = z.url({ protocol: /^https?$/, error: "web-url" });

export const PRECISIONS = ["exact", "approximate"] as const;

export const location = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  precision: z.enum(PRECISIONS),
});
export type Location = z.infer<typeof location>;

export const ALT_LIMITS = { min: 5, max: 250 } as const;
export const CAPTION_LIMITS = { min: 2, max: 300 } as const;

export const LICENCES = ["CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "public-domain", "all-rights-reserved"] as const;

export const image = z
  .strictObject({
    file: z.string().min(1),
    alt: z.string().trim().min(ALT_LIMITS.min).max(ALT_LIMITS.max),
    // What the picture shows or tells, under it on the page (the alt text is for who cannot see it).
    caption: z.string().trim().min(CAPTION_LIMITS.min).max(CAPTION_LIMITS.max).optional(),
    credit: z.string().trim().min(2).max(200),
    licence: z.enum(LICENCES),
    // Who holds the rights, for all-rights-reserved ("© Stad Genk"); optional for open licences.
    holder: z.string().trim().min(2).max(200).optional(),
    source: webUrl.optional(),
    // The point crops keep in view (thumbnails, social previews, postcard fronts): "40% 30%" from the left and top.
    focus: z.string().refine((value) => parseFocus(value) !== undefined, { error: "focus" }).optional(),
  })
  .superRefine((image, context) => {
    if (image.licence === "all-rights-reserved" && !image.holder) {
      context.addIssue({ code: "custom", message: "holder-needed", path: ["holder"] });
    }
  });
export type ImageSource = z.infer<typeof image>;

export const text = (min: number, max: number) => z.string().trim().min(min).max(max);
