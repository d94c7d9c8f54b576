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

/** OpenStreetMap's standard tiles, for a site config written before maps had settings. */
export const DEFAULT_TILES: TileConfig = {
  url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  attribution: "© OpenStreetMap-bijdragers",
  attributionUrl: "https://www.openstreetmap.org/copyright",
  maxZoom: 19,
};

/** The id of the <script type="application/json"> that carries the MapConfig. */
export const MAP_CONFIG_ELEMENT_ID = "map-config";

interface SiteConfigLike {
  map?: { tiles?: Partial<TileConfig> };
  region: { bounds: RegionBounds };
}

export function mapConfigFor(site: SiteConfigLike): MapConfig {
  const tiles = site.map?.tiles;
  const { south, west, north, east } = site.region.bounds;
  return {
    tiles: tiles?.url
      ? {
          url: tiles.url,
          attribution: tiles.attribution ?? "",
          ...(tiles.attributionUrl ? { attributionUrl: tiles.attributionUrl } : {}),
          maxZoom: tiles.maxZoom ?? DEFAULT_TILES.maxZoom,
        }
      : DEFAULT_TILES,
    bounds: { south, west, north, east },
  };
}

/** The MapConfig as JSON that is safe inside <script>: no "<" survives, so no "</script>" either. */
export function mapConfigJson(site: SiteConfigLike): string {
  return JSON.stringify(mapConfigFor(site)).replace(/</g, "\\u003c");
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
