import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./axe.ts";
import { isolatedContext, launchChromium } from "../helpers/browser.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";
import { MONUMENT_MD, regionWith } from "../helpers/content-dir.ts";
import { freePort, until } from "../helpers/polling.ts";

// npm start with a content error, as staff meet it: the dev server starts anyway, the terminal
// has the file:line field: lines and no stack trace, every page shows the errors in a banner,
// and fixing the file reloads the page without it. Run in a copy of the project whose code,
// templates and packages are links to this one, with a small content folder of its own.

const BROKEN = MONUMENT_MD.replace("kind: mine-site", "kind: mijn");
const ERROR_LINE = 'content/monuments/c-mine.md:8 kind: "mijn" is not allowed';

describe("npm start with a content error", () => {
  let projectDir: string;
  let monumentFile: string;
  let server: ChildProcess;
  let output = "";
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    const contentDir = regionWith({ "monuments/c-mine.md": BROKEN });
    monumentFile = path.join(contentDir, "monuments", "c-mine.md");
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
    await until("the dev server", () => (output.includes("Server at") ? true : undefined));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    if (projectDir) rmSync(projectDir, { recursive: true, force: true });
  });

  it("prints file:line field: problem, shows it on the pages, and shows the page again once fixed", async () => {
    // The first start: the terminal has the report of npm run build, not Eleventy's stack trace.
    expect(output).toContain(ERROR_LINE);
    expect(output).toContain("1 error, 0 warnings in the content.");
    expect(output).not.toMatch(/stack trace|at modelFor|ContentError/);

    // Nothing was built yet: every page is the error page, in Dutch, with what to do.
    const first = await fetch(`${origin}/`);
    expect(first.status).toBe(500);
    const firstHtml = await first.text();
    expect(firstHtml).toContain("De inhoud heeft 1 fout");
    expect(firstHtml).toContain("<code>content/monuments/c-mine.md</code>, regel 8, veld <code>kind</code>");
    expect(firstHtml).toContain("Wat te doen: did you mean &quot;mine-site&quot;?");

    const { context } = await isolatedContext(browser, origin);
    const page = await context.newPage();
    await page.goto(`${origin}/monumenten/c-mine/`);
    await expect.poll(() => page.locator("#schachtbok-content-errors").count()).toBe(1);

    // Fixed: the site is built and the open page reloads by itself, without the banner.
    writeFileSync(monumentFile, MONUMENT_MD);
    await until("the page to reload", async () => ((await page.locator("h1").first().textContent({ timeout: 1000 }).catch(() => null)) === "C-mine" ? true : undefined));
    expect(await page.locator("#schachtbok-content-errors").count()).toBe(0);

    // Broken again: the last good page stays, with the banner above it, announced and accessible.
    writeFileSync(monumentFile, BROKEN);
    await until("the banner", async () => ((await page.locator("#schachtbok-content-errors").count()) === 1 ? true : undefined));
    expect(await page.locator("h1").first().textContent()).toBe("C-mine");
    expect(await page.locator("#schachtbok-content-errors").getAttribute("role")).toBe("alert");
    expect(await page.locator("#schachtbok-content-errors li").innerText()).toMatch(/^content\/monuments\/c-mine\.md, regel 8, veld kind: "mijn" is not allowed/);
    expect(await axeViolations(page)).toEqual([]);
    const again = await fetch(`${origin}/monumenten/c-mine/`);
    expect(again.status).toBe(200);
    expect(readFileSync(path.join(projectDir, "_site", "monumenten", "c-mine", "index.html"), "utf8")).not.toContain("schachtbok-content-errors");
    expect(output.split(ERROR_LINE).length - 1).toBe(2);
    expect(output).not.toMatch(/stack trace|at modelFor|ContentError/);
    await context.close();
  }, 180_000);
});
