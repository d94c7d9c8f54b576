import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import type { Position } from "../../../src/geo/gpx.ts";
import { ROUTE_SKETCH_BOX, routeSketchSvg, type SketchRoute } from "../../../src/outputs/sketch/route-sketch.ts";

const BE_MINE = { lat: 51.0708, lng: 5.2211 };
const ZOLDER = { lat: 51.0251, lng: 5.3012 };
const HOUTHALEN = { lat: 51.0297, lng: 5.3906 };
const TEXTS = { label: "Schets van de route Fietslus", straightLines: "in vogelvlucht" };

/** A wiggly track of 3000 points from Beringen past Zolder to Houthalen, as a watch records it. */
function wigglyTrack(): Position[] {
  const points: Position[] = [];
  const legs = [
    [BE_MINE, ZOLDER],
    [ZOLDER, HOUTHALEN],
  ] as const;
  for (const [from, to] of legs) {
    for (let index = 0; index < 1500; index++) {
      const t = index / 1500;
      const wiggle = 0.002 * Math.sin(t * Math.PI * 12);
      points.push([from.lng + (to.lng - from.lng) * t + wiggle, from.lat + (to.lat - from.lat) * t + wiggle, 40]);
    }
  }
  points.push([HOUTHALEN.lng, HOUTHALEN.lat, 40]);
  return points;
}

function svgOf(route: SketchRoute): HTMLElement {
  const root = parse(routeSketchSvg(route, TEXTS));
  return root.querySelector("svg")!;
}

function pointsOf(polyline: HTMLElement): { x: number; y: number }[] {
  return polyline
    .getAttribute("points")!
    .split(" ")
    .map((pair) => pair.split(",").map(Number))
    .map(([x, y]) => ({ x: x!, y: y! }));
}

const stopCentre = (svg: HTMLElement, number: number) => {
  const circle = svg.querySelector(`[data-stop="${number}"] circle`)!;
  return { x: Number(circle.getAttribute("cx")), y: Number(circle.getAttribute("cy")) };
};

describe("routeSketchSvg", () => {
  describe("a route with a track", () => {
    const route: SketchRoute = {
      path: [wigglyTrack()],
      stops: [{ location: BE_MINE }, { location: ZOLDER }, { location: HOUTHALEN }],
      distanceMethod: "track",
    };
    const svg = svgOf(route);
    const polylines = svg.querySelectorAll("polyline");

    it("draws the track as one solid line with far fewer points than the track, inside the viewBox", () => {
      expect(polylines).toHaveLength(1);
      expect(polylines[0]!.getAttribute("stroke-dasharray")).toBeUndefined();
      const points = pointsOf(polylines[0]!);
      expect(points.length).toBeGreaterThan(20); // the wiggles are still drawn
      expect(points.length).toBeLessThanOrEqual(250);
      for (const point of points) {
        expect(point.x).toBeGreaterThanOrEqual(0);
        expect(point.x).toBeLessThanOrEqual(ROUTE_SKETCH_BOX.width);
        expect(point.y).toBeGreaterThanOrEqual(0);
        expect(point.y).toBeLessThanOrEqual(ROUTE_SKETCH_BOX.height);
      }
      expect(svg.getAttribute("viewBox")).toBe(`0 0 ${ROUTE_SKETCH_BOX.width} ${ROUTE_SKETCH_BOX.height}`);
    });

    it("puts north up and east right: Beringen (further north) higher than Zolder, Houthalen right of it", () => {
      expect(stopCentre(svg, 1).y).toBeLessThan(stopCentre(svg, 2).y);
      expect(stopCentre(svg, 3).x).toBeGreaterThan(stopCentre(svg, 2).x);
      // The track starts at the first stop and ends at the last.
      const points = pointsOf(polylines[0]!);
      expect(Math.hypot(points[0]!.x - stopCentre(svg, 1).x, points[0]!.y - stopCentre(svg, 1).y)).toBeLessThan(1);
      expect(Math.hypot(points.at(-1)!.x - stopCentre(svg, 3).x, points.at(-1)!.y - stopCentre(svg, 3).y)).toBeLessThan(1);
    });

    it("numbers the stops in order and names the route for screen readers, without the straight-lines label", () => {
      expect(svg.querySelectorAll("[data-stop] text").map((text) => text.text)).toEqual(["3", "2", "1"]);
      expect(svg.getAttribute("role")).toBe("img");
      expect(svg.querySelector("title")!.text).toBe(TEXTS.label);
      expect(svg.toString()).not.toContain("in vogelvlucht");
    });

    it("stays small: a few KB for 3000 track points", () => {
      expect(routeSketchSvg(route, TEXTS).length).toBeLessThan(6000);
    });
  });

  describe("a route without a track", () => {
    const route: SketchRoute = {
      path: [[BE_MINE, ZOLDER, HOUTHALEN].map(({ lat, lng }) => [lng, lat] as Position)],
      stops: [{ location: BE_MINE }, { location: ZOLDER }, { location: HOUTHALEN }],
      distanceMethod: "straight-lines",
    };
    const svg = svgOf(route);

    it("draws dashed straight lines from stop to stop", () => {
      const polyline = svg.querySelector("polyline")!;
      expect(polyline.getAttribute("stroke-dasharray")).toBeTruthy();
      const points = pointsOf(polyline);
      expect(points).toHaveLength(3);
      points.forEach((point, index) => {
        const stop = stopCentre(svg, index + 1);
        expect(Math.hypot(point.x - stop.x, point.y - stop.y)).toBeLessThan(0.2);
      });
    });

    it("says on the drawing that the lines are as the crow flies", () => {
      const label = svg.querySelector('[data-label="straight-lines"]')!;
      expect(label.text).toBe("in vogelvlucht");
      expect(svg.getAttribute("data-sketch")).toBe("straight-lines");
    });
  });

  it("draws a route whose stops are a few metres apart at a sensible scale, not as one dot", () => {
    const near = { lat: BE_MINE.lat + 0.00005, lng: BE_MINE.lng };
    const svg = svgOf({ path: [[[BE_MINE.lng, BE_MINE.lat], [near.lng, near.lat]]], stops: [{ location: BE_MINE }, { location: near }], distanceMethod: "straight-lines" });
    const gap = Math.abs(stopCentre(svg, 1).y - stopCentre(svg, 2).y);
    expect(gap).toBeGreaterThan(0.5);
    expect(gap).toBeLessThan(20);
  });
});
