import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { mergedDots, monumentsMapSvg, type MapMonument } from "../../../src/outputs/sketch/monuments-map.ts";

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

  it("stays small for 50,000 monuments: dots that would cover each other drawn once, every monument under a dot", () => {
    const names = ["As", "Beringen", "Genk", "Heusden-Zolder", "Houthalen-Helchteren", "Leopoldsburg", "Maasmechelen"];
    // Deterministic scatter over the region, thicker in seven towns.
    const many: MapMonument[] = Array.from({ length: 50_000 }, (_, index) => {
      const town = index % 7;
      const spread = ((index * 7919) % 1000) / 1000;
      const turn = ((index * 104729) % 1000) / 1000;
      return {
        location: { lat: 50.95 + town * 0.025 + spread * 0.04 * Math.cos(turn * 2 * Math.PI), lng: 5.2 + town * 0.08 + spread * 0.06 * Math.sin(turn * 2 * Math.PI) },
        municipality: { name: names[town]! },
      };
    });
    const text = monumentsMapSvg(many, BOUNDS);
    expect(gzipSync(text).length).toBeLessThan(60_000);
    const drawn = parse(text).querySelectorAll("circle").map((circle) => ({ x: Number(circle.getAttribute("cx")), y: Number(circle.getAttribute("cy")) }));
    expect(drawn.length).toBeLessThan(10_000);
    expect(parse(text).querySelectorAll("text")).toHaveLength(7);
  });
});

describe("mergedDots", () => {
  it("draws one dot per 4-unit cell, at the mean of its dots, so each dot it replaces lies under it", () => {
    const dots = [
      { x: 10.5, y: 10.5 },
      { x: 11.5, y: 11.5 },
      { x: 30, y: 10 },
    ];
    expect(mergedDots(dots)).toEqual([
      { x: 11, y: 11 },
      { x: 30, y: 10 },
    ]);
    for (const dot of dots) expect(mergedDots(dots).some((merged) => Math.hypot(merged.x - dot.x, merged.y - dot.y) <= 4 * Math.SQRT2)).toBe(true);
  });
});
