import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import { PROJECT_DIR, runCli } from "../helpers/cli.ts";
import { freePort, until } from "../helpers/polling.ts";

// The browser editor as staff use it: `npm run edit` on a copy of the sample content
// (never the repository's content/), /admin/ in Chromium, saves written to the copy.
// The screenshots in docs/images/ (the staff guide, docs/handleiding.md) are taken here.

let workDir: string;
let contentDir: string;
let edit: ChildProcess;
let site: string;
let browser: Browser;
let log = "";


/** Waits for `probe`, with the servers' last output in the error when it times out. */
const waitFor = <T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 90_000) => until(what, probe, { timeoutMs, context: () => log.slice(-3000) });

/** The lines that differ between two versions of a file with the same number of lines: [old, new]. */
function changedLines(before: string, after: string): [string | undefined, string][] {
  const oldLines = before.split("\n");
  const newLines = after.split("\n");
  expect(newLines.length).toBe(oldLines.length);
  return newLines.flatMap((line, index) => (line === oldLines[index] ? [] : [[oldLines[index], line] as [string | undefined, string]]));
}

async function status(url: string): Promise<number | undefined> {
  try {
    return (await fetch(url)).status;
  } catch {
    return undefined;
  }
}

/**
 * A small PNG for the staff guide: the screenshot with a palette of colours. Written when the
 * guide lacks it or with SCHACHTBOK_SCREENSHOTS=1 (after a change to the editor), so that a test
 * run does not leave the committed pictures changed by a few pixels.
 */
async function saveScreenshot(page: Page, name: string): Promise<void> {
  const png = await page.screenshot();
  expect((await sharp(png).metadata()).width).toBeGreaterThan(0);
  const file = path.join(PROJECT_DIR, "docs", "images", name);
  if (existsSync(file) && process.env.SCHACHTBOK_SCREENSHOTS !== "1") return;
  await sharp(png).png({ palette: true, colours: 64, compressionLevel: 9 }).toFile(file);
}

async function openEditor(hash: string): Promise<Page> {
  const context = await browser.newContext({ locale: "nl-BE", viewport: { width: 1100, height: 760 } });
  // Only this computer: the dev server and the editor's backend.
  await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort("internetdisconnected")));
  const page = await context.newPage();
  await page.goto(`${site}/admin/`);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("link", { name: "Monumenten" }).first().waitFor();
  if (hash) await page.goto(`${site}/admin/${hash}`);
  return page;
}

/** Picks from a list of choices (a select or a reference): typed, then clicked once it is offered. */
async function choose(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(text);
  await page.locator('[id*="-option-"]', { hasText: text }).first().click();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publiceer", exact: true }).click();
  await page.getByText("Publiceer nu", { exact: true }).click();
}

