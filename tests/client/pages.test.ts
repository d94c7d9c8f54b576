import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import type { SiteModel } from "../../src/content/model.ts";
import { isMapConfig } from "../../src/client/config.ts";
import { listItemLines } from "../../src/client/list-source.ts";
import { PROJECT_DIR, runCli } from "../helpers/cli.ts";

// The markup the map script enhances: complete without JavaScript, and carrying
// what the script reads (data attributes, the map config, the bundle's URLs).

describe("map pages of the sample region", () => {
  const outputDir = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-maps-")), "_site");
  let model: SiteModel;
  const page = (url: string) => parse(readFileSync(path.join(outputDir, url, "index.html"), "utf8"));

  beforeAll(async () => {
    model = (await loadSite(path.join(PROJECT_DIR, "content"))).model!;
    const result = runCli("build", ["--output", outputDir]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it("publishes the map bundle and links it with its settings from pages that have a map", () => {
    for (const url of ["/kaart/", "/routes/", model.routes[0]!.url, model.monuments[0]!.url]) {
      const html = page(url);
      const script = html.querySelector('script[src^="/assets/map/map.js"]');
      const stylesheet = html.querySelector('link[rel="stylesheet"][href^="/assets/map/map.css"]');
      expect(script?.hasAttribute("defer"), url).toBe(true);
      expect(stylesheet, url).not.toBeNull();
      for (const asset of [script!.getAttribute("src")!, stylesheet!.getAttribute("href")!]) {
        expect(existsSync(path.join(outputDir, asset.split("?")[0]!)), asset).toBe(true);
      }
      const config = JSON.parse(html.querySelector("script#map-config")!.textContent);
      expect(isMapConfig(config), url).toBe(true);
      expect(config.tiles.url).toBe(model.config.map.tiles.url);
    }
    // Pages without a map do not load the map bundle (only the small menu script every page has).
    expect(page("/verhalen/").querySelector('script[src^="/assets/map/map.js"]')).toBeNull();
    expect(page("/verhalen/").querySelectorAll('script[src^="/assets/map/"]').map((script) => script.getAttribute("src")!.split("?")[0])).toEqual(["/assets/map/nav.js"]);
  });

  it("links the map from the main navigation and the home page", () => {
    for (const url of ["/", "/verhalen/"]) expect(page(url).querySelector('.site-nav a[href="/kaart/"]'), url).not.toBeNull();
    expect(page("/").querySelector('main a[href="/kaart/"]')).not.toBeNull();
  });

  it("lists every monument on /kaart/ without JavaScript, with what the filters need", () => {
    const html = page("/kaart/");
    const root = html.querySelector('[data-map="overview"]')!;
    expect(root.getAttribute("data-map-source")).toBe("/data/monuments/points.json");
    // The list is in <noscript>: shown as it is without JavaScript, put in by the script after the map otherwise.
    const source = root.querySelector("noscript[data-map-list-source]")!;
    const items = parse(source.rawText).querySelectorAll("ul[data-map-list] > li");
    expect(listItemLines(source.rawText)).toHaveLength(model.monuments.length);
    expect(items).toHaveLength(model.monuments.length);
    for (const monument of model.monuments) {
      const item = items.find((candidate) => candidate.getAttribute("data-id") === monument.slug)!;
      expect(item.querySelector("a")?.getAttribute("href")).toBe(monument.url);
      expect(item.getAttribute("data-gemeente")).toBe(monument.municipality.slug);
      expect(item.getAttribute("data-soort")).toBe(monument.kind);
      expect(item.hasAttribute("data-omd")).toBe(monument.openMonumentendag !== undefined);
    }
    expect(html.querySelector("[data-map-count]")?.getAttribute("role")).toBe("status");
    expect(html.querySelector("[data-map-count]")?.text).toBe(`${model.monuments.length} monumenten`);
    // The controls only work with the script: they stay hidden without it.
    for (const enhanced of root.querySelectorAll("[data-map-enhanced]")) expect(enhanced.hasAttribute("hidden")).toBe(true);
    const municipalities = root.querySelectorAll('select[name="gemeente"] option').map((option) => option.getAttribute("value"));
    expect(municipalities[0]).toBe("");
    expect(new Set(municipalities.slice(1))).toEqual(new Set(model.monuments.map((monument) => monument.municipality.slug)));
    expect(root.querySelectorAll('select[name="soort"] option').length).toBe(1 + new Set(model.monuments.map((monument) => monument.kind)).size);
    expect(root.querySelector('input[name="omd"]')?.getAttribute("type")).toBe("checkbox");
  });

  it("gives each route page its map, its downloads and a legend that says when lines are straight", () => {
    for (const route of model.routes) {
      const html = page(route.url);
      const figure = html.querySelector('[data-map="route"]')!;
      expect(figure.getAttribute("data-map-source"), route.slug).toBe(route.downloads.geojson);
      expect(figure.text.includes("in vogelvlucht"), route.slug).toBe(route.distanceMethod === "straight-lines");
      for (const download of [route.downloads.gpx, route.downloads.geojson]) {
        const link = html.querySelector(`main a[href="${download}"]`);
        expect(link?.hasAttribute("download"), `${route.slug} ${download}`).toBe(true);
        expect(existsSync(path.join(outputDir, download)), download).toBe(true);
      }
    }
  });

  it("puts every route on the map of /routes/, and every route in the list that works without it", () => {
    const main = page("/routes/").querySelector("main")!;
    const figure = main.querySelector('[data-map="routes"]')!;
    expect(figure.getAttribute("data-map-source")).toBe("/data/routes.geojson");
    // Without the script the map stays hidden: no empty map, no heading over nothing.
    expect(figure.hasAttribute("hidden")).toBe(true);
    expect(figure.closest("section")).toBeNull();
    const entries = main.querySelectorAll(".cards > li[data-route]");
    expect(entries.map((entry) => entry.getAttribute("data-route"))).toEqual(model.routes.map((route) => route.slug));
    for (const entry of entries) expect(entry.querySelector("a")?.getAttribute("href")).toBe(`/routes/${entry.getAttribute("data-route")}/`);
  });

  it("gives a monument page a small map of its position", () => {
    for (const monument of model.monuments) {
      const figure = page(monument.url).querySelector('[data-map="monument"]')!;
      expect(Number(figure.getAttribute("data-lat")), monument.slug).toBe(monument.location.lat);
      expect(Number(figure.getAttribute("data-lng")), monument.slug).toBe(monument.location.lng);
      expect(figure.getAttribute("data-precision")).toBe(monument.location.precision);
    }
  });
});
