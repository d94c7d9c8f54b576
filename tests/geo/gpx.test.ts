import { describe, expect, it } from "vitest";
import { parseGpx } from "../../src/geo/gpx.ts";
import { fixture } from "../helpers/fixtures.ts";

describe("parseGpx", () => {
  it("reads a sport watch's track with two segments, elevation, time and extensions", () => {
    const result = parseGpx(fixture("gpx/watch-two-segments.gpx"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.track.segments.map((segment) => segment.length)).toEqual([6, 7]);
    expect(result.track.hasElevation).toBe(true);
    expect(result.track.name).toBe("Ochtendwandeling");
    expect(result.track.segments[0]![0]).toEqual([5.49053, 50.98259, 60]);
  });

  it("reads a route planner's <rte> without elevation", () => {
    const result = parseGpx(fixture("gpx/planner-route.gpx"));
    expect(result.ok && result.track.segments.map((segment) => segment.length)).toEqual([13]);
    expect(result.ok && result.track.hasElevation).toBe(false);
    expect(result.ok && result.track.segments[0]![0]).toEqual([5.49053, 50.98259]);
  });

  it("reads GPX 1.0", () => {
    const result = parseGpx(fixture("gpx/planner-track-gpx10.gpx"));
    expect(result.ok && result.track.segments[0]!.length).toBe(13);
  });

  it("reports malformed XML with its line", () => {
    const result = parseGpx(fixture("gpx/malformed.gpx"));
    expect(result).toMatchObject({ ok: false, line: 4 });
    expect(!result.ok && result.message).toMatch(/^is not valid GPX: .*trkpt/);
  });

  it("reports a file with no track points", () => {
    expect(parseGpx(fixture("gpx/empty-track.gpx"))).toMatchObject({ ok: false, message: expect.stringMatching(/has no track/) });
  });

  it("reports a file that is not GPX", () => {
    expect(parseGpx('<?xml version="1.0"?><kml><Document/></kml>')).toMatchObject({ ok: false, message: expect.stringMatching(/not a GPX file/) });
    expect(parseGpx("geen xml").ok).toBe(false);
  });
});
