import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundleClient, describeMapAssetSizes, mapAssetSizes } from "../../src/eleventy/client-bundle.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";

describe("the map bundle", () => {
  it("is the same bytes every time it is built from the same sources", () => {
    const first = bundleClient(PROJECT_DIR, { force: true });
    const second = bundleClient(PROJECT_DIR, { force: true });
    expect(second.digest).toBe(first.digest);
    expect(second.js).toMatch(/^\/assets\/map\/map\.js\?v=[0-9a-f]{10}$/);
    expect(bundleClient(PROJECT_DIR).rebuilt).toBe(false);
  });

  it("keeps the map page's own JS and CSS, with Leaflet and clustering, within 80 KB gzip", () => {
    const sizes = mapAssetSizes(PROJECT_DIR);
    expect(sizes.map((size) => size.url)).toEqual(["/assets/map/map.js", "/assets/map/map.css", "/assets/map/nav.js", "/assets/css/site.css"]);
    const total = sizes.reduce((sum, size) => sum + size.gzipBytes, 0);
    expect(total, describeMapAssetSizes(sizes)).toBeLessThanOrEqual(80 * 1024);
    for (const size of sizes) expect(size.gzipBytes).toBeLessThan(size.rawBytes);
  });

  it("ships Leaflet's and markercluster's styles, and every file its stylesheet refers to", () => {
    const { directory } = bundleClient(PROJECT_DIR);
    const css = readFileSync(path.join(directory, "map.css"), "utf8");
    expect(css).toContain(".leaflet-container");
    expect(css).toContain(".marker-cluster");
    expect(css).not.toContain("@import");
    const urls = [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => match[1]!).filter((url) => !url.startsWith("#") && !url.startsWith("data:"));
    for (const url of urls) expect(existsSync(path.join(directory, url)), url).toBe(true);
  });

  it("loads nothing from outside the site: no CDN, no default marker images", () => {
    const { directory } = bundleClient(PROJECT_DIR);
    const js = readFileSync(path.join(directory, "map.js"), "utf8");
    expect(js).not.toMatch(/unpkg\.com|cdnjs|jsdelivr/);
    // The clustering (supercluster) is in the bundle, not fetched from elsewhere.
    expect(js).toContain("getClusterExpansionZoom");
  });
});
