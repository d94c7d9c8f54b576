import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEditServer } from "../../src/cms/edit-server.ts";
import { parseData, splitFile } from "../../src/cms/merge.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";

// The editor's local backend with translations: what Decap reads and what a save writes,
// on a copy of the sample content (the browser test, tests/browser/admin.test.ts, clicks through it).

let workDir: string;
let contentDir: string;
let server: Awaited<ReturnType<typeof startEditServer>>;

async function act(action: string, params: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(server.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ action, params }) });
  return response.json();
}

async function check(body: Record<string, unknown>): Promise<string[]> {
  const response = await fetch(server.url.replace(/\/v1$/, "/check"), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return ((await response.json()) as { problems: { text: string }[] }).problems.map((problem) => problem.text);
}

const read = (name: string) => readFileSync(path.join(contentDir, name), "utf8");

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), "schachtbok-edit-server-"));
  contentDir = path.join(workDir, "content");
  cpSync(path.join(PROJECT_DIR, "content"), contentDir, { recursive: true });
  server = await startEditServer({ contentDir, port: 0 });
});

afterAll(async () => {
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("the editor's local backend and translations", () => {
  it("lists translations in their own collections and not among the originals", async () => {
    const originals = (await act("entriesByFolder", { folder: "content/monuments", extension: "md", depth: 1 })) as { file: { path: string } }[];
    const german = (await act("entriesByFolder", { folder: "content/monuments", extension: "de.md", depth: 1 })) as { data: string; file: { path: string } }[];
    expect(originals.map((entry) => entry.file.path)).toContain("content/monuments/c-mine.md");
    expect(originals.some((entry) => /\.[a-z]{2}\.md$/.test(entry.file.path))).toBe(false);
    expect(german.map((entry) => entry.file.path)).toContain("content/monuments/c-mine.de.md");
    expect(german.every((entry) => entry.file.path.endsWith(".de.md"))).toBe(true);
    // The original comes from the file name, for the form's pick-list.
    expect(german.find((entry) => entry.file.path.endsWith("c-mine.de.md"))!.data).toMatch(/^---\noriginal: "c-mine"\ntitle: C-mine \(Zeche Winterslag\)\n/);
  });

  it("writes a translation without the original's name, and an empty image keeps its place", async () => {
    const raw = "---\noriginal: casino-beringen\ntitle: Casino Beringen (Kasino)\nimages:\n  - alt: ''\n  - alt: Der Theatersaal\n---\nText.\n";
    await act("persistEntry", { entry: { path: "content/monuments/casino-beringen.de.md", raw }, assets: [] });
    expect(read("monuments/casino-beringen.de.md")).toBe("---\ntitle: Casino Beringen (Kasino)\nimages:\n  - {}\n  - alt: Der Theatersaal\n---\nText.\n");
  });

  it("reads and writes a site translation's municipalities as a list in the form, keyed by name in the file", async () => {
    const entry = (await act("getEntry", { path: "content/site.de.yaml" })) as { data: string };
    expect(entry.data).toMatch(/municipalities:\n {2}- municipality: As\n {4}intro:/);
    const before = read("site.de.yaml");
    const edited = entry.data.replace("title: Bergbauerbe Midden-Limburg", "title: Bergbauerbe in Midden-Limburg");
    await act("persistEntry", { entry: { path: "content/site.de.yaml", raw: edited }, assets: [] });
    const after = read("site.de.yaml");
    expect(after).toBe(before.replace("title: Bergbauerbe Midden-Limburg", "title: Bergbauerbe in Midden-Limburg"));
  });

  it("checks a translation in the words of npm run check: too many stops, a text too long, a second translation of one original", async () => {
    const stops = Array.from({ length: 12 }, (_, index) => ({ note: `Halt Nummer ${index + 1} der Route.` }));
    const tooMany = await check({ path: "content/routes/alle-zeven-mijnen.de.md", data: { original: "alle-zeven-mijnen", stops } });
    expect(tooMany).toContainEqual(expect.stringMatching(/^content\/routes\/alle-zeven-mijnen\.de\.md:\d+ stops: lists 12 stops, but content\/routes\/alle-zeven-mijnen\.md has 9 stops \(write one entry per stop/));
    const long = await check({ path: "content/monuments/c-mine.de.md", data: { original: "c-mine", summary: "Zu lang. ".repeat(40) } });
    expect(long).toContainEqual(expect.stringMatching(/^content\/monuments\/c-mine\.de\.md:\d+ summary: .*200/));
    const twice = await check({ path: "content/monuments/c-mine.de.md", newEntry: true, data: { original: "c-mine", title: "C-mine" } });
    expect(twice).toEqual([expect.stringMatching(/^content\/monuments\/c-mine\.de\.md:1 original: there is already a translation of c-mine in this language/)]);
    const { yaml, body } = splitFile(read("monuments/c-mine.de.md"), "frontmatter");
    const data = { original: "c-mine", ...parseData(yaml), summary: "Eine kurze, neue Zusammenfassung von C-mine.", body };
    expect(await check({ path: "content/monuments/c-mine.de.md", data })).toEqual([]);
    // A new site translation is checked as well (only in the check's overlay, not on disk).
    const site = await check({ path: "content/site.nl.yaml", newEntry: false, data: { title: "Mijnerfgoed" } });
    expect(site).toContainEqual(expect.stringMatching(/^content\/site\.nl\.yaml:1 this file translates into nl/));
    expect(existsSync(path.join(contentDir, "site.nl.yaml"))).toBe(false);
  });
});
