import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../../src/content/load.ts";
import { packMap } from "../../../src/outputs/packs/map.ts";
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
    expect(map.lines[0]![0]).toMatchObject({ x: map.stops[0]!.x, y: map.stops[0]!.y });
    expect(map.straight).toBe(route.distanceMethod === "straight-lines");
    // A place the content marks approximate stays approximate on paper.
    expect(map.stops.map((stop) => stop.approximate)).toEqual([...route.stops.map((stop) => stop.location.precision === "approximate"), false]);
    expect(map.scale.lengthMm).toBeLessThanOrEqual(box.width / 4);
  });
});
