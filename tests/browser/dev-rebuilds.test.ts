import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isolatedContext, launchChromium } from "../helpers/browser.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";
import { CHURCH_MD, MONUMENT_MD, regionWith } from "../helpers/content-dir.ts";
import { freePort, until } from "../helpers/polling.ts";

// npm start after an edit of one monument renders only the pages that show it
// (src/eleventy/incremental.ts): the monument's page reloads with the change, the pages
// that show it (its municipality, its route, the listings, the map data) have it, and a page
// that does not show it is left as it was. Removing a file is a full rebuild: no page links
// to it any more. Run in a copy of the project whose code, templates and packages are links
// to this one, with a small content folder of its own.

// A monument in another municipality, on no route and in no story.
const KOLENBRUG_MD = CHURCH_MD.replace("title: Heilig Hartkerk", "title: Kolenbrug")
  .replace("municipality: Genk", "municipality: Heusden-Zolder")
  .replace("kind: church", "kind: other")
  .replace(/^summary: .*$/m, "summary: Een brug waarover de kolen van de mijn naar het kanaal gingen.");

describe("npm start after an edit", () => {
  let projectDir: string;
  let contentDir: string;
  let server: ChildProcess;
  let output = "";
  let origin: string;
  let browser: Browser;
  const site = (...parts: string[]) => path.join(projectDir, "_site", ...parts);
  const text = async (url: string) => (await fetch(`${origin}${url}`)).text();

  beforeAll(async () => {
    contentDir = regionWith({ "monuments/kolenbrug.md": KOLENBRUG_MD });
    projectDir = path.dirname(contentDir);
    for (const name of [".eleventy.js", "layouts", "assets", "src", "node_modules", "package.json", "tsconfig.json"]) {
      symlinkSync(path.join(PROJECT_DIR, name), path.join(projectDir, name));
    }
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // What npm start runs (package.json), on a port of its own.
    server = spawn(path.join(PROJECT_DIR, "node_modules", ".bin", "tsx"), ["node_modules/@11ty/eleventy/cmd.cjs", "--serve", "--quiet", "--port", String(port)], {
      cwd: projectDir,
      env: { ...process.env, FORCE_COLOR: "0" },
      detached: true,
    });
    server.stdout!.on("data", (chunk) => (output += chunk));
    server.stderr!.on("data", (chunk) => (output += chunk));
    await until("the dev server", () => (output.includes("Server at") ? true : undefined), { timeoutMs: 120_000, context: () => output.slice(-2000) });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    if (projectDir) rmSync(projectDir, { recursive: true, force: true });
  });

  it("shows the edit on the monument's page and where it is shown, and leaves the other pages alone", async () => {
    const { context } = await isolatedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/monumenten/c-mine/`);
    expect(await page.locator("h1").first().textContent()).toBe("C-mine");
    const untouched = [site("monumenten", "kolenbrug", "index.html"), site("gemeenten", "heusden-zolder", "index.html")];
    const before = untouched.map((file) => ({ file, text: readFileSync(file, "utf8"), mtime: statSync(file).mtimeMs }));
    expect(before[0]!.text).toContain("Een brug waarover de kolen");

    // The title and summary change: the open page reloads by itself with them.
    writeFileSync(
      path.join(contentDir, "monuments", "c-mine.md"),
      MONUMENT_MD.replace("title: C-mine", "title: C-mine Winterslag").replace(/^summary: .*$/m, "summary: De mijn van Winterslag, bewerkt terwijl npm start liep."),
    );
    await until("the page to reload", async () => ((await page.locator("h1").first().textContent({ timeout: 1000 }).catch(() => null)) === "C-mine Winterslag" ? true : undefined), {
      context: () => output.slice(-2000),
    });
    expect(await page.locator(".lead").first().textContent()).toContain("bewerkt terwijl npm start liep");

    // Where it is shown: its municipality, its route, the listing, the map's data.
    expect(await text("/gemeenten/genk/")).toContain("C-mine Winterslag");
    expect(await text("/routes/mijnwandeling/")).toContain("C-mine Winterslag");
    expect(await text("/monumenten/")).toContain("C-mine Winterslag");
    const geojson = JSON.parse(await text("/data/monuments.geojson")) as { features: { properties: { id: string; title: string; summary: string } }[] };
    const feature = geojson.features.find((entry) => entry.properties.id === "c-mine")!;
    expect(feature.properties.title).toBe("C-mine Winterslag");
    expect(feature.properties.summary).toContain("bewerkt terwijl npm start liep");

    // A monument elsewhere and its municipality's page: not written again, and still right.
    for (const { file, text: was, mtime } of before) {
      expect(statSync(file).mtimeMs, file).toBe(mtime);
      expect(readFileSync(file, "utf8")).toBe(was);
    }
    await context.close();
  }, 180_000);

  it("removes a deleted monument from every page that listed it", async () => {
    expect(await text("/gemeenten/heusden-zolder/")).toContain("/monumenten/kolenbrug/");
    rmSync(path.join(contentDir, "monuments", "kolenbrug.md"));
    await until("the listing without the monument", async () => (!(await text("/monumenten/")).includes("Kolenbrug") ? true : undefined), { context: () => output.slice(-2000) });
    expect(await text("/gemeenten/heusden-zolder/")).not.toContain("/monumenten/kolenbrug/");
    expect(await text("/kaart/")).not.toContain("/monumenten/kolenbrug/");
    expect(await text("/sitemap.xml")).not.toContain("/monumenten/kolenbrug/");
    expect(await text("/data/monuments.geojson")).not.toContain("kolenbrug");
    expect(await text("/monumenten/c-mine/")).toContain("C-mine Winterslag");
  }, 180_000);
});
