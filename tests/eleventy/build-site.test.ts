import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import type { SiteModel } from "../../src/content/model.ts";
import { runCli, PROJECT_DIR } from "../helpers/cli.ts";
import { MONUMENT_MD, ROUTE_MD, STORY_MD, regionWith } from "../helpers/content-dir.ts";
import { fixture } from "../helpers/fixtures.ts";
import { buildSample } from "../helpers/images.ts";

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith(".html"))
    .map((name) => path.join(directory, name));
}

/** A name as the label of a geo: URI: percent-encoded, its parentheses too. */
const label = (name: string) => encodeURIComponent(name).replace(/\(/g, "%28").replace(/\)/g, "%29");

function pageAt(outputDir: string, url: string): string {
  const file = url.endsWith("/") ? path.join(outputDir, url, "index.html") : path.join(outputDir, url);
  return readFileSync(file, "utf8");
}

function snapshotTree(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(directory, { recursive: true }).map(String)) {
    const full = path.join(directory, name);
    if (statSync(full).isFile()) files[name] = readFileSync(full, "utf8");
  }
  return files;
}

describe("build of the sample region", () => {
  let outputDir = "";
  let model: SiteModel;
  let stdout = "";

  beforeAll(async () => {
    const result = await buildSample();
    ({ model, outputDir, stdout } = result);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("reports what it built", () => {
    expect(stdout).toMatch(
      new RegExp(
        `Built ${model.monuments.length} monuments, ${model.routes.length} routes, ${model.stories.length} stories, ${model.series.length} postcard series, ${model.packs.length} teaching packs into .*_site/`,
      ),
    );
  });

  it("has the size the sample region promises", () => {
    expect(model.monuments.length).toBeGreaterThanOrEqual(16);
    expect(model.routes.length).toBeGreaterThanOrEqual(3);
    expect(model.stories.length).toBeGreaterThanOrEqual(6);
    expect(new Set(model.monuments.map((monument) => monument.municipality.name))).toEqual(
      new Set(["As", "Beringen", "Genk", "Heusden-Zolder", "Houthalen-Helchteren", "Leopoldsburg", "Maasmechelen"]),
    );
    expect(new Set(model.routes.map((route) => route.mode))).toEqual(new Set(["walk", "bike", "car"]));
  });

  it("gives every monument, route, story and municipality a page with its title as h1", () => {
    for (const entry of [...model.monuments, ...model.routes, ...model.stories]) {
      const html = parse(pageAt(outputDir, entry.url));
      expect(html.querySelector("h1")?.text.trim(), entry.url).toBe(entry.title);
    }
    for (const municipality of model.municipalities) {
      const html = parse(pageAt(outputDir, municipality.url));
      expect(html.querySelector("h1")?.text, municipality.url).toContain(municipality.name);
    }
  });

  it("has the listings, the home page and a 404 page", () => {
    for (const url of ["/", "/monumenten/", "/monumenten/per-soort/", "/routes/", "/verhalen/", "/gemeenten/", "/404.html"]) {
      expect(existsSync(url.endsWith("/") ? path.join(outputDir, url, "index.html") : path.join(outputDir, url)), url).toBe(true);
    }
    for (const listing of ["/monumenten/", "/monumenten/per-soort/"]) {
      const links = parse(pageAt(outputDir, listing)).querySelectorAll("main a").map((link) => link.getAttribute("href"));
      for (const monument of model.monuments) expect(links, `${listing} links ${monument.slug}`).toContain(monument.url);
    }
    const home = parse(pageAt(outputDir, "/")).querySelectorAll("main a").map((link) => link.getAttribute("href"));
    for (const route of model.featuredRoutes) expect(home).toContain(route.url);
    for (const municipality of model.municipalities) expect(home).toContain(municipality.url);
  });

  it("marks approximate positions as such, and only those", () => {
    for (const monument of model.monuments) {
      const text = parse(pageAt(outputDir, monument.url)).querySelector("main")!.text.toLowerCase();
      expect(text.includes("locatie bij benadering"), monument.slug).toBe(monument.location.precision === "approximate");
    }
  });

  it("offers directions to every monument, in the phone's own map app and on OpenStreetMap", () => {
    for (const monument of model.monuments) {
      const html = parse(pageAt(outputDir, monument.url));
      const { lat, lng } = monument.location;
      const app = html.querySelector('main a[href^="geo:"]')?.getAttribute("href");
      expect(app, monument.slug).toBe(`geo:${lat},${lng}?q=${lat},${lng}(${label(monument.title)})`);
      const web = new URL(html.querySelector('main a[href^="https://www.openstreetmap.org/directions"]')!.getAttribute("href")!);
      expect(web.searchParams.get("route"), monument.slug).toBe(`;${lat},${lng}`);
      // An approximate position says so next to the directions.
      const facts = html.querySelector("main dl.facts")!.text;
      expect(facts.includes("De plek is bij benadering"), monument.slug).toBe(monument.location.precision === "approximate");
    }
    // In German, with the German name.
    const german = parse(pageAt(outputDir, "/de/denkmale/c-mine/"));
    expect(german.querySelector('main a[href^="geo:"]')?.getAttribute("href")).toContain("(C-mine%20%28Zeche%20Winterslag%29)");
    expect(german.querySelector("main dl.facts")!.text).toContain("Route hierher");
  });

  it("gives every page a title, a description, landmarks and a logical heading order", () => {
    // /admin/ is the staff's editor (Decap CMS draws it), not a page of the site: tests/browser/admin.test.ts.
    const pages = htmlFiles(outputDir).filter((file) => path.relative(outputDir, file).split(path.sep)[0] !== "admin");
    expect(pages.length).toBeGreaterThan(model.monuments.length + model.routes.length + model.stories.length);
    for (const file of pages) {
      const name = path.relative(outputDir, file);
      const html = parse(readFileSync(file, "utf8"));
      // The site's own language at the root, each translation under its code (/de/...).
      const folder = name.split(path.sep)[0]!;
      expect(html.querySelector("html")?.getAttribute("lang"), name).toBe(model.config.translations.includes(folder as never) ? folder : "nl");
      expect(html.querySelector("title")?.text.trim().length, name).toBeGreaterThan(3);
      expect(html.querySelector('meta[name="description"]')?.getAttribute("content")?.trim().length, name).toBeGreaterThan(10);
      for (const landmark of ["header", "nav", "main", "footer"]) expect(html.querySelector(landmark), `${name} <${landmark}>`).not.toBeNull();
      const levels = html.querySelectorAll("h1, h2, h3, h4, h5, h6").map((heading: HTMLElement) => Number(heading.tagName.slice(1)));
      expect(levels.filter((level) => level === 1), `${name} has one h1`).toHaveLength(1);
      expect(levels[0], `${name} starts with h1`).toBe(1);
      levels.forEach((level, index) => {
        if (index > 0) expect(level - levels[index - 1]!, `${name}: h${levels[index - 1]} followed by h${level}`).toBeLessThanOrEqual(1);
      });
    }
  });

  it("resolves every link, image and stylesheet between its own pages", () => {
    const broken: string[] = [];
    for (const file of htmlFiles(outputDir)) {
      const html = parse(readFileSync(file, "utf8"));
      const targets = [
        ...html.querySelectorAll("a[href]").map((element) => element.getAttribute("href")!),
        ...html.querySelectorAll("img[src], audio[src], source[src]").map((element) => element.getAttribute("src")!),
        ...html.querySelectorAll('link[rel="stylesheet"]').map((element) => element.getAttribute("href")!),
      ];
      for (const target of targets) {
        if (!target.startsWith("/") || target.startsWith("//")) continue;
        const pathname = decodeURI(target.split(/[?#]/)[0]!);
        const onDisk = path.join(outputDir, pathname);
        const exists = pathname.endsWith("/") ? existsSync(path.join(onDisk, "index.html")) : existsSync(onDisk);
        if (!exists) broken.push(`${path.relative(outputDir, file)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("writes monuments.geojson with one feature per monument, matching the content", () => {
    const geojson = JSON.parse(readFileSync(path.join(outputDir, "data", "monuments.geojson"), "utf8"));
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features).toHaveLength(model.monuments.length);
    for (const monument of model.monuments) {
      const feature = geojson.features.find((candidate: { id: string }) => candidate.id === monument.slug);
      expect(feature, monument.slug).toBeDefined();
      expect(feature.geometry).toEqual({ type: "Point", coordinates: [monument.location.lng, monument.location.lat] });
      expect(feature.properties).toEqual({
        id: monument.slug,
        title: monument.title,
        municipality: monument.municipality.name,
        kind: monument.kind,
        precision: monument.location.precision,
        summary: monument.summary,
        url: monument.url,
        image: monument.images[0]?.rendition?.thumb?.src ?? null,
        imageSrcset: monument.images[0]?.rendition?.thumb?.srcset ?? null,
        imageAlt: monument.images[0]?.alt ?? null,
        imageCredit: monument.images[0] ? `${monument.images[0].credit} · CC0 1.0` : null,
        openMonumentendag: monument.openMonumentendag?.year ?? null,
      });
      if (feature.properties.image) expect(existsSync(path.join(outputDir, feature.properties.image)), feature.properties.image).toBe(true);
    }
  });

  it("offers every route as GPX and GeoJSON, and all routes in one GeoJSON", () => {
    const overview = JSON.parse(readFileSync(path.join(outputDir, "data", "routes.geojson"), "utf8"));
    expect(overview.features.map((feature: { id: string }) => feature.id)).toEqual(model.routes.map((route) => route.slug));
    for (const route of model.routes) {
      expect(readFileSync(path.join(outputDir, route.downloads.gpx), "utf8"), route.slug).toMatch(/^<\?xml[^]*<gpx version="1\.1"[^]*<\/gpx>\n$/);
      const geojson = JSON.parse(readFileSync(path.join(outputDir, route.downloads.geojson), "utf8"));
      expect(geojson.features).toHaveLength(route.stops.length + 1);
    }
  });

  it("lists a route's stops in order with distance and duration, labelled as straight lines", () => {
    const cards = parse(pageAt(outputDir, "/routes/")).querySelectorAll("main .card");
    expect(cards).toHaveLength(model.routes.length);
    for (const card of cards) expect(card.text).toMatch(/\d+(,\d)? k?m in vogelvlucht · ongeveer \d/);
    for (const route of model.routes) {
      const main = parse(pageAt(outputDir, route.url)).querySelector("main")!;
      expect(main.text, route.slug).toContain("in vogelvlucht");
      const stopNames = main.querySelectorAll("ol > li").map((item) => item.text);
      route.stops.forEach((stop, index) => expect(stopNames[index], `${route.slug} stop ${index + 1}`).toContain(stop.name));
    }
  });

  it("is deterministic: a second build gives the same files", () => {
    const again = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-site-")), "_site");
    expect(runCli("build", ["--output", again]).status).toBe(0);
    expect(snapshotTree(again)).toEqual(snapshotTree(outputDir));
  });
});

describe("unsafe content", () => {
  it("never lets script, event handlers or javascript: links from content reach the page", () => {
    const hostile = MONUMENT_MD.replace("title: C-mine", 'title: "C-mine <script>alert(1)</script>"').replace(
      "De mijn van **Winterslag**.",
      '<script>alert("body")</script>\n\n[klik](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n<a href="javascript:alert(2)">a</a>',
    );
    const contentDir = regionWith({ "monuments/c-mine.md": hostile });
    const outputDir = path.join(path.dirname(contentDir), "_site");
    const result = runCli("build", ["--content", contentDir, "--output", outputDir]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    for (const file of htmlFiles(outputDir)) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/<script>alert|<img src=x|href="javascript:/i);
    }
    const page = parse(pageAt(outputDir, "/monumenten/c-mine/"));
    expect(page.querySelector("h1")?.text).toBe("C-mine <script>alert(1)</script>");
  });
});

describe("a failed build", () => {
  it("reports the problems and leaves the previous site untouched", () => {
    const contentDir = regionWith({});
    const outputDir = path.join(path.dirname(contentDir), "_site");
    expect(runCli("build", ["--content", contentDir, "--output", outputDir]).status).toBe(0);
    const before = snapshotTree(outputDir);

    writeFileSync(path.join(contentDir, "monuments", "c-mine.md"), MONUMENT_MD.replace("kind: mine-site", "kind: mijn"));
    const failed = runCli("build", ["--content", contentDir, "--output", outputDir]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/content\/monuments\/c-mine\.md:8 kind: "mijn" is not allowed/);
    expect(failed.stdout).toContain("_site/ is unchanged");
    expect(snapshotTree(outputDir)).toEqual(before);
    expect(readdirSync(path.dirname(outputDir)).filter((name) => name.startsWith("_site."))).toEqual([]);
  });

  it("keeps the previous site when a template fails halfway", () => {
    const contentDir = regionWith({});
    const outputDir = path.join(path.dirname(contentDir), "_site");
    expect(runCli("build", ["--content", contentDir, "--output", outputDir]).status).toBe(0);
    const before = snapshotTree(outputDir);
    // A project copy with one broken template: the engine fails after other pages were written.
    const project = mkdtempSync(path.join(tmpdir(), "schachtbok-project-"));
    for (const name of ["src", "node_modules", "assets", "package.json", ".eleventy.js"]) {
      symlinkSync(path.join(PROJECT_DIR, name), path.join(project, name));
    }
    cpSync(path.join(PROJECT_DIR, "layouts"), path.join(project, "layouts"), { recursive: true });
    writeFileSync(path.join(project, "layouts", "pages", "zz-kapot.njk"), "---\npermalink: /kapot/\n---\n{{ model | bestaatNiet }}\n");
    const failed = runCli("build", ["--content", contentDir, "--output", outputDir], project);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/could not be built/);
    expect(snapshotTree(outputDir)).toEqual(before);
    expect(readdirSync(path.dirname(outputDir)).filter((name) => name.startsWith("_site."))).toEqual([]);
  });
});

describe("rebuilds", () => {
  it("remove the pages of deleted content, also when the previous output folder is reused", () => {
    const contentDir = regionWith({});
    const outputDir = path.join(path.dirname(contentDir), "_site");
    const build = () => runCli("build", ["--content", contentDir, "--output", outputDir]);
    expect(build().status).toBe(0);
    expect(build().status).toBe(0);
    expect(existsSync(path.join(outputDir, "monumenten", "heilig-hartkerk", "index.html"))).toBe(true);

    // Third build: renders into the folder of the first, which still has the church.
    rmSync(path.join(contentDir, "monuments", "heilig-hartkerk.md"));
    writeFileSync(path.join(contentDir, "routes", "mijnwandeling.md"), readFileSync(path.join(contentDir, "routes", "mijnwandeling.md"), "utf8").replace("  - monument: heilig-hartkerk\n", ""));
    writeFileSync(path.join(contentDir, "stories", "laatste-mijn.md"), readFileSync(path.join(contentDir, "stories", "laatste-mijn.md"), "utf8").replace("monuments: [heilig-hartkerk]", "monuments: []"));
    const third = build();
    expect(third.status, third.stdout + third.stderr).toBe(0);
    expect(existsSync(path.join(outputDir, "monumenten", "heilig-hartkerk"))).toBe(false);
    expect(existsSync(path.join(outputDir, "monumenten", "c-mine", "index.html"))).toBe(true);
    const fresh = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-site-")), "_site");
    expect(runCli("build", ["--content", contentDir, "--output", fresh]).status).toBe(0);
    expect(snapshotTree(outputDir)).toEqual(snapshotTree(fresh));
  });
});

describe("a story with audio", () => {
  it("plays the recording and shows its transcript right below it", () => {
    const story = STORY_MD.replace(
      "authors: [Testcel]",
      "authors: [Testcel]\naudio:\n  file: opname.mp3\n  transcript: |\n    Ik was negentien toen ik voor het eerst afdaalde in de mijn.",
    );
    const contentDir = regionWith({ "stories/laatste-mijn.md": story, "stories/opname.mp3": "ID3 not really audio" });
    const outputDir = path.join(path.dirname(contentDir), "_site");
    const result = runCli("build", ["--content", contentDir, "--output", outputDir]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const main = parse(pageAt(outputDir, "/verhalen/laatste-mijn/")).querySelector("main")!;
    const audio = main.querySelector("audio");
    expect(audio?.getAttribute("src")).toBe("/media/stories/opname.mp3");
    expect(audio?.hasAttribute("controls")).toBe(true);
    expect(main.text).toContain("Ik was negentien toen ik voor het eerst afdaalde in de mijn.");
    expect(readFileSync(path.join(outputDir, "media", "stories", "opname.mp3"), "utf8")).toBe("ID3 not really audio");
  });
});

describe("a route with a sport watch's GPX file", () => {
  it("publishes the path, but not the times and heart rate recorded with it", () => {
    const contentDir = regionWith({
      "routes/mijnwandeling.md": ROUTE_MD.replace("stops:", "track: spoor.gpx\nstops:"),
      "routes/spoor.gpx": fixture("gpx/watch-two-segments.gpx"),
    });
    expect(fixture("gpx/watch-two-segments.gpx")).toMatch(/<time>[^]*<gpxtpx:hr>/);
    const outputDir = path.join(path.dirname(contentDir), "_site");
    const result = runCli("build", ["--content", contentDir, "--output", outputDir]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const published = listFiles(outputDir).filter((file) => file.endsWith(".gpx"));
    expect(published).toEqual(["routes/mijnwandeling/mijnwandeling.gpx"]);
    const gpx = readFileSync(path.join(outputDir, published[0]!), "utf8");
    expect(gpx.match(/<trkpt /g)).toHaveLength(13);
    expect(gpx).not.toMatch(/<time>|hr>|Ochtendwandeling/);
  });
});

function listFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: "utf8" })
    .filter((name) => statSync(path.join(directory, name)).isFile())
    .map((name) => name.split(path.sep).join("/"))
    .sort();
}
