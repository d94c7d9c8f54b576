import { describe, expect, it } from "vitest";
import { boundsOf, extent } from "../../src/geo/bounds.ts";

describe("boundsOf", () => {
  it("is the smallest box around the points", () => {
    expect(boundsOf([{ lat: 51.07, lng: 5.22 }, { lat: 50.98, lng: 5.71 }, { lat: 51.01, lng: 5.49 }])).toEqual({ south: 50.98, west: 5.22, north: 51.07, east: 5.71 });
    expect(boundsOf([])).toBeUndefined();
  });

  it("takes 200,000 monuments (a list too long to spread into Math.min)", () => {
    const points = Array.from({ length: 200_000 }, (_, index) => ({ lat: 50.9 + (index % 1000) / 4000, lng: 5.1 + Math.floor(index / 1000) / 285 }));
    expect(boundsOf(points)).toEqual({ south: 50.9, west: 5.1, north: 50.9 + 999 / 4000, east: 5.1 + 199 / 285 });
  });
});

describe("extent", () => {
  it("gives the smallest and the largest number, and infinities for none", () => {
    expect(extent([3, -1, 2])).toEqual({ min: -1, max: 3 });
    expect(extent([])).toEqual({ min: Infinity, max: -Infinity });
  });
});
