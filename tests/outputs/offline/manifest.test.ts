import { describe, expect, it } from "vitest";
import type { Route } from "../../../src/content/model.ts";
import { buildVersion, offlineManifestUrl, pageResources, routeManifest, routePageUrls, type OutputFiles } from "../../../src/outputs/offline/manifest.ts";
import { createHash } from "node:crypto";

// A route in the shape the model gives it, with only what the manifest reads.
const story = (slug: string) => ({ url: `/verhalen/${slug}/` });
const monument = (slug: string, stories: string[]) => ({ url: `/monumenten/${slug}/`, stories: stories.map(story) });
const ROUTE = {
  slug: "rondje",
  title: "Rondje",
  url: "/routes/rondje/",
  i18n: { lang: "nl" },
  downloads: { gpx: "/routes/rondje/rondje.gpx", geojson: "/routes/rondje/rondje.geojson" },
  stops: [
    { type: "monument", monument: monument("c-mine", ["ontdekking", "winterslag"]) },
    { type: "waypoint", name: "Kruispunt" },
    { type: "monument", monument: monument("be-mine", ["winterslag", "zolder"]) },
  ],
} as unknown as Route;

const PICTURE = (name: string) =>
  `<picture><source type="image/avif" srcset="/img/${name}-480-aaaaaaaaaa.avif 480w, /img/${name}-800-bbbbbbbbbb.avif 800w" sizes="(min-width: 52rem) 48rem, calc(100vw - 2rem)">` +
  `<source type="image/webp" srcset="/img/${name}-480-cccccccccc.webp 480w, /img/${name}-800-dddddddddd.webp 800w, /img/${name}-1200-eeeeeeeeee.webp 1200w" sizes="(min-width: 52rem) 48rem, calc(100vw - 2rem)">` +
  `<img src="/img/${name}-800-ffffffffff.jpg" srcset="/img/${name}-480-9999999999.jpg 480w" sizes="(min-width: 52rem) 48rem, calc(100vw - 2rem)" alt="" width="1200" height="800"></picture>`;
const HEAD = `<link rel="stylesheet" href="/assets/css/site.css"><link rel="canonical" href="https://example.be/"><script defer src="/assets/map/map.js?v=123"></script><script>inline()</script>`;

/** An output folder in memory: site path → contents. */
function outputOf(files: Record<string, string>): OutputFiles & { files: Record<string, string> } {
  const pathOf = (url: string) => {
    const path = url.split("?")[0]!;
    return path.endsWith("/") ? `${path}index.html` : path;
  };
  return {
    files,
    info(url) {
      const contents = files[pathOf(url)];
      return contents === undefined ? undefined : { bytes: Buffer.byteLength(contents), digest: createHash("sha256").update(contents).digest("hex") };
    },
    html(url) {
      return pathOf(url).endsWith(".html") ? files[pathOf(url)] : undefined;
    },
  };
}

function sampleOutput(overrides: Record<string, string> = {}) {
  return outputOf({
    "/routes/rondje/index.html": `${HEAD}<figure data-map="route" data-map-source="/routes/rondje/rondje.geojson"></figure>`,
    "/monumenten/c-mine/index.html": `${HEAD}${PICTURE("c-mine")}`,
    "/monumenten/be-mine/index.html": `${HEAD}${PICTURE("be-mine")}<img src="/img/logo.svg" alt="">`,
    "/verhalen/ontdekking/index.html": `${HEAD}<p>1901</p>`,
    "/verhalen/winterslag/index.html": `${HEAD}${PICTURE("c-mine")}`,
    "/verhalen/zolder/index.html": `${HEAD}<img src="https://elders.example/foto.jpg" alt="">`,
    "/routes/rondje/rondje.geojson": "{}",
    "/routes/rondje/rondje.gpx": "<gpx/>",
    "/assets/css/site.css": "body{}",
    "/assets/map/map.js": "map()",
    "/assets/map/layers.png": "png",
    "/img/c-mine-800-dddddddddd.webp": "c-mine picture",
    "/img/be-mine-800-dddddddddd.webp": "be-mine picture",
    "/img/logo.svg": "<svg/>",
    ...overrides,
  });
}
const SHARED = ["/assets/css/site.css", "/assets/map/map.js", "/assets/map/layers.png"];

