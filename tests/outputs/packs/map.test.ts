import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../../src/content/load.ts";
import { packMap, spreadMarkers } from "../../../src/outputs/packs/map.ts";
import { PROJECT_DIR } from "../../helpers/cli.ts";

describe("packMap", () => {
  it("numbers the route's stops in order, then the worksheets off the route, all inside the box", async () => {
    const { model } = await loadSite(path.join(PROJECT_DIR, "content"));
    const pack = model!.packs.find((candidate) => candidate.slug === "mijnverleden-en-migratie")!;
    const box = { width: 174, height: 170 };
    const map = packMap(pack, box);
    const route = pack.route!;
    expect(map.stops.map((stop) => [stop.number, stop.name])).toEqual([
      ...route.stops.map((stop, index) => [index + 1, stop.name]),
      [route.stops.length + 1, "Vlaams Mijnmuseum"],
    ]);
    for (const point of [...map.stops, ...map.lines.flat()]) {
      expect(point.x).toBeGreaterThanOrEqual(0);
      expect(point.x).toBeLessThanOrEqual(box.width);
      expect(point.y).toBeGreaterThanOrEqual(0);
      expect(point.y).toBeLessThanOrEqual(box.height);
    }
    // The line runs through the stops: its first point is stop 1, its last the route's last stop.
    const place = map.stops[0]!.anchor ?? map.stops[0]!;
    expect(map.lines[0]![0]).toMatchObject({ x: place.x, y: place.y });
    expect(map.straight).toBe(route.distanceMethod === "straight-lines");
    // A place the content marks approximate stays approximate on paper.
    expect(map.stops.map((stop) => stop.approximate)).toEqual([...route.stops.map((stop) => stop.location.precision === "approximate"), false]);
    expect(map.scale.lengthMm).toBeLessThanOrEqual(box.width / 4);
    // be-MINE (1) and the museum (5) share one sourced point: both numbers stay readable.
    const [mine, museum] = [map.stops[0]!, map.stops.at(-1)!];
    expect(Math.hypot(mine.x - museum.x, mine.y - museum.y)).toBeGreaterThanOrEqual(7);
    expect(mine.anchor).toEqual(museum.anchor);
  });
});

describe("spreadMarkers", () => {
  it("sets markers that would overlap side by side around their place, and leaves the others alone", () => {
    const spread = spreadMarkers([{ x: 50, y: 50 }, { x: 51, y: 50 }, { x: 100, y: 20 }], 8);
    expect(spread[2]).toEqual({ x: 100, y: 20 });
    expect(spread[0]!.anchor).toEqual({ x: 50, y: 50 });
    expect(spread[1]!.anchor).toEqual({ x: 51, y: 50 });
    expect(spread[1]!.x - spread[0]!.x).toBeGreaterThanOrEqual(8);
    expect((spread[0]!.x + spread[1]!.x) / 2).toBeCloseTo(50.5, 6);
  });
});
