import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { languageData, type LanguageData } from "../../src/site/languages.ts";
import { onlyEntriesChanged, pageGraph, pagesToRender, partialLanguageData, referencesOf } from "../../src/eleventy/incremental.ts";
import { writeSyntheticRegion } from "../../scripts/synthetic-region.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";

// npm start after an edit renders only the pages that show the edited entry
// (src/eleventy/incremental.ts). Here on the sample region in four languages: which pages an
// edit reaches, and which it leaves alone.

const folders: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function sampleCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), "schachtbok-incremental-"));
  folders.push(root);
  const contentDir = path.join(root, "content");
  cpSync(path.join(PROJECT_DIR, "content"), contentDir, { recursive: true });
  return contentDir;
}

async function dataOf(contentDir: string): Promise<LanguageData> {
  const { model, problems } = await loadSite(contentDir);
  expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
  return languageData(model!);
}

/** Edits a file, and gives the pages to render and the language data before and after. */
async function afterEdit(contentDir: string, file: string, edit: (text: string) => string) {
  const before = await dataOf(contentDir);
  const absolute = path.join(contentDir, file);
  writeFileSync(absolute, edit(readFileSync(absolute, "utf8")));
  const after = await dataOf(contentDir);
  return { before, after, render: pagesToRender(pageGraph(before), pageGraph(after), [absolute]) };
}

const urlsOf = (items: readonly { url: string }[]) => items.map((item) => item.url);

