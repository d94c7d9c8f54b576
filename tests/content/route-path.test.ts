import { describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { legLengthsKm } from "../../src/geo/distance.ts";
import { ROUTE_MD, regionWith } from "../helpers/content-dir.ts";
import { fixture } from "../helpers/fixtures.ts";

const withTrack = (file: string, gpx: string, route = ROUTE_MD) =>
  loadSite(regionWith({ "routes/mijnwandeling.md": route.replace("stops:", `track: ${file}\nstops:`), [`routes/${file}`]: gpx }));

describe("a route with a GPX track", () => {
  it("measures distance and legs along the track, with elevation", async () => {
    const { model, problems } = await withTrack("spoor.gpx", fixture("gpx/planner-track-gpx10.gpx"));
    expect(problems).toEqual([]);
    const route = model!.routes[0]!;
    expect(route.distanceMethod).toBe("track");
    const straight = legLengthsKm(route.stops.map((stop) => stop.location));
    // This track runs straight from stop to stop, so along-track legs match the straight ones.
    route.legs.forEach((leg, index) => expect(leg.distanceKm).toBeCloseTo(straight[index]!, 3));
    expect(route.distanceKm).toBeCloseTo(straight[0]! + straight[1]!, 3);
    // 60 m up to 72 m and down to 61 m, counted in steps of at least 3 m (see elevationGainLoss).
    expect(route.elevation).toEqual({ gainM: 10, lossM: 8 });
  });

  it("keeps a watch's segments apart and does not count the gap between them", async () => {
    const { model, problems } = await withTrack("spoor.gpx", fixture("gpx/watch-two-segments.gpx"));
    expect(problems).toEqual([]);
    const route = model!.routes[0]!;
    expect(route.path.map((segment) => segment.length)).toEqual([6, 7]);
    const straight = legLengthsKm(route.stops.map((stop) => stop.location));
    // The first segment stops 1/6 short of the second stop, where the second segment starts.
    expect(route.legs[0]!.distanceKm).toBeCloseTo((straight[0]! * 5) / 6, 3);
  });

  it("gives no elevation for a track without it", async () => {
    const { model } = await withTrack("planner.gpx", fixture("gpx/planner-route.gpx"));
    expect(model!.routes[0]!.distanceMethod).toBe("track");
    expect(model!.routes[0]!.elevation).toBeUndefined();
  });

  it("reports malformed GPX naming the file and its line", async () => {
    const { problems } = await withTrack("kapot.gpx", fixture("gpx/malformed.gpx"));
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/mijnwandeling\.md:7 track: "kapot\.gpx" is not valid GPX: .* \(line 4 of the GPX file\) \(export the route again/),
    ]);
  });

  it("reports an empty track", async () => {
    const { problems } = await withTrack("leeg.gpx", fixture("gpx/empty-track.gpx"));
    expect(problems.map(formatProblem)[0]).toMatch(/mijnwandeling\.md:7 track: "leeg\.gpx" has no track/);
  });

  it("reports a stop far from the track: an error for an exact position, a warning for an approximate one", async () => {
    const far = ROUTE_MD.replace("  - monument: c-mine\n", "  - monument: c-mine\n  - name: Ver weg\n    location: { lat: 51.05, lng: 5.45, precision: approximate }\n");
    const { model, problems } = await withTrack("spoor.gpx", fixture("gpx/watch-two-segments.gpx"), far);
    expect(model).toBeDefined();
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/mijnwandeling\.md:10 stops\[1\]: warning: stop 2 \("Ver weg"\) is 7,\d km from the track in "spoor\.gpx"/),
    ]);
    const exact = far.replace("precision: approximate }\n  - name: Uitkijkpunt", "precision: exact }\n  - name: Uitkijkpunt");
    const second = await withTrack("spoor.gpx", fixture("gpx/watch-two-segments.gpx"), exact);
    expect(second.model).toBeUndefined();
    expect(second.problems.map(formatProblem)[0]).toMatch(/stops\[1\]: stop 2 \("Ver weg"\) is 7,\d km from the track/);
  });
});
