import { describe, expect, it } from "vitest";
import { boundsAround, lineSegments, pointCount } from "../../src/client/geometry.ts";

describe("lineSegments", () => {
  it("turns GeoJSON [lng, lat(, ele)] into Leaflet's [lat, lng], dropping the elevation", () => {
    expect(lineSegments({ type: "LineString", coordinates: [[5.49, 50.98, 62], [5.5, 50.99, 70]] })).toEqual([
      [[50.98, 5.49], [50.99, 5.5]],
    ]);
  });

  it("keeps the segments of a MultiLineString apart, so a gap in a track is not drawn as a path", () => {
    const segments = lineSegments({ type: "MultiLineString", coordinates: [[[5, 51], [5.1, 51]], [], [[5.2, 51], [5.3, 51.1]]] });
    expect(segments).toHaveLength(2);
    expect(pointCount(segments)).toBe(4);
  });
});

describe("boundsAround", () => {
  it("gives south-west and north-east corners", () => {
    expect(boundsAround([[51, 5.5], [50.9, 5.7], [51.1, 5.2]])).toEqual([[50.9, 5.2], [51.1, 5.7]]);
  });

  it("gives null without points", () => {
    expect(boundsAround([])).toBeNull();
  });
});
