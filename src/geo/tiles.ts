// Web Mercator map tiles ({z}/{x}/{y}, 256 pixels, as the web map and most tile services use):
// which tiles cover a printed map, at which zoom, and where the map's box lies in them. Pure numbers.

export const TILE_SIZE = 256;

export interface GroundBounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

export interface TileCover {
  zoom: number;
  /** The tiles, column by column from xMin to xMax, row by row from yMin to yMax. */
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** The map's box in the pixels of those tiles put side by side: left, top, width, height. */
  crop: { left: number; top: number; width: number; height: number };
}

/** A longitude and latitude in pixels of the whole world at `zoom`. */
export function worldPixel(lng: number, lat: number, zoom: number): { x: number; y: number } {
  const size = TILE_SIZE * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return { x: ((lng + 180) / 360) * size, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size };
}

/**
 * The tiles under a map of `bounds` printed `widthMm` wide: the lowest zoom whose pixels are at least
 * `dpi` on paper, no deeper than `maxZoom`, and with no more than `maxTiles` tiles (a lower zoom then).
 */
export function tileCover(bounds: GroundBounds, widthMm: number, options: { dpi?: number; maxZoom: number; maxTiles?: number }): TileCover {
  const dpi = options.dpi ?? 150;
  const maxTiles = options.maxTiles ?? 64;
  const wantedPixels = (widthMm / 25.4) * dpi;
  const span = Math.max(1e-9, (bounds.east - bounds.west) / 360);
  let zoom = Math.min(options.maxZoom, Math.max(1, Math.ceil(Math.log2(wantedPixels / (span * TILE_SIZE)))));
  for (;;) {
    const cover = coverAt(bounds, zoom);
    if ((cover.xMax - cover.xMin + 1) * (cover.yMax - cover.yMin + 1) <= maxTiles || zoom <= 1) return cover;
    zoom--;
  }
}

function coverAt(bounds: GroundBounds, zoom: number): TileCover {
  const topLeft = worldPixel(bounds.west, bounds.north, zoom);
  const bottomRight = worldPixel(bounds.east, bounds.south, zoom);
  const last = 2 ** zoom - 1;
  const clamp = (tile: number) => Math.min(last, Math.max(0, tile));
  const xMin = clamp(Math.floor(topLeft.x / TILE_SIZE));
  const yMin = clamp(Math.floor(topLeft.y / TILE_SIZE));
  const xMax = clamp(Math.floor((bottomRight.x - 1e-9) / TILE_SIZE));
  const yMax = clamp(Math.floor((bottomRight.y - 1e-9) / TILE_SIZE));
  return {
    zoom,
    xMin,
    xMax,
    yMin,
    yMax,
    crop: {
      left: Math.round(topLeft.x - xMin * TILE_SIZE),
      top: Math.round(topLeft.y - yMin * TILE_SIZE),
      width: Math.max(1, Math.round(bottomRight.x - topLeft.x)),
      height: Math.max(1, Math.round(bottomRight.y - topLeft.y)),
    },
  };
}

/** A tile's address from a template with {z}, {x}, {y} (and {s}, a subdomain: "a"). */
export function tileUrl(template: string, zoom: number, x: number, y: number): string {
  return template.replace("{z}", String(zoom)).replace("{x}", String(x)).replace("{y}", String(y)).replace("{s}", "a");
}