function frontMatterKeys(text: string): string[] {
  const yaml = text.split(/^---$/m)[1]!;
  return [...yaml.matchAll(/^([A-Za-z]+):/gm)].map((match) => match[1]!);
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), "schachtbok-admin-"));
  contentDir = path.join(workDir, "content");
  cpSync(path.join(PROJECT_DIR, "content"), contentDir, { recursive: true });
  const [port, backendPort] = [await freePort(), await freePort()];
  site = `http://127.0.0.1:${port}`;
  edit = spawn(
    process.execPath,
    ["scripts/run.mjs", "edit", "--content", contentDir, "--output", path.join(workDir, "_site"), "--port", String(port), "--backend-port", String(backendPort)],
    { cwd: PROJECT_DIR, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } },
  );
  edit.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  edit.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await waitFor("npm run edit's dev server", async () => ((await status(`${site}/admin/`)) === 200 && log.includes("Editor:") ? true : undefined), 110_000);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (edit?.pid) {
    try {
      process.kill(-edit.pid, "SIGTERM");
    } catch {
      // Already stopped.
    }
  }
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("the browser editor (npm run edit, /admin/)", () => {
  it("is served from the site itself, in Dutch, kept out of search engines and the sitemap", async () => {
    const page = await (await fetch(`${site}/admin/`)).text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<script src="/admin/decap-cms.js"></script>');
    expect(page).toContain('"locale":"nl"');
    expect((await fetch(`${site}/admin/decap-cms.js`)).status).toBe(200);
    expect(await (await fetch(`${site}/sitemap.xml`)).text()).not.toContain("/admin/");
  });

  it("lists the content types in Dutch", async () => {
    const page = await openEditor("");
    for (const name of ["Monumenten", "Routes", "Verhalen", "Postkaartreeksen", "Lespakketten", "Site en gemeenten"]) {
      await expect(page.getByRole("link", { name }).first().isVisible()).resolves.toBe(true);
    }
    await page.getByText("C-mine (steenkoolmijn van Winterslag)").waitFor();
    await saveScreenshot(page, "admin-monumenten.png");
    await page.context().close();
  });

  it("creates a monument through the form: the file has the documented order, passes npm run check, and the site has its page", async () => {
    const page = await openEditor("#/collections/monuments/new");
    await page.getByLabel("Titel", { exact: true }).fill("Schachtbok Proefput");
    await choose(page, "Gemeente", "Genk");
    await page.getByLabel("Breedtegraad (lat)").fill("50.9801");
    await page.getByLabel("Lengtegraad (lng)").fill("5.4912");
    await choose(page, "Nauwkeurigheid", "bij benadering");
    await choose(page, "Soort", "Schachtbok");
    await page.getByLabel("Samenvatting").fill("Een schachtbok om de editor te proberen, met een foto van de proefput.");
    await page.getByRole("button", { name: "Voeg afbeeldingen toe" }).click();
    await page.getByRole("button", { name: "Kies een afbeelding" }).click();
    const photo = path.join(workDir, "proefput.jpg");
    await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 120, g: 90, b: 60 } } }).jpeg().toFile(photo);
    await page.locator('input[type="file"]').setInputFiles(photo);
    await page.getByRole("button", { name: "Gebruik selectie" }).click();
    await page.getByLabel("Alternatieve tekst (wat de afbeelding toont)").fill("Bruine proeffoto van een schachtbok");
    await page.getByLabel("Maker (credit)").fill("Foto: Jan Peeters");
    await choose(page, "Licentie", "CC BY 4.0");
    await page.getByLabel("Samenvatting").scrollIntoViewIfNeeded();
    await saveScreenshot(page, "admin-monument.png");
    await publish(page);

    const file = path.join(contentDir, "monuments", "schachtbok-proefput.md");
    const text = await waitFor("the new monument's file", () => (existsSync(file) ? readFileSync(file, "utf8") : undefined), 30_000);
    expect(frontMatterKeys(text)).toEqual(["title", "municipality", "location", "kind", "summary", "images"]);
    expect(text).toContain("location:\n  lat: 50.9801\n  lng: 5.4912\n  precision: approximate\n");
    expect(text).toMatch(/images:\n {2}- file: proefput\.jpg\n {4}alt: Bruine proeffoto van een schachtbok\n {4}credit: "Foto: Jan Peeters"\n {4}licence: CC-BY-4.0\n/);
    expect(existsSync(path.join(contentDir, "monuments", "proefput.jpg"))).toBe(true);

    const check = runCli("check", ["--content", contentDir]);
    expect(check.stdout + check.stderr).toContain("content is valid");
    expect(check.status).toBe(0);
    // The dev server rebuilds on the save.
    await waitFor("the new monument's page", async () => ((await status(`${site}/monumenten/schachtbok-proefput/`)) === 200 ? true : undefined), 60_000);
    await page.context().close();
  });

  it("changes only the edited field when an existing monument is saved", async () => {
    const file = path.join(contentDir, "monuments", "c-mine.md");
    const before = readFileSync(file, "utf8");
    const page = await openEditor("#/collections/monuments/entries/c-mine");
    const summary = page.getByLabel("Samenvatting");
    await summary.waitFor();
    await summary.fill("Winterslag produceerde als eerste Kempense mijn steenkool en sloot in 1988.");
    await publish(page);
    const after = await waitFor("the saved file", () => {
      const text = readFileSync(file, "utf8");
      return text === before ? undefined : text;
    }, 30_000);
    expect(changedLines(before, after)).toEqual([[before.split("\n").find((line) => line.startsWith("summary:")), "summary: Winterslag produceerde als eerste Kempense mijn steenkool en sloot in 1988."]]);
    await page.context().close();
  });

  it("is not reloaded by the dev server's rebuilds: what is being typed stays", async () => {
    const page = await openEditor("#/collections/monuments/entries/be-mine");
    const summary = page.getByLabel("Samenvatting");
    await summary.waitFor();
    await summary.fill("Nog niet bewaard: een samenvatting die half getypt is.");
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    // Another file changes (another person, or a save a moment ago): the dev server rebuilds.
    const story = path.join(contentDir, "stories", "mijnkathedralen.md");
    const text = readFileSync(story, "utf8");
    writeFileSync(story, text.replace(/^title: .*$/m, "title: Mijnkathedralen, herbouwd"));
    await waitFor("the rebuilt story page", async () => ((await (await fetch(`${site}/verhalen/mijnkathedralen/`)).text()).includes("Mijnkathedralen, herbouwd") ? true : undefined), 60_000);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await summary.inputValue()).toBe("Nog niet bewaard: een samenvatting die half getypt is.");
    writeFileSync(story, text);
    // The next test starts after this rebuild, not during it.
    await waitFor("the story page as it was", async () => ((await (await fetch(`${site}/verhalen/mijnkathedralen/`)).text()).includes("Mijnkathedralen, herbouwd") ? undefined : true), 60_000);
    await page.context().close();
  });

  it("shows a latitude of 200 as an error in the form and does not save it", async () => {
    const file = path.join(contentDir, "monuments", "be-mine.md");
    const before = readFileSync(file, "utf8");
    const page = await openEditor("#/collections/monuments/entries/be-mine");
    const latitude = page.getByLabel("Breedtegraad (lat)");
    await latitude.waitFor();
    await latitude.fill("200");
    await publish(page).catch(() => undefined);
    await page.getByText(/90/).filter({ hasText: /(kleiner|gelijk|tussen|maximaal|groter)/i }).first().waitFor({ timeout: 10_000 });
    await latitude.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "admin-fout-veld.png");
    expect(readFileSync(file, "utf8")).toBe(before);
    await page.context().close();
  });

  it("edits a translation: only the edited line of c-mine.de.md changes, c-mine.md stays as it is", async () => {
    const file = path.join(contentDir, "monuments", "c-mine.de.md");
    const original = readFileSync(path.join(contentDir, "monuments", "c-mine.md"), "utf8");
    const before = readFileSync(file, "utf8");
    const page = await openEditor("#/collections/monuments-de/entries/c-mine");
    const summary = page.getByLabel("Samenvatting");
    await summary.waitFor();
    await summary.fill("Winterslag förderte als erste Zeche im Kempenland Steinkohle und schloss 1988.");
    await publish(page);
    const after = await waitFor("the saved translation", () => {
      const text = readFileSync(file, "utf8");
      return text === before ? undefined : text;
    }, 30_000);
    expect(changedLines(before, after)).toEqual([[before.split("\n").find((line) => line.startsWith("summary:")), "summary: Winterslag förderte als erste Zeche im Kempenland Steinkohle und schloss 1988."]]);
    expect(readFileSync(path.join(contentDir, "monuments", "c-mine.md"), "utf8")).toBe(original);
    await page.context().close();
  });

  it("creates a translation by picking the original: the file is named after it and holds only what was filled in", async () => {
    const page = await openEditor("#/collections/monuments-de/new");
    // The pick-list of the originals, searched by their Dutch title.
    await page.getByLabel("Origineel (monument in het Nederlands)", { exact: true }).fill("Casino");
    await page.locator('[id*="-option-"]', { hasText: "Casino Beringen" }).first().click();
    await page.getByLabel("Titel (optioneel)", { exact: true }).fill("Kasino Beringen");
    await page.getByLabel("Samenvatting").fill("Das Kasino von Beringen war der Festsaal der Bergleute, mit Theater und Kino.");
    await saveScreenshot(page, "admin-vertaling.png");
    await publish(page);

    const file = path.join(contentDir, "monuments", "casino-beringen.de.md");
    const text = await waitFor("the new translation's file", () => (existsSync(file) ? readFileSync(file, "utf8") : undefined), 30_000);
    expect(text).toBe("---\ntitle: Kasino Beringen\nsummary: Das Kasino von Beringen war der Festsaal der Bergleute, mit Theater und Kino.\n---\n");
    const check = runCli("check", ["--content", contentDir]);
    expect(check.stdout + check.stderr).toContain("content is valid");
    expect(check.status).toBe(0);
    // The dev server rebuilds: the German page has the German title.
    await waitFor("the German page with its new title", async () => {
      const response = await fetch(`${site}/de/denkmale/casino-beringen/`).catch(() => undefined);
      return response?.ok && (await response.text()).includes("<h1>Kasino Beringen</h1>") ? true : undefined;
    }, 60_000);
    await page.context().close();
  });

  it("stops a save that breaks a content rule and shows it in the words of npm run check", async () => {
    const file = path.join(contentDir, "monuments", "c-mine.md");
    const before = readFileSync(file, "utf8");
    const page = await openEditor("#/collections/monuments/entries/c-mine");
    // All rights reserved needs the rights holder: a rule of the schema the form cannot show by itself.
    // Open the first image (list items start folded): the button before its drag handle.
    await page.locator('[aria-label="list field"] [aria-roledescription="sortable"]').first().locator("xpath=preceding-sibling::button[1]").click();
    await choose(page, "Licentie", "Alle rechten voorbehouden");
    await publish(page);
    const banner = page.getByRole("alert").filter({ hasText: "Niet bewaard" });
    await banner.waitFor();
    // One line per problem, as npm run check prints it: file:line field: problem (hint).
    await expect(banner.locator("li").first().textContent()).resolves.toMatch(
      /^content\/monuments\/c-mine\.md:\d+ images\[0\]\.holder: an image with all rights reserved needs the rights holder \(add holder:/,
    );
    await saveScreenshot(page, "admin-fout.png");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(readFileSync(file, "utf8")).toBe(before);
    await page.context().close();
  });
});
