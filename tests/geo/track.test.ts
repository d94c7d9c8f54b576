import { describe, expect, it } from "vitest";
import type { Position } from "../../src/geo/gpx.ts";
import { elevationGainLoss, lineLengthKm, locateOnTrack } from "../../src/geo/track.ts";

// A straight track due north along 5.5° E: 0.01° of latitude is 1.112 km.
const north: Position[] = [
  [5.5, 51.0],
  [5.5, 51.01],
  [5.5, 51.02],
];

describe("lineLengthKm", () => {
  it("sums the great-circle pieces", () => {
    expect(lineLengthKm(north)).toBeCloseTo(2.224, 3);
  });
});

describe("locateOnTrack", () => {
  it("finds how far along and how far off the track a point is", () => {
    const placed = locateOnTrack([north], { lat: 51.015, lng: 5.5071 });
    expect(placed.alongKm).toBeCloseTo(1.668, 2);
    expect(placed.offTrackKm).toBeCloseTo(0.5, 2);
  });

  it("looks only ahead of the previous stop, so a loop's finish is placed at the end", () => {
    const loop: Position[] = [...north, [5.51, 51.02], [5.51, 51.0], [5.5, 51.0]];
    const start = locateOnTrack([loop], { lat: 51.0, lng: 5.5 });
    const finish = locateOnTrack([loop], { lat: 51.0, lng: 5.5 }, 4);
    expect(start.alongKm).toBe(0);
    expect(finish.alongKm).toBeCloseTo(lineLengthKm(loop), 6);
  });
});

describe("elevationGainLoss", () => {
  it("adds up real climbs and descents", () => {
    const hill: Position[] = [5, 10, 20, 30, 25, 10].map((ele, index): Position => [5.5, 51 + index / 1000, ele]);
    expect(elevationGainLoss([hill])).toEqual({ gainM: 25, lossM: 20 });
  });

  it("ignores GPS noise below the threshold", () => {
    const flat: Position[] = [40, 41, 40, 42, 40, 41, 40].map((ele, index): Position => [5.5, 51 + index / 1000, ele]);
    expect(elevationGainLoss([flat])).toEqual({ gainM: 0, lossM: 0 });
  });
});
