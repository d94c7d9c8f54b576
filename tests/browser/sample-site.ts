import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { isolatedContext, launchChromium, type IsolatedContext } from "../helpers/browser.ts";
import { runCli } from "../helpers/cli.ts";
import { startStaticServer, type StaticServer } from "../helpers/static-server.ts";

// What every browser test file shares: the sample region (or a test region) built
// once by the same command as `npm run build`, served on the loopback, and one Chromium.

export interface SampleSite {
  outputDir: string;
  server: StaticServer;
  browser: Browser;
  /** A new context that reaches only the test server; closed with the site. */
  newContext(options?: Parameters<typeof isolatedContext>[2]): Promise<IsolatedContext>;
  /** A JSON file of the built site, fetched over HTTP as the page gets it. */
  json<T = unknown>(sitePath: string): Promise<T>;
}

/**
 * Builds and serves the site before the file's tests; cleans up after them.
 * `contentDir` (called in beforeAll) builds another content folder than the sample region.
 */
export function useSampleSite(options: { contentDir?: () => string } = {}): SampleSite {
  const site = {} as SampleSite;
  let workDir: string | undefined;
  const contexts: IsolatedContext[] = [];

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), "schachtbok-browser-"));
    const outputDir = path.join(workDir, "_site");
    const content = options.contentDir ? ["--content", options.contentDir()] : [];
    const build = runCli("build", [...content, "--output", outputDir]);
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
    const server = await startStaticServer(outputDir);
    const browser = await launchChromium();
    Object.assign(site, {
      outputDir,
      server,
      browser,
      async newContext(options) {
        const isolated = await isolatedContext(browser, server.origin, options);
        contexts.push(isolated);
        return isolated;
      },
      async json(sitePath) {
        const response = await fetch(server.url(sitePath));
        if (!response.ok) throw new Error(`${sitePath}: HTTP ${response.status}`);
        return response.json();
      },
    } satisfies SampleSite);
  });

  afterAll(async () => {
    for (const { context } of contexts) await context.close().catch(() => {});
    await site.browser?.close();
    await site.server?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  return site;
}

/** Waits until every map on the page has been drawn (or has failed, which the caller then sees). */
export async function waitForMaps(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const canvases = [...document.querySelectorAll<HTMLElement>("[data-map-canvas]")].filter((canvas) => !canvas.closest("[hidden]"));
    return canvases.length > 0 && canvases.every((canvas) => canvas.dataset.mapState === "ready" || canvas.dataset.mapState === "error");
  });
}

/** Console errors and uncaught exceptions of a page, to show when a map did not draw. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    // Blocked tiles are the point of these tests, not an error of the page.
    if (message.type() === "error" && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  return errors;
}
