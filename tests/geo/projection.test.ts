import { describe, expect, it } from "vitest";
import { greatCircleKm } from "../../src/geo/distance.ts";
import { fitMap, scaleBar } from "../../src/geo/projection.ts";

const WINTERSLAG = { lat: 50.98259, lng: 5.49053 };
const BERINGEN = { lat: 51.07077, lng: 5.22105 };
const DUMONT = { lat: 51.01278, lng: 5.57972 };

describe("fitMap", () => {
  const box = { width: 170, height: 120 };
  const fit = fitMap([WINTERSLAG, BERINGEN, DUMONT], box, 10);

  it("keeps every point inside the box, with the padding, and centres them", () => {
    const points = [WINTERSLAG, BERINGEN, DUMONT].map(fit.project);
    for (const point of points) {
      expect(point.x).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(point.x).toBeLessThanOrEqual(160 + 1e-9);
      expect(point.y).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(point.y).toBeLessThanOrEqual(110 + 1e-9);
    }
    // The widest span (west-east here) touches the padding on both sides.
    const xs = points.map((point) => point.x);
    expect(Math.min(...xs)).toBeCloseTo(10, 6);
    expect(Math.max(...xs)).toBeCloseTo(160, 6);
  });

  it("puts north up and east right", () => {
    expect(fit.project(BERINGEN).y).toBeLessThan(fit.project(WINTERSLAG).y);
    expect(fit.project(DUMONT).x).toBeGreaterThan(fit.project(BERINGEN).x);
  });

  it("gives a scale that matches distances on the ground within 1%", () => {
    const a = fit.project(WINTERSLAG);
    const b = fit.project(DUMONT);
    const mm = Math.hypot(b.x - a.x, b.y - a.y);
    expect((mm * fit.metresPerMm) / 1000).toBeCloseTo(greatCircleKm(WINTERSLAG, DUMONT), 0);
    expect(Math.abs((mm * fit.metresPerMm) / 1000 / greatCircleKm(WINTERSLAG, DUMONT) - 1)).toBeLessThan(0.01);
  });

  it("draws a single monument at a sensible scale, in the middle", () => {
    const one = fitMap([WINTERSLAG], box, 10, 500);
    expect(one.project(WINTERSLAG)).toEqual({ x: 85, y: 60 });
    expect(one.metresPerMm * 100).toBeCloseTo(500, 0); // 500 m across the 100 mm between the paddings
  });
});

describe("fitMap at scale", () => {
  it("fits 200,000 points (a list too long to spread into Math.min)", () => {
    const points = Array.from({ length: 200_000 }, (_, index) => ({ lat: 50.9 + (index % 500) / 2000, lng: 5.1 + Math.floor(index / 500) / 570 }));
    const fit = fitMap(points, { width: 400, height: 300 }, 10);
    const corner = fit.project({ lat: 50.9, lng: 5.1 });
    expect(corner.x).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(corner.y).toBeLessThanOrEqual(290 + 1e-9);
  });
});

describe("scaleBar", () => {
  it("picks the longest round distance that fits", () => {
    expect(scaleBar(10, 40)).toEqual({ metres: 200, lengthMm: 20, label: "200 m" });
    expect(scaleBar(100, 40)).toEqual({ metres: 2000, lengthMm: 20, label: "2 km" });
    expect(scaleBar(37, 40)).toMatchObject({ metres: 1000, label: "1 km" });
    expect(scaleBar(1.3, 40)).toMatchObject({ metres: 50, label: "50 m" });
  });
});
