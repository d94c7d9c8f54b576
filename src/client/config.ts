import { MAP_MESSAGES, type MapLang } from "./messages.ts";

// What the server hands the map script: the tile layer from the site config and
// the region to show before the data arrives. Pure, so the Eleventy side (which
// writes it into the page) and the browser side (which reads it) share one shape.

export interface TileConfig {
  /** A Leaflet tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  url: string;
  /** Plain text; never HTML from config. */
  attribution: string;
  attributionUrl?: string;
  maxZoom: number;
}

export interface RegionBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface MapConfig {
  tiles: TileConfig;
  bounds: RegionBounds;
}

/** OpenStreetMap's standard tiles, for a site config written before maps had settings (credit in Dutch). */
export const DEFAULT_TILES: TileConfig = {
  url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  attribution: MAP_MESSAGES.nl.openStreetMapCredit,
  attributionUrl: "https://www.openstreetmap.org/copyright",
  maxZoom: 19,
};

/** The same tiles, credited in the page's language: "© OpenStreetMap contributors". */
export function defaultTiles(lang: MapLang): TileConfig {
  return { ...DEFAULT_TILES, attribution: MAP_MESSAGES[lang].openStreetMapCredit };
}

/** The id of the <script type="application/json"> that carries the MapConfig. */
export const MAP_CONFIG_ELEMENT_ID = "map-config";

interface SiteConfigLike {
  map?: { tiles?: Partial<TileConfig> };
  region: { bounds: RegionBounds };
}

/**
 * The map settings of a page in `lang`. A tile layer set in the config is used as it is
 * (its credit is the provider's text); OpenStreetMap's default gets its credit in `lang`.
 */
export function mapConfigFor(site: SiteConfigLike, lang: MapLang = "nl"): MapConfig {
  const tiles = site.map?.tiles;
  const { south, west, north, east } = site.region.bounds;
  // The default tiles with their default (Dutch) credit, as the site schema fills them in: credited in the page's language.
  const isDefault = tiles?.url === DEFAULT_TILES.url && tiles.attribution === DEFAULT_TILES.attribution;
  return {
    tiles: tiles?.url && !isDefault
      ? {
          url: tiles.url,
          attribution: tiles.attribution ?? "",
          ...(tiles.attributionUrl ? { attributionUrl: tiles.attributionUrl } : {}),
          maxZoom: tiles.maxZoom ?? DEFAULT_TILES.maxZoom,
        }
      : defaultTiles(lang),
    bounds: { south, west, north, east },
  };
}

/** The MapConfig as JSON that is safe inside <script>: no "<" survives, so no "</script>" either. */
export function mapConfigJson(site: SiteConfigLike, lang: MapLang = "nl"): string {
  return JSON.stringify(mapConfigFor(site, lang)).replace(/</g, "\\u003c");
}

/** Checks what came out of the page before the map relies on it. */
export function isMapConfig(value: unknown): value is MapConfig {
  const config = value as Partial<MapConfig> | null;
  if (!config || typeof config !== "object" || !config.tiles || !config.bounds) return false;
  const { tiles, bounds } = config;
  return (
    typeof tiles.url === "string" &&
    typeof tiles.attribution === "string" &&
    typeof tiles.maxZoom === "number" &&
    [bounds.south, bounds.west, bounds.north, bounds.east].every((value) => typeof value === "number" && Number.isFinite(value))
  );
}