describe("pages to render after an edit", () => {
  it("renders a monument's pages in every language and the pages that show it, and no others", async () => {
    const contentDir = sampleCopy();
    const { after, render } = await afterEdit(contentDir, "monuments/c-mine.md", (text) => text.replace(/^summary: .*$/m, "summary: Een nieuwe samenvatting van C-mine."));
    expect(render).toBeDefined();
    const pages = render!;
    // The monument in all four languages.
    const cMine = after.monuments.filter((monument) => monument.slug === "c-mine");
    expect(cMine.map((monument) => monument.i18n.lang).sort()).toEqual(["de", "en", "fr", "nl"]);
    for (const url of urlsOf(cMine)) expect(pages).toContain(url);
    // Its route, its story and its postcard series, in each of their languages.
    for (const route of after.routes.filter((route) => route.stops.some((stop) => stop.type === "monument" && stop.monument.slug === "c-mine"))) expect(pages).toContain(route.url);
    expect(after.routes.some((route) => pages.has(route.url))).toBe(true);
    for (const story of after.stories.filter((story) => story.slug === "eerste-kolen-winterslag-1914")) expect(pages).toContain(story.url);
    for (const series of after.series.filter((series) => series.cards.some((card) => card.monument.slug === "c-mine"))) expect(pages).toContain(series.url);
    // The municipality page that lists it, in every language; not the others.
    const genk = after.municipalities.filter((municipality) => municipality.name === "Genk");
    expect(genk).toHaveLength(4);
    for (const url of urlsOf(genk)) expect(pages).toContain(url);
    const leopoldsburg = after.municipalities.find((municipality) => municipality.name === "Leopoldsburg" && municipality.i18n.lang === "nl")!;
    expect(pages).not.toContain(leopoldsburg.url);
    // A monument in another municipality, on no route or story with C-mine: not rendered again.
    const kamp = after.monuments.find((monument) => monument.slug === "kamp-van-beverlo" && monument.i18n.lang === "nl")!;
    expect(kamp.routes.some((route) => route.stops.some((stop) => stop.type === "monument" && stop.monument.slug === "c-mine"))).toBe(false);
    expect(pages).not.toContain(kamp.url);
    // Far fewer than all pages.
    expect(pages.size).toBeLessThan(pageGraph(after).refs.size / 2);
  });

  it("renders the pages that show a monument's route (other stops, municipalities on it) when the route changes with it, not for a new summary", async () => {
    const contentDir = sampleCopy();
    const onRoute = (data: LanguageData) => data.routes.find((route) => route.i18n.lang === "nl" && route.stops.some((stop) => stop.type === "monument" && stop.monument.slug === "c-mine"))!;
    const beringen = (data: LanguageData) => data.municipalities.find((municipality) => municipality.slug === "beringen" && municipality.i18n.lang === "nl")!.url;
    // The route through Genk (C-mine) passes Beringen, whose page shows the route's card.
    const summary = await afterEdit(contentDir, "monuments/c-mine.md", (text) => text.replace(/^summary: .*$/m, "summary: Een nieuwe samenvatting van C-mine."));
    expect(onRoute(summary.after).municipalities.map((municipality) => municipality.slug)).toContain("beringen");
    expect(summary.render).toContain(onRoute(summary.after).url);
    expect(summary.render).not.toContain(beringen(summary.after));
    // Another monument on that route shows the route's card: not rendered for C-mine's summary.
    const beMine = (data: LanguageData) => data.monuments.find((monument) => monument.slug === "be-mine" && monument.i18n.lang === "nl")!;
    expect(beMine(summary.after).routes.map((route) => route.url)).toContain(onRoute(summary.after).url);
    expect(summary.render).not.toContain(beMine(summary.after).url);
    // Moved: the route's distance changes, and with it its card on Beringen's page.
    const moved = await afterEdit(contentDir, "monuments/c-mine.md", (text) => text.replace("lat: 50.98259", "lat: 50.99259"));
    expect(onRoute(moved.after).distanceKm).not.toBe(onRoute(moved.before).distanceKm);
    expect(moved.render).toContain(beringen(moved.after));
    expect(moved.render).toContain(beMine(moved.after).url);
  });

  it("renders both municipality pages when a monument moves from one to the other", async () => {
    const contentDir = sampleCopy();
    const { after, render } = await afterEdit(contentDir, "monuments/kamp-van-beverlo.md", (text) => text.replace("municipality: Leopoldsburg", "municipality: Beringen"));
    const rendered = after.municipalities.filter((municipality) => render!.has(municipality.url));
    expect(new Set(rendered.map((municipality) => municipality.slug))).toEqual(new Set(["leopoldsburg", "beringen"]));
    expect(rendered).toHaveLength(8);
  });

  it("renders a monument's page when a story no longer names it (its list of stories changes)", async () => {
    const contentDir = sampleCopy();
    const before = await dataOf(contentDir);
    const story = before.stories.find((story) => story.i18n.lang === "nl" && story.monuments.length > 0)!;
    const named = story.monuments[0]!;
    // The monument does not name the story itself: only the story links them.
    const storyFile = path.resolve(story.source.path);
    const monumentText = readFileSync(path.resolve(named.source.path), "utf8");
    writeFileSync(path.resolve(named.source.path), monumentText.replace(new RegExp(`^stories: .*$`, "m"), "stories: []"));
    const unlinked = await dataOf(contentDir);
    writeFileSync(storyFile, readFileSync(storyFile, "utf8").replace(/^monuments: .*$/m, "monuments: []"));
    const after = await dataOf(contentDir);
    expect(after.monuments.find((monument) => monument.url === named.url)!.stories.map((entry) => entry.slug)).not.toContain(story.slug);
    const render = pagesToRender(pageGraph(unlinked), pageGraph(after), [storyFile])!;
    expect(render).toContain(story.url);
    expect(render).toContain(named.url);
  });

  it("renders the list pages between where a monument was and where it goes", async () => {
    // Pages of 5: a municipality's 57 monuments in 12 pages, in alphabetical order.
    vi.stubEnv("SCHACHTBOK_LISTING_PAGE_SIZE", "5");
    const root = mkdtempSync(path.join(tmpdir(), "schachtbok-incremental-"));
    folders.push(root);
    const contentDir = path.join(root, "content");
    writeSyntheticRegion(contentDir, 400);
    const { before, after, render } = await afterEdit(contentDir, "monuments/monument-00000.md", (text) => text.replace("title: Monument 0", "title: Monument 9999"));
    const listsOf = (data: LanguageData) => data.monumentLists.filter((page) => page.parent.title.includes(" As") || page.url.includes("/as/"));
    const listed = (data: LanguageData) => listsOf(data).map((page) => page.items.map((monument) => monument.slug).join(" "));
    expect(listsOf(before).length).toBeGreaterThan(3);
    // Every list page of As whose items changed is rendered again: first, last and all between.
    const changed = listsOf(after).filter((page, index) => listed(after)[index] !== listed(before)[index]);
    expect(changed.length).toBeGreaterThan(2);
    for (const page of changed) expect(render).toContain(page.url);
    // The list pages of the other municipalities stay.
    expect(after.monumentLists.filter((page) => page.url.includes("/genk/")).some((page) => render!.has(page.url))).toBe(false);
  });

  it("asks for a full rebuild when an entry is added or removed", async () => {
    const contentDir = sampleCopy();
    const before = pageGraph(await dataOf(contentDir));
    const added = path.join(contentDir, "monuments", "kopie-van-c-mine.md");
    writeFileSync(added, readFileSync(path.join(contentDir, "monuments", "c-mine.md"), "utf8"));
    const withCopy = pageGraph(await dataOf(contentDir));
    expect(pagesToRender(before, withCopy, [added])).toBeUndefined();
    rmSync(added);
    expect(pagesToRender(withCopy, pageGraph(await dataOf(contentDir)), [added])).toBeUndefined();
  });
});

