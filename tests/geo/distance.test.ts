import { describe, expect, it } from "vitest";
import { greatCircleKm, legLengthsKm } from "../../src/geo/distance.ts";

describe("greatCircleKm", () => {
  it("measures C-mine to be-MINE as about 21 km (flat-earth check: 9.8 km north, 18.8 km west)", () => {
    const cMine = { lat: 50.98259, lng: 5.49053 };
    const beMine = { lat: 51.07077, lng: 5.22105 };
    expect(greatCircleKm(cMine, beMine)).toBeCloseTo(21.24, 1);
  });

  it("gives one degree of latitude as 111.2 km", () => {
    expect(greatCircleKm({ lat: 50, lng: 5 }, { lat: 51, lng: 5 })).toBeCloseTo(111.2, 1);
  });

  it("is zero for the same point and symmetric", () => {
    const a = { lat: 51.01278, lng: 5.57972 };
    const b = { lat: 51.0167, lng: 5.5 };
    expect(greatCircleKm(a, a)).toBe(0);
    expect(greatCircleKm(a, b)).toBeCloseTo(greatCircleKm(b, a), 10);
  });
});

describe("legLengthsKm", () => {
  it("gives one length per pair of consecutive points", () => {
    const legs = legLengthsKm([
      { lat: 50, lng: 5 },
      { lat: 51, lng: 5 },
      { lat: 51, lng: 5 },
    ]);
    expect(legs).toHaveLength(2);
    expect(legs[1]).toBe(0);
  });
});
