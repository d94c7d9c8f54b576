import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { SiteModel } from "../../src/content/model.ts";
import directPagesPlugin, { renderDirectPages } from "../../src/eleventy/direct-pages.ts";
import { PageWriter } from "../../src/eleventy/page-writes.ts";
import { providePreloadedModel } from "../../src/eleventy/model-data.ts";
import { writeSyntheticRegion } from "../../scripts/synthetic-region.ts";
import { PROJECT_DIR, runCli } from "../helpers/cli.ts";

const work = mkdtempSync(path.join(tmpdir(), "schachtbok-direct-pages-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `directory`, by its path inside it, with its bytes. */
function tree(directory: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(directory, { recursive: true }).map(String).sort()) {
    const full = path.join(directory, name);
    if (statSync(full).isFile()) files.set(name, readFileSync(full));
  }
  return files;
}

/** npm run build of `contentDir`, with the pages per entry rendered directly or (SCHACHTBOK_DIRECT_PAGES=0) by Eleventy. */
function build(contentDir: string, outputDir: string, direct: boolean): void {
  const before = process.env.SCHACHTBOK_DIRECT_PAGES;
  process.env.SCHACHTBOK_DIRECT_PAGES = direct ? "1" : "0";
  try {
    const result = runCli("build", ["--content", contentDir, "--output", outputDir]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  } finally {
    if (before === undefined) delete process.env.SCHACHTBOK_DIRECT_PAGES;
    else process.env.SCHACHTBOK_DIRECT_PAGES = before;
  }
}

function expectSameSites(direct: string, eleventy: string): void {
  const ours = tree(direct);
  const theirs = tree(eleventy);
  expect([...ours.keys()]).toEqual([...theirs.keys()]);
  const different = [...ours].filter(([name, bytes]) => !bytes.equals(theirs.get(name)!)).map(([name]) => name);
  expect(different).toEqual([]);
}

describe("pages per entry rendered outside Eleventy's pagination (npm run build)", () => {
  it("are byte for byte the pages Eleventy renders, in every language of the sample region, and so is the rest of the site", () => {
    const direct = path.join(work, "sample-direct");
    const eleventy = path.join(work, "sample-eleventy");
    build(path.join(PROJECT_DIR, "content"), direct, true);
    build(path.join(PROJECT_DIR, "content"), eleventy, false);
    // Monument pages in Dutch and in the translations.
    const pages = [...tree(direct).keys()].filter((name) => /^(monumenten|de\/denkmale|en\/monuments|fr\/monuments)\/[^/]+\/index\.html$/.test(name));
    for (const section of ["monumenten/", "de/denkmale/", "en/monuments/", "fr/monuments/"]) {
      expect(pages.filter((name) => name.startsWith(section)).length).toBeGreaterThan(5);
    }
    expectSameSites(direct, eleventy);
    // The offline copies of the routes list the monument pages of their stops with their sizes.
    const manifests = readdirSync(path.join(direct, "offline"), { recursive: true }).map(String).filter((name) => name.endsWith(".json"));
    expect(manifests.length).toBeGreaterThan(0);
    const stops = manifests.flatMap((name) => {
      const manifest = JSON.parse(readFileSync(path.join(direct, "offline", name), "utf8")) as { entries: { url: string; bytes: number }[] };
      return manifest.entries.filter((entry) => /^(\/monumenten|\/de\/denkmale|\/en\/monuments|\/fr\/monuments)\/[^/]+\/$/.test(entry.url));
    });
    expect(stops.length).toBeGreaterThan(10);
    for (const stop of stops) expect(stop.bytes).toBe(statSync(path.join(direct, stop.url, "index.html")).size);
  });

  it("are the same on a synthetic region of 300 monuments, and a second build into the same place changes nothing", () => {
    const content = path.join(work, "region");
    writeSyntheticRegion(content, 300);
    const direct = path.join(work, "region-direct");
    const eleventy = path.join(work, "region-eleventy");
    build(content, direct, true);
    build(content, eleventy, false);
    expect(existsSync(path.join(direct, "monumenten", "monument-00299", "index.html"))).toBe(true);
    expectSameSites(direct, eleventy);
    // The staging folder now holds the first build's site: its pages are overwritten, none is lost.
    build(content, direct, true);
    expectSameSites(direct, eleventy);
  });
});

describe("renderDirectPages", () => {
  afterEach(() => providePreloadedModel(undefined));

  /** renderDirectPages with a PageWriter of its own, as build-site.ts calls it. */
  async function render(output: string, keep?: (file: string) => boolean) {
    const writer = new PageWriter(keep);
    try {
      return await renderDirectPages(output, writer, keep);
    } finally {
      await writer.close();
    }
  }

  /** A small Eleventy project: a paginated template handing its pages over, two layouts. */
  function project(name: string, layout: string, own = "templateEngineOverride: false,"): { input: string; output: string } {
    const input = path.join(work, name);
    mkdirSync(path.join(input, "_includes"), { recursive: true });
    writeFileSync(
      path.join(input, "things.njk"),
      `---js
{
  things: [{ slug: "een", title: "Eén" }, { slug: "twee", title: "Twee" }],
  ${own}
  pagination: { data: "things", size: 1, alias: "thing", before: (items, data) => data.directPages.take(items, data) },
  layout: "thing.njk",
  section: "dingen",
  permalink: (data) => "/dingen/" + data.thing.slug + "/",
}
---
`,
    );
    writeFileSync(path.join(input, "_includes", "thing.njk"), `---\nlayout: outer.njk\nkind: ding\n---\n${layout}`);
    writeFileSync(path.join(input, "_includes", "outer.njk"), "<main data-url=\"{{ page.url }}\" data-section=\"{{ section }}\">{{ content | safe }}</main>\n");
    return { input, output: path.join(work, `${name}-out`) };
  }

  async function eleventyWrite(input: string, output: string): Promise<void> {
    const { Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy(input, output, {
      configPath: false,
      quietMode: true,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      config: (config: any) => {
        config.addPlugin(directPagesPlugin);
        config.addFilter("shout", (text: string) => {
          if (text === "Twee") throw new Error("no shouting at Twee");
          return text.toUpperCase();
        });
      },
    });
    await eleventy.write();
  }

  it("renders the pages Eleventy handed over, through the layout chain, with the data of the template and its layouts", async () => {
    const { input, output } = project("things", "<h1>{{ thing.title }}</h1><p>{{ kind }} {{ pagination.items[0].slug }}</p>");
    // As npm run build: a model handed over turns the direct pages on.
    providePreloadedModel({} as SiteModel);
    await eleventyWrite(input, output);
    // Eleventy itself wrote none of them.
    expect(existsSync(path.join(output, "dingen"))).toBe(false);
    const kept = path.join(output, "dingen", "een", "index.html");
    const result = await render(output, (file) => file === kept);
    expect(result.files.sort()).toEqual([kept, path.join(output, "dingen", "twee", "index.html")]);
    expect(readFileSync(kept, "utf8")).toBe('<main data-url="/dingen/een/" data-section="dingen"><h1>Eén</h1><p>ding een</p></main>\n');
    expect(readFileSync(path.join(output, "dingen", "twee", "index.html"), "utf8")).toContain("<h1>Twee</h1>");
    // The page asked for is kept as rendered (the offline manifests read it), the others are not.
    expect([...result.kept.keys()]).toEqual([kept]);
    expect(result.kept.get(kept)).toBe(readFileSync(kept, "utf8"));
    // Handed over once: a second call has nothing left to render.
    expect((await render(output)).files).toEqual([]);
  });

  it("leaves the pages to Eleventy on the dev server (no model handed over)", async () => {
    const { input, output } = project("things-dev", "<h1>{{ thing.title }}</h1>");
    await eleventyWrite(input, output);
    expect(readFileSync(path.join(output, "dingen", "twee", "index.html"), "utf8")).toBe('<main data-url="/dingen/twee/" data-section="dingen"><h1>Twee</h1></main>\n');
    expect((await render(output)).files).toEqual([]);
  });

  it("leaves to Eleventy a template with content of its own, or with computed data", async () => {
    providePreloadedModel({} as SiteModel);
    for (const [name, own] of [
      ["things-content", ""],
      ["things-computed", 'templateEngineOverride: false, eleventyComputed: { section: () => "berekend" },'],
    ] as const) {
      const { input, output } = project(name, "<h1>{{ thing.title }}</h1>", own);
      await eleventyWrite(input, output);
      expect(readFileSync(path.join(output, "dingen", "een", "index.html"), "utf8")).toContain("<h1>Eén</h1>");
      expect((await render(output)).files).toEqual([]);
    }
    expect(readFileSync(path.join(work, "things-computed-out", "dingen", "een", "index.html"), "utf8")).toContain('data-section="berekend"');
  });

  it("names the template and the page when one fails to render", async () => {
    const { input, output } = project("things-error", "<h1>{{ thing.title | shout }}</h1>");
    providePreloadedModel({} as SiteModel);
    await eleventyWrite(input, output);
    await expect(render(output)).rejects.toThrow(/things\.njk for \/dingen\/twee\/: [\s\S]*no shouting at Twee/);
  });
});
