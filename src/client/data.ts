import type { Feature, FeatureCollection, GeoJsonProperties, LineString, MultiLineString, Point } from "geojson";
import type { MonumentFeature as PublishedMonument } from "../outputs/geojson/monuments.ts";

// The data files the maps read (written by src/outputs/geojson/). Only the
// fields the maps use; they are checked where they are read, not trusted.

export type Precision = "exact" | "approximate";

/** /data/monuments.geojson, as src/outputs/geojson/monuments.ts writes it (one shape for both sides). */
export type MonumentProperties = PublishedMonument["properties"];
export type MonumentFeature = Feature<Point, MonumentProperties>;

/** /data/routes.geojson */
export interface RouteProperties {
  id: string;
  title: string;
  mode: string;
  url: string;
  distanceKm: number;
  geometry: "track" | "straight-lines";
}
export type RouteFeature = Feature<LineString | MultiLineString, RouteProperties>;

/** /routes/<slug>/<slug>.geojson: the path, then one point per stop. */
export interface RoutePathProperties {
  role: "path";
  geometry: "track" | "straight-lines";
  title: string;
  mode: string;
}
export interface RouteStopProperties {
  role: "stop";
  number: number;
  name: string;
  url: string | null;
  precision: Precision;
  note: string | null;
  legKmToNext: number | null;
}
export type RoutePathFeature = Feature<LineString | MultiLineString, RoutePathProperties>;
export type RouteStopFeature = Feature<Point, RouteStopProperties>;

export function isPointFeature<P extends GeoJsonProperties>(feature: Feature | null | undefined): feature is Feature<Point, P> {
  const coordinates = feature?.geometry?.type === "Point" ? feature.geometry.coordinates : undefined;
  return !!coordinates && Number.isFinite(coordinates[0]) && Number.isFinite(coordinates[1]) && !!feature?.properties;
}

export function isLineFeature<P extends GeoJsonProperties>(feature: Feature | null | undefined): feature is Feature<LineString | MultiLineString, P> {
  const type = feature?.geometry?.type;
  return (type === "LineString" || type === "MultiLineString") && !!feature?.properties;
}

/** Fetches a GeoJSON FeatureCollection; rejects with a plain message on anything else. */
export async function fetchFeatures(url: string): Promise<Feature[]> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const collection = (await response.json()) as FeatureCollection;
  if (collection?.type !== "FeatureCollection" || !Array.isArray(collection.features)) throw new Error(`${url}: not a FeatureCollection`);
  return collection.features;
}

/** A link target from the data files: site-relative or http(s) only, never javascript:. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  return /^\/(?!\/)/.test(url) || /^https?:\/\//i.test(url) ? url : null;
}