describe("routePageUrls", () => {
  it("lists the route, its stops' monuments in order, then their stories, each once", () => {
    expect(routePageUrls(ROUTE)).toEqual([
      "/routes/rondje/",
      "/monumenten/c-mine/",
      "/monumenten/be-mine/",
      "/verhalen/ontdekking/",
      "/verhalen/winterslag/",
      "/verhalen/zolder/",
    ]);
  });
});

describe("pageResources", () => {
  it("reads the site's own stylesheets, scripts and map data, and the WebP a phone picks", () => {
    const { pictures, resources } = pageResources(`${HEAD}${PICTURE("c-mine")}<figure data-map-source="/data/x.geojson"></figure><img src="//cdn.example/x.png" alt="">`);
    expect(pictures).toEqual(["/img/c-mine-800-dddddddddd.webp"]);
    expect(resources).toEqual(["/assets/css/site.css", "/assets/map/map.js?v=123", "/data/x.geojson"]);
  });
});

describe("routeManifest", () => {
  it("lists every file to store with its size on disk, the pages first", () => {
    const output = sampleOutput();
    const { manifest, missing } = routeManifest(ROUTE, output, SHARED);
    expect(manifest.key).toBe("nl/rondje");
    expect(manifest.entries.filter((entry) => entry.kind === "page").map((entry) => entry.url)).toEqual(routePageUrls(ROUTE));
    expect(manifest.pages).toBe(6);
    const urls = manifest.entries.map((entry) => entry.url);
    expect(urls).toEqual(expect.arrayContaining([
      "/img/c-mine-800-dddddddddd.webp",
      "/img/be-mine-800-dddddddddd.webp",
      "/img/logo.svg",
      "/routes/rondje/rondje.geojson",
      "/routes/rondje/rondje.gpx",
      "/assets/map/layers.png",
    ]));
    // Not every width and format: one WebP per picture.
    expect(urls.filter((url) => url.startsWith("/img/c-mine"))).toEqual(["/img/c-mine-800-dddddddddd.webp"]);
    // A file the pages ask for with ?v= is stored once, as they ask for it; other hosts never.
    expect(urls.filter((url) => url.startsWith("/assets/map/map.js"))).toEqual(["/assets/map/map.js?v=123"]);
    expect(urls.some((url) => url.includes("elders.example"))).toBe(false);
    for (const entry of manifest.entries) expect(entry.bytes, entry.url).toBe(output.info(entry.url)!.bytes);
    expect(manifest.bytes).toBe(manifest.entries.reduce((sum, entry) => sum + entry.bytes, 0));
    expect(missing).toEqual([]);
  });

  it("leaves out what the output does not hold, and says so", () => {
    const output = sampleOutput();
    delete output.files["/img/be-mine-800-dddddddddd.webp"];
    const { manifest, missing } = routeManifest(ROUTE, output, SHARED);
    expect(missing).toEqual(["/img/be-mine-800-dddddddddd.webp"]);
    expect(manifest.entries.some((entry) => entry.url === "/img/be-mine-800-dddddddddd.webp")).toBe(false);
  });

  it("has a new version when a stored file changes, even at the same size, and the same one when nothing does", () => {
    const first = routeManifest(ROUTE, sampleOutput(), SHARED).manifest;
    const again = routeManifest(ROUTE, sampleOutput(), SHARED).manifest;
    const edited = routeManifest(ROUTE, sampleOutput({ "/verhalen/ontdekking/index.html": `${HEAD}<p>1902</p>` }), SHARED).manifest;
    expect(again.version).toBe(first.version);
    expect(edited.bytes).toBe(first.bytes);
    expect(edited.version).not.toBe(first.version);
    // A page that is not stored with the route does not change its version.
    const elsewhere = routeManifest(ROUTE, sampleOutput({ "/kaart/index.html": "<p>new</p>" }), SHARED).manifest;
    expect(elsewhere.version).toBe(first.version);
  });
});

describe("buildVersion", () => {
  it("changes with any route's version, whatever the order of the routes", () => {
    const a = { key: "nl/a", version: "1" };
    const b = { key: "nl/b", version: "2" };
    expect(buildVersion([a, b])).toBe(buildVersion([b, a]));
    expect(buildVersion([a, { ...b, version: "3" }])).not.toBe(buildVersion([a, b]));
  });
});

describe("offlineManifestUrl", () => {
  it("is per language and route", () => {
    expect(offlineManifestUrl({ slug: "alle-zeven-mijnen", i18n: { lang: "de" } })).toBe("/offline/de/alle-zeven-mijnen.json");
  });
});
