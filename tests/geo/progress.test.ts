import { describe, expect, it } from "vitest";
import { greatCircleKm } from "../../src/geo/distance.ts";
import type { Position } from "../../src/geo/gpx.ts";
import { bearing, compassOf, heading, routeProgress, stopsAlongKm } from "../../src/geo/progress.ts";

// A walk due east along the 51st parallel near Genk, then due north: stops at the start, the
// corner and the end. One thousandth of a degree of longitude here is about 70 m.

const start = { lat: 51, lng: 5.5 };
const corner = { lat: 51, lng: 5.51 };
const end = { lat: 51.01, lng: 5.51 };
const path: Position[][] = [[[start.lng, start.lat], [corner.lng, corner.lat], [end.lng, end.lat]]];
const stops = [start, corner, end];
const along = stopsAlongKm(path, stops);
const leg1 = greatCircleKm(start, corner);
const leg2 = greatCircleKm(corner, end);

describe("routeProgress", () => {
  it("places the stops along the route", () => {
    expect(along[0]).toBeCloseTo(0, 6);
    expect(along[1]).toBeCloseTo(leg1, 3);
    expect(along[2]).toBeCloseTo(leg1 + leg2, 3);
  });

  it("halfway along the first leg: the next stop is the corner, due east, half a leg away", () => {
    const here = { lat: 51, lng: 5.505 };
    const progress = routeProgress(path, stops, along, here);
    expect(progress.offRouteKm).toBeCloseTo(0, 3);
    expect(progress.alongKm).toBeCloseTo(leg1 / 2, 2);
    expect(progress.next).toMatchObject({ index: 1, compass: "E" });
    expect(progress.next!.alongKm).toBeCloseTo(leg1 / 2, 2);
    expect(progress.next!.bearingDegrees).toBeCloseTo(90, 0);
  });

  it("at a stop, the next one is the stop after it", () => {
    const progress = routeProgress(path, stops, along, { lat: 51.0001, lng: 5.51 });
    expect(progress.next?.index).toBe(2);
    expect(progress.next?.compass).toBe("N");
  });

  it("off the route, measures from the nearest place on it, and says how far off it is", () => {
    const here = { lat: 51.003, lng: 5.505 }; // 330 m north of the first leg
    const progress = routeProgress(path, stops, along, here);
    expect(progress.offRouteKm).toBeCloseTo(0.334, 1);
    expect(progress.next?.index).toBe(1);
    // The straight line to the corner runs south-east.
    expect(progress.next?.compass).toBe("SE");
    expect(progress.next!.straightKm).toBeGreaterThan(progress.next!.alongKm - leg1);
  });

  it("after the last stop there is no next one", () => {
    expect(routeProgress(path, stops, along, end).next).toBeUndefined();
  });

  it("follows a route that passes the same place twice forwards, from where the visitor was", () => {
    // Out and back: the start is also the finish.
    const loop: Position[][] = [[[start.lng, start.lat], [corner.lng, corner.lat], [start.lng, start.lat]]];
    const loopStops = [start, corner, start];
    const loopAlong = stopsAlongKm(loop, loopStops);
    expect(loopAlong[2]).toBeCloseTo(2 * leg1, 3);
    const halfwayBack = { lat: 51, lng: 5.505 };
    // Without history the nearest place is on the way out; from the corner on, it is on the way back.
    expect(routeProgress(loop, loopStops, loopAlong, halfwayBack).next?.index).toBe(1);
    expect(routeProgress(loop, loopStops, loopAlong, halfwayBack, loopAlong[1]!).next).toMatchObject({ index: 2, compass: "W" });
  });
});

describe("bearing", () => {
  it("is 0 north, 90 east, 180 south and 270 west", () => {
    expect(bearing(start, { lat: 51.1, lng: 5.5 })).toBeCloseTo(0, 1);
    expect(bearing(start, { lat: 51, lng: 5.6 })).toBeCloseTo(90, 0);
    expect(bearing(start, { lat: 50.9, lng: 5.5 })).toBeCloseTo(180, 1);
    expect(bearing(start, { lat: 51, lng: 5.4 })).toBeCloseTo(270, 0);
  });
});

describe("heading and compassOf", () => {
  it("names the eight compass points, rounding to the nearest", () => {
    expect([0, 44, 46, 90, 135, 180, 225, 270, 315, 338, 359].map(compassOf)).toEqual(["N", "NE", "NE", "E", "SE", "S", "SW", "W", "NW", "N", "N"]);
    expect(compassOf(-90)).toBe("W");
  });

  it("from the start to the end of the walk: about 1.1 km to the north-east", () => {
    const toEnd = heading(start, end);
    expect(toEnd.straightKm).toBeCloseTo(greatCircleKm(start, end), 6);
    expect(toEnd.compass).toBe("NE");
  });
});
