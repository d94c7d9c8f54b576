import { describe, expect, it } from "vitest";
import { loadSite } from "../../../src/content/load.ts";
import { monumentsGeoJson } from "../../../src/outputs/geojson/monuments.ts";
import { routeGeoJson, routesGeoJson } from "../../../src/outputs/geojson/routes.ts";
import { ROUTE_MD, regionWith } from "../../helpers/content-dir.ts";
import { fixture } from "../../helpers/fixtures.ts";
import { loadWithImages } from "../../helpers/images.ts";

describe("routeGeoJson", () => {
  it("has the path, marked as straight lines without a track, and a numbered point per stop", async () => {
    const { model } = await loadSite(regionWith({}));
    const [path, ...stops] = routeGeoJson(model!.routes[0]!).features;
    expect(path!.geometry).toEqual({ type: "LineString", coordinates: [[5.49053, 50.98259], [5.5, 50.99], [5.49, 50.98]] });
    expect(path!.properties).toEqual({ role: "path", geometry: "straight-lines", title: "Mijnwandeling", mode: "walk" });
    expect(stops.map((stop) => stop.properties)).toEqual([
      { role: "stop", number: 1, name: "C-mine", url: "/monumenten/c-mine/", precision: "exact", note: null, legKmToNext: 1.058 },
      { role: "stop", number: 2, name: "Uitkijkpunt", url: null, precision: "approximate", note: null, legKmToNext: expect.any(Number) },
      { role: "stop", number: 3, name: "Heilig Hartkerk", url: "/monumenten/heilig-hartkerk/", precision: "approximate", note: null, legKmToNext: null },
    ]);
  });

  it("gives a track of several segments as a MultiLineString", async () => {
    const { model } = await loadSite(
      regionWith({ "routes/mijnwandeling.md": ROUTE_MD.replace("stops:", "track: spoor.gpx\nstops:"), "routes/spoor.gpx": fixture("gpx/watch-two-segments.gpx") }),
    );
    const [path] = routeGeoJson(model!.routes[0]!).features;
    expect(path!.geometry.type).toBe("MultiLineString");
    expect(path!.properties).toMatchObject({ role: "path", geometry: "track" });
    expect(routesGeoJson(model!.routes).features[0]!.properties).toMatchObject({ id: "mijnwandeling", geometry: "track", url: "/routes/mijnwandeling/" });
  });
});

describe("monumentsGeoJson", () => {
  it("carries what map popups need: a thumbnail with its alt text and credit, and Open Monumentendag", async () => {
    const { model, images } = await loadWithImages(regionWith({}));
    const cMine = monumentsGeoJson(model).features.find((feature) => feature.id === "c-mine")!;
    expect(cMine.properties).toMatchObject({
      image: expect.stringMatching(/^\/img\/schets-thumb-320-[0-9a-f]{10}\.jpg$/),
      imageSrcset: expect.stringMatching(/^\/img\/schets-thumb-320-[0-9a-f]{10}\.jpg 320w, \/img\/schets-thumb-640-[0-9a-f]{10}\.jpg 640w$/),
      imageAlt: "Tekening van een stalen schachtbok",
      imageCredit: "Illustratie: test · CC0 1.0",
      openMonumentendag: null,
    });
    // The thumbnail is among the files the build publishes.
    expect(images.published.has(cMine.properties.image!.slice(1))).toBe(true);
  });
});
