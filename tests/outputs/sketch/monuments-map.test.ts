import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { monumentsMapSvg, type MapMonument } from "../../../src/outputs/sketch/monuments-map.ts";

const BOUNDS = { south: 50.9, west: 5.1, north: 51.15, east: 5.8 };
const MONUMENTS: MapMonument[] = [
  { location: { lat: 51.0708, lng: 5.2211 }, municipality: { name: "Beringen" } },
  { location: { lat: 51.0713, lng: 5.2233 }, municipality: { name: "Beringen" } },
  { location: { lat: 50.9826, lng: 5.4905 }, municipality: { name: "Genk" } },
  { location: { lat: 51.0128, lng: 5.5797 }, municipality: { name: "As" } },
  { location: { lat: 50.9786, lng: 5.7083 }, municipality: { name: "Maasmechelen" } },
];

describe("monumentsMapSvg", () => {
  const svg = parse(monumentsMapSvg(MONUMENTS, BOUNDS)).querySelector("svg")!;
  const [, , width, height] = svg.getAttribute("viewBox")!.split(" ").map(Number) as [number, number, number, number];
  const dots = svg.querySelectorAll("circle").map((circle) => ({ x: Number(circle.getAttribute("cx")), y: Number(circle.getAttribute("cy")) }));

  it("draws a dot per monument inside the drawing, north up and east right", () => {
    expect(dots).toHaveLength(MONUMENTS.length);
    for (const dot of dots) {
      expect(dot.x).toBeGreaterThan(0);
      expect(dot.x).toBeLessThan(width);
      expect(dot.y).toBeGreaterThan(0);
      expect(dot.y).toBeLessThan(height);
    }
    // Beringen is north of Genk, Maasmechelen east of As.
    expect(dots[0]!.y).toBeLessThan(dots[2]!.y);
    expect(dots[4]!.x).toBeGreaterThan(dots[3]!.x);
  });

  it("names each municipality once, inside the drawing", () => {
    const labels = svg.querySelectorAll("text");
    expect(labels.map((label) => label.text).sort()).toEqual(["As", "Beringen", "Genk", "Maasmechelen"]);
    for (const label of labels) {
      expect(Number(label.getAttribute("x"))).toBeGreaterThanOrEqual(0);
      expect(Number(label.getAttribute("y"))).toBeLessThanOrEqual(height);
    }
  });

  it("is decorative, for a link that says where it leads", () => {
    expect(svg.getAttribute("aria-hidden")).toBe("true");
  });

  it("draws the region's bounds when there are no monuments yet", () => {
    const empty = parse(monumentsMapSvg([], BOUNDS)).querySelector("svg")!;
    expect(empty.querySelectorAll("circle")).toHaveLength(0);
    expect(empty.getAttribute("viewBox")).toMatch(/^0 0 400 \d+$/);
  });
});
