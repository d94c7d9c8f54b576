import type { SiteModel } from "../../content/model.ts";

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
    /** The first image, for popups; null without one. */
    image: string | null;
    imageAlt: string | null;
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
        image: monument.images[0]?.url ?? null,
        imageAlt: monument.images[0]?.alt ?? null,
        openMonumentendag: monument.openMonumentendag?.year ?? null,
      },
    })),
  };
}

// Six decimals is about 10 cm: more digits only add bytes.
const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;
