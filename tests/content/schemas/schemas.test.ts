import { describe, expect, it } from "vitest";
import { monumentSchema } from "../../../src/content/schemas/monument.ts";
import { routeSchema } from "../../../src/content/schemas/route.ts";
import { storySchema } from "../../../src/content/schemas/story.ts";
import { siteSchema } from "../../../src/content/schemas/site.ts";

const monument = {
  title: "Sint-Barbarakerk",
  municipality: "Maasmechelen",
  location: { lat: 50.98, lng: 5.7, precision: "approximate" },
  kind: "church",
  summary: "Een mijnkathedraal in de tuinwijk van Eisden.",
};

describe("monumentSchema", () => {
  it("accepts a minimal monument and fills in defaults", () => {
    const parsed = monumentSchema.parse(monument);
    expect(parsed.images).toEqual([]);
    expect(parsed.stories).toEqual([]);
  });

  it("turns years into text and writes spans with an en dash", () => {
    const parsed = monumentSchema.parse({ ...monument, dates: { built: "1934-1937", opened: 1937, closed: "1987-12" } });
    expect(parsed.dates).toEqual({ built: "1934–1937", opened: "1937", closed: "1987-12" });
  });

  it("defaults accessibility to unknown rather than guessing", () => {
    const parsed = monumentSchema.parse({ ...monument, visiting: { openingHours: "Op afspraak" } });
    expect(parsed.visiting).toEqual({ openingHours: "Op afspraak", wheelchair: "unknown", pram: "unknown" });
  });

  it.each([
    ["a position without precision", { location: { lat: 50.98, lng: 5.7 } }],
    ["a summary over 200 characters", { summary: "a".repeat(201) }],
    ["a postcard text over 400 characters", { postcard: { title: "Wist je dat?", text: "a".repeat(401) } }],
    ["an unknown licence", { images: [{ file: "a.jpg", alt: "Een kerk met toren", credit: "X", licence: "CC-BY-NC" }] }],
    ["a website that is not http(s)", { visiting: { website: "javascript:alert(1)" } }],
    ["an inventory ID that is not a number", { protection: { status: "protected-monument", erfgoedobject: "1219a" } }],
    ["an unknown field", { architect: "Auguste Vanden Nieuwenborg" }],
  ])("rejects %s", (_label, change) => {
    expect(monumentSchema.safeParse({ ...monument, ...change }).success).toBe(false);
  });
});

describe("routeSchema", () => {
  const route = {
    title: "Tuinwijkwandeling",
    mode: "walk",
    summary: "Een korte wandeling door de tuinwijk.",
    start: "Sint-Barbarakerk",
    finish: "Mijnzetel",
    stops: [{ monument: "sint-barbarakerk" }, { name: "Koninginnepark", location: { lat: 50.99, lng: 5.7, precision: "approximate" } }],
  };

  it("accepts monument stops and waypoints", () => {
    expect(routeSchema.parse(route).stops).toHaveLength(2);
  });

  it("needs at least two stops", () => {
    expect(routeSchema.safeParse({ ...route, stops: [route.stops[0]] }).success).toBe(false);
  });

  it("rejects a stop that is both a monument and a waypoint", () => {
    const stops = [{ monument: "a", name: "B", location: { lat: 51, lng: 5.5, precision: "exact" } }, route.stops[0]];
    expect(routeSchema.safeParse({ ...route, stops }).success).toBe(false);
  });

  it("rejects an unknown mode", () => {
    expect(routeSchema.safeParse({ ...route, mode: "horse" }).success).toBe(false);
  });
});

describe("storySchema", () => {
  const story = { title: "Kohle angebohrt", kind: "event", date: "1901-08-02", summary: "Steenkool gevonden bij As in 1901." };

  it("accepts a year, a month or a day as date", () => {
    for (const date of [1901, "1901-08", "1901-08-02"]) expect(storySchema.safeParse({ ...story, date }).success).toBe(true);
    for (const date of ["2-8-1901", "1901-02-30", "1901-13", "augustus 1901"]) expect(storySchema.safeParse({ ...story, date }).success).toBe(false);
  });

  it("requires a transcript with audio", () => {
    expect(storySchema.safeParse({ ...story, audio: { file: "opname.mp3" } }).success).toBe(false);
  });

  it("requires narrators for a testimony", () => {
    expect(storySchema.safeParse({ ...story, kind: "testimony" }).success).toBe(false);
    expect(storySchema.safeParse({ ...story, kind: "testimony", narrators: ["Maria"] }).success).toBe(true);
  });
});

describe("siteSchema", () => {
  it("requires an absolute base URL for QR codes and downloads", () => {
    const site = {
      title: "Mijnerfgoed",
      description: "Mijnerfgoed in Midden-Limburg.",
      baseUrl: "/mijnerfgoed",
      organisation: "Erfgoedcel",
      region: { name: "Midden-Limburg", intro: "Zeven gemeenten.", bounds: { south: 50.9, west: 5.1, north: 51.2, east: 5.8 } },
      municipalities: [{ name: "Genk", intro: "Drie mijnen." }],
    };
    expect(siteSchema.safeParse(site).success).toBe(false);
    expect(siteSchema.safeParse({ ...site, baseUrl: "https://mijnerfgoed.example.be" }).success).toBe(true);
  });
});
