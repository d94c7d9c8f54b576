import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { LEAD_SIZES } from "../../src/eleventy/sketches.ts";
import { formatDistanceIn, formatDurationIn } from "../../src/i18n/format.ts";
import { useSampleBuild } from "../helpers/images.ts";

// The home page of the built sample as a visitor sees it: the region in pictures (a lead
// picture, a map of every monument that leads to the real map, featured routes drawn as
// their own shape, the latest stories with their pictures), and no map script.

const sample = useSampleBuild();

function page(url: string): HTMLElement {
  return parse(readFileSync(path.join(sample.outputDir, url, "index.html"), "utf8"));
}

function urlsOf(srcset: string | undefined): string[] {
  return (srcset ?? "").split(",").map((candidate) => candidate.trim().split(" ")[0]!).filter(Boolean);
}

describe("the home page", () => {
  it("opens with a lead picture that loads first, sized so nothing shifts, in a width that fits a phone", () => {
    const home = page("/");
    const img = home.querySelector("main img")!;
    expect(img.closest(".home-lead"), "the page's first picture is the lead").not.toBeNull();
    expect(img.getAttribute("fetchpriority")).toBe("high");
    expect(img.hasAttribute("loading")).toBe(false);
    expect(Number(img.getAttribute("width"))).toBeGreaterThan(0);
    expect(Number(img.getAttribute("height"))).toBeGreaterThan(0);
    expect(img.getAttribute("alt")).toBeTruthy();
    expect(img.getAttribute("sizes")).toBe(LEAD_SIZES);
    const source = img.parentNode!.querySelector('source[type="image/webp"]')!;
    expect(source.getAttribute("sizes")).toBe(LEAD_SIZES);
    const webp = urlsOf(source.getAttribute("srcset"));
    // A phone (about 400 px at 2x) finds a candidate of 800 px and does not need the largest.
    expect(source.getAttribute("srcset")).toMatch(/ 800w/);
    for (const url of [...webp, ...urlsOf(img.getAttribute("srcset"))]) expect(existsSync(path.join(sample.outputDir, url)), url).toBe(true);
    // By default the picture is of a monument on the first featured route, and says which.
    const first = sample.model.featuredRoutes[0]!;
    const about = home.querySelector(".home-lead__about a")!;
    const monument = first.stops.find((stop) => stop.type === "monument" && stop.monument.url === about.getAttribute("href"));
    expect(monument, about.toString()).toBeDefined();
    expect(img.getAttribute("alt")).toBe(monument!.type === "monument" ? monument!.monument.images[0]!.alt : "");
  });

  it("shows every monument as a dot on a small map that links to the map page, without a map script", () => {
    const home = page("/");
    const link = home.querySelector('main a.home-map__link[href="/kaart/"]')!;
    expect(link).not.toBeNull();
    expect(link.text).toContain(`${sample.model.monuments.length} monumenten`);
    const svg = link.querySelector("svg")!;
    expect(svg.getAttribute("aria-hidden")).toBe("true");
    const [, , width, height] = svg.getAttribute("viewBox")!.split(" ").map(Number);
    const dots = svg.querySelectorAll("circle");
    expect(dots).toHaveLength(sample.model.monuments.length);
    for (const dot of dots) {
      expect(Number(dot.getAttribute("cx"))).toBeGreaterThan(0);
      expect(Number(dot.getAttribute("cx"))).toBeLessThan(width!);
      expect(Number(dot.getAttribute("cy"))).toBeGreaterThan(0);
      expect(Number(dot.getAttribute("cy"))).toBeLessThan(height!);
    }
    const names = svg.querySelectorAll("text").map((text) => text.text);
    expect(names).toContain("Genk");
    expect(names).toContain("Maasmechelen");
    // Cheap: no Leaflet, no map stylesheet, no tiles on the home page.
    expect(home.querySelectorAll("script[src]").map((script) => script.getAttribute("src"))).not.toContainEqual(expect.stringContaining("map.js"));
    expect(home.querySelector('link[href*="map.css"]')).toBeNull();
  });

  it("shows each featured route as a card with a drawing of its shape, its numbered stops, its distance and time", () => {
    const home = page("/");
    const cards = home.querySelectorAll("#uitgelichte-routes ~ ul > li.card--route");
    expect(cards.map((card) => card.getAttribute("data-route"))).toEqual(sample.model.featuredRoutes.map((route) => route.slug));
    for (const [index, card] of cards.entries()) {
      const route = sample.model.featuredRoutes[index]!;
      const sketch = card.querySelector("svg.route-sketch")!;
      expect(sketch, route.slug).not.toBeNull();
      expect(sketch.getAttribute("role")).toBe("img");
      expect(sketch.querySelector("title")!.text).toBe(`Schets van de route ${route.title}`);
      expect(sketch.querySelectorAll("[data-stop]")).toHaveLength(route.stops.length);
      expect(sketch.querySelectorAll("polyline").length).toBeGreaterThan(0);
      if (route.distanceMethod === "straight-lines") expect(sketch.querySelector('[data-label="straight-lines"]')!.text).toBe("in vogelvlucht");
      expect(sketch.toString().length, route.slug).toBeLessThan(5000);
      const meta = card.querySelector(".card__meta")!.text;
      expect(meta).toContain(formatDistanceIn("nl", route.distanceKm));
      expect(meta).toContain(`ongeveer ${formatDurationIn("nl", route.durationMinutes)}`);
    }
  });

  it("shows the latest stories as cards with their pictures, loaded lazily", () => {
    const home = page("/");
    const cards = home.querySelectorAll("#nieuwste-verhalen ~ ul > li.card");
    expect(cards).toHaveLength(3);
    cards.forEach((card, index) => {
      const story = sample.model.stories[index]!;
      expect(card.querySelector(".card__title a")!.getAttribute("href")).toBe(story.url);
      const img = card.querySelector(".card__image img")!;
      expect(img, story.slug).not.toBeNull();
      expect(img.getAttribute("loading")).toBe("lazy");
      expect(img.getAttribute("width")).toBeTruthy();
      expect(img.getAttribute("height")).toBeTruthy();
      expect(img.getAttribute("alt")).toBe("");
    });
  });

  it("is in pictures in every language, with the sketches' names in that language", () => {
    for (const [lang, label] of [
      ["en", "Sketch of the route"],
      ["de", "Skizze der Route"],
      ["fr", "Croquis de l'itinéraire"],
    ] as const) {
      const home = page(`/${lang}/`);
      expect(home.querySelector(".home-lead img")?.getAttribute("fetchpriority"), lang).toBe("high");
      expect(home.querySelector("main a.home-map__link")!.getAttribute("href"), lang).toMatch(new RegExp(`^/${lang}/[a-z]+/$`));
      const titles = home.querySelectorAll("svg.route-sketch title").map((title) => title.text);
      expect(titles.length, lang).toBe(sample.model.featuredRoutes.length);
      for (const title of titles) expect(title).toContain(label);
    }
  });

  it("draws the same route cards, sketch included, on /routes/ and on the pages of the routes' monuments", () => {
    const routes = page("/routes/");
    expect(routes.querySelectorAll("li.card--route svg.route-sketch")).toHaveLength(sample.model.routes.length);
    const monument = sample.model.monuments.find((candidate) => candidate.routes.length > 0)!;
    const cards = page(monument.url).querySelectorAll("li.card--route");
    expect(cards).toHaveLength(monument.routes.length);
    for (const card of cards) expect(card.querySelector("svg.route-sketch title")!.text).toMatch(/^Schets van de route /);
  });
});
