import { describe, expect, it } from "vitest";
import { TILE_SIZE, tileCover, tileUrl, worldPixel } from "../../src/geo/tiles.ts";

// Which Web Mercator tiles lie under a printed map, and where its box is in them.

describe("tiles", () => {
  it("puts a place in the tile the web map shows it in", () => {
    // C-mine, Genk (51.0128 N, 5.4867 E) at zoom 15, against the formula of OpenStreetMap's tile numbering.
    const [lng, lat, zoom] = [5.4867, 51.0128, 15];
    const radians = (lat * Math.PI) / 180;
    const pixel = worldPixel(lng, lat, zoom);
    expect(Math.floor(pixel.x / TILE_SIZE)).toBe(Math.floor(((lng + 180) / 360) * 2 ** zoom));
    expect(Math.floor(pixel.y / TILE_SIZE)).toBe(Math.floor(((1 - Math.asinh(Math.tan(radians)) / Math.PI) / 2) * 2 ** zoom));
    expect(Math.floor(pixel.x / TILE_SIZE)).toBe(16883);
    expect(worldPixel(0, 0, 0)).toEqual({ x: 128, y: 128 });
  });

  it("covers the map's box at enough pixels for paper, no deeper than allowed, with a bounded number of tiles", () => {
    const bounds = { west: 5.47, east: 5.5, south: 51.0, north: 51.02 };
    const cover = tileCover(bounds, 170, { maxZoom: 19, dpi: 150 });
    // At least 150 dpi over 170 mm: about 1000 pixels across the box.
    expect(cover.crop.width).toBeGreaterThanOrEqual(((170 / 25.4) * 150) * 0.99);
    expect(cover.crop.width).toBeLessThan(((170 / 25.4) * 150) * 2.01);
    const tiles = (cover.xMax - cover.xMin + 1) * (cover.yMax - cover.yMin + 1);
    expect(tiles).toBeLessThanOrEqual(64);
    // The crop lies inside the tiles put side by side.
    expect(cover.crop.left + cover.crop.width).toBeLessThanOrEqual((cover.xMax - cover.xMin + 1) * TILE_SIZE + 1);
    expect(cover.crop.top + cover.crop.height).toBeLessThanOrEqual((cover.yMax - cover.yMin + 1) * TILE_SIZE + 1);
    expect(tileCover(bounds, 170, { maxZoom: 12 }).zoom).toBe(12);
    // A whole province on one page: fewer, coarser tiles.
    const wide = tileCover({ west: 4.9, east: 5.9, south: 50.7, north: 51.3 }, 170, { maxZoom: 19, maxTiles: 16 });
    expect((wide.xMax - wide.xMin + 1) * (wide.yMax - wide.yMin + 1)).toBeLessThanOrEqual(16);
  });

  it("fills a tile address", () => {
    expect(tileUrl("https://{s}.tile.example/{z}/{x}/{y}.png", 15, 16883, 10918)).toBe("https://a.tile.example/15/16883/10918.png");
  });
});
