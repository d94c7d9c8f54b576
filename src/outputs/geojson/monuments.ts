import type { Monument, SiteModel } from "../../content/model.ts";
import { imageCreditText } from "../../i18n/credits.ts";

export interface MonumentFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: {
    id: string;
    title: string;
    municipality: string;
    kind: string;
    precision: "exact" | "approximate";
    summary: string;
    url: string;
    /** The first image as a 3:2 thumbnail (JPEG), for popups; null without one. */
    image: string | null;
    /** The same thumbnail in its widths, for sharp popups on high-density screens. */
    imageSrcset: string | null;
    imageAlt: string | null;
    /** Credit and licence, shown with the picture: "Illustratie: schachtbok · CC0 1.0". */
    imageCredit: string | null;
    /** Year of Open Monumentendag participation, or null. */
    openMonumentendag: number | null;
  };
}

export interface MonumentCollection {
  type: "FeatureCollection";
  features: MonumentFeature[];
}

/** One Point feature per monument, for the map (RFC 7946: longitude first). */
export function monumentsGeoJson(model: SiteModel): MonumentCollection {
  return {
    type: "FeatureCollection",
    features: model.monuments.map((monument) => ({
      type: "Feature",
      id: monument.slug,
      geometry: { type: "Point", coordinates: [round(monument.location.lng), round(monument.location.lat)] },
      properties: {
        id: monument.slug,
        title: monument.title,
        municipality: monument.municipality.name,
        kind: monument.kind,
        precision: monument.location.precision,
        summary: monument.summary,
        url: monument.url,
        image: thumbOf(monument)?.src ?? null,
        imageSrcset: thumbOf(monument)?.srcset ?? null,
        imageAlt: thumbOf(monument) ? monument.images[0]!.alt : null,
        imageCredit: thumbOf(monument) ? imageCreditText(monument.images[0]!, monument.i18n.lang) : null,
        openMonumentendag: monument.openMonumentendag?.year ?? null,
      },
    })),
  };
}

function thumbOf(monument: Monument) {
  return monument.images[0]?.rendition?.thumb;
}

// Six decimals is about 10 cm: more digits only add bytes.
const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;