describe("what a rebuild may leave out", () => {
  it("follows an entry's own files only: site.yaml, media and templates ask for a full rebuild", () => {
    const contentDir = "/site/content";
    expect(onlyEntriesChanged(["/site/content/monuments/c-mine.md"], contentDir)).toBe(true);
    expect(onlyEntriesChanged(["./content/monuments/c-mine.en.md", "/site/content/routes/oost/mijnwandeling.md"].map((file) => path.resolve("/site", file)), contentDir)).toBe(true);
    expect(onlyEntriesChanged(["/site/content/site.yaml"], contentDir)).toBe(false);
    expect(onlyEntriesChanged(["/site/content/site.en.yaml"], contentDir)).toBe(false);
    expect(onlyEntriesChanged(["/site/content/media/foto.jpg"], contentDir)).toBe(false);
    expect(onlyEntriesChanged(["/site/content/monuments/schets.svg"], contentDir)).toBe(false);
    expect(onlyEntriesChanged(["/site/layouts/base/monument.njk"], contentDir)).toBe(false);
    expect(onlyEntriesChanged(["/site/content/monuments/c-mine.md", "/site/layouts/base/monument.njk"], contentDir)).toBe(false);
    expect(onlyEntriesChanged([], contentDir)).toBe(false);
  });

  it("finds the entries an item holds at any depth, but not through another entry", () => {
    const municipality = { slug: "genk", url: "/gemeenten/genk/", name: "Genk" };
    const story = { slug: "verhaal", url: "/verhalen/verhaal/", monuments: [{ slug: "ver", url: "/monumenten/ver/" }] };
    const route = { slug: "r", url: "/routes/r/", stops: [{ type: "monument", monument: { slug: "m", url: "/monumenten/m/", municipality, stories: [story] } }] };
    expect([...referencesOf(route)].sort()).toEqual(["/monumenten/m/"]);
    expect([...referencesOf(route.stops[0]!.monument)].sort()).toEqual(["/gemeenten/genk/", "/verhalen/verhaal/"]);
  });

  it("gives the templates only the pages to render, and everything else whole", async () => {
    const data = await dataOf(path.join(PROJECT_DIR, "content"));
    const cMine = data.monuments.find((monument) => monument.slug === "c-mine")!;
    const partial = partialLanguageData(data, new Set([cMine.url]));
    expect(urlsOf(partial.monuments)).toEqual([cMine.url]);
    expect(partial.routes).toEqual([]);
    expect(partial.monumentLists).toEqual([]);
    // The pages about the whole site, and what every page reads, stay.
    expect(partial.views).toBe(data.views);
    expect(partial.models).toBe(data.models);
    expect(partial.alternates).toBe(data.alternates);
    expect(partialLanguageData(data, new Set()).views).toEqual([]);
  });
});
