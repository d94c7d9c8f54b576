import type { SiteModel } from "../../content/model.ts";
import { monumentsGeoJson, type MonumentFeature } from "../geojson/monuments.ts";
import { COORDINATE_STEP, DETAIL_CHUNK_SIZE, MAP_DATA_FORMAT, packFacets, type MonumentDetail, type MonumentDetailChunk, type MonumentPoints } from "./format.ts";

// The overview map's data (/data/monuments/points.json and /data/monuments/details/<n>.json):
// what the map needs to draw every monument up front, and the rest in chunks fetched when
// a popup, the nearest list or a page of the list needs them. Pure: the plugin writes the
// strings (src/eleventy/plugin.ts), the browser reads them (src/client/map-points.ts).
//
// Why this shape (measured on 50,000 random points, gzipped): whole-degree GeoJSON is 1.45 MB;
// integer coordinates at 1e-5 degrees, sorted in Z-order (Morton) so neighbours follow each
// other and delta-encoded, are about 223 KB, the titles 143 KB more. Slugs would add 148 KB,
// so links and everything else a popup shows are in the detail chunks, in the same order.

export interface MonumentMapData {
  points: MonumentPoints;
  chunks: MonumentDetailChunk[];
}

const toSteps = (degrees: number) => Math.round(degrees / COORDINATE_STEP);

/**
 * The Morton (Z-order) code of a position in steps: the bits of x and y interleaved, so
 * that sorting by it keeps nearby points near each other in the file.
 */
export function mortonCode(lngSteps: number, latSteps: number): bigint {
  // Shifted to be non-negative: 360° and 180° in steps fit 26 bits each.
  let x = BigInt(lngSteps + 18_000_000);
  let y = BigInt(latSteps + 9_000_000);
  let code = 0n;
  for (let bit = 0n; x > 0n || y > 0n; bit += 2n) {
    code |= (x & 1n) << bit;
    code |= (y & 1n) << (bit + 1n);
    x >>= 1n;
    y >>= 1n;
  }
  return code;
}

/** The points file and the detail chunks of one language view. */
export function monumentMapData(model: SiteModel, chunkSize = DETAIL_CHUNK_SIZE): MonumentMapData {
  const features = monumentsGeoJson(model).features;
  const entries = model.monuments.map((monument, index) => {
    const feature = features[index]!;
    const lngSteps = toSteps(monument.location.lng);
    const latSteps = toSteps(monument.location.lat);
    return { monument, feature, lngSteps, latSteps, code: mortonCode(lngSteps, latSteps) };
  });
  // Ties (one address, several monuments) in slug order: the same files on every build.
  entries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.monument.slug < b.monument.slug ? -1 : a.monument.slug > b.monument.slug ? 1 : 0));

  const kinds = [...new Set(entries.map(({ monument }) => monument.kind as string))].sort();
  const municipalitySlugs = new Map<string, string>();
  for (const { monument } of entries) municipalitySlugs.set(monument.municipality.slug, monument.municipality.name);
  const municipalities = [...municipalitySlugs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const kindIndex = new Map(kinds.map((kind, index) => [kind, index]));
  const municipalityIndex = new Map(municipalities.map(([slug], index) => [slug, index]));

  const points: MonumentPoints = {
    format: MAP_DATA_FORMAT,
    count: entries.length,
    chunkSize,
    kinds,
    municipalities,
    lng: [],
    lat: [],
    facets: [],
    municipality: [],
    title: [],
  };
  let lastLng = 0;
  let lastLat = 0;
  for (const { monument, lngSteps, latSteps } of entries) {
    points.lng.push(lngSteps - lastLng);
    points.lat.push(latSteps - lastLat);
    lastLng = lngSteps;
    lastLat = latSteps;
    points.facets.push(packFacets(kindIndex.get(monument.kind)!, monument.location.precision === "approximate", !!monument.openMonumentendag));
    points.municipality.push(municipalityIndex.get(monument.municipality.slug)!);
    points.title.push(monument.title);
  }

  const chunks: MonumentDetailChunk[] = [];
  for (let start = 0; start < entries.length; start += chunkSize) {
    chunks.push({
      format: MAP_DATA_FORMAT,
      start,
      monuments: entries.slice(start, start + chunkSize).map(({ monument, feature }) => detailOf(feature, titleLangOf(monument.i18n))),
    });
  }
  return { points, chunks };
}

function detailOf({ properties }: MonumentFeature, titleLang: string | null): MonumentDetail {
  return {
    id: properties.id,
    url: properties.url,
    summary: properties.summary,
    image: properties.image,
    imageSrcset: properties.imageSrcset,
    imageAlt: properties.imageAlt,
    imageCredit: properties.imageCredit,
    openMonumentendag: properties.openMonumentendag,
    titleLang,
  };
}

function titleLangOf(i18n: SiteModel["monuments"][number]["i18n"] | undefined): string | null {
  if (!i18n || i18n.lang === i18n.original) return null;
  return i18n.fallback.title === true ? i18n.original : null;
}
