import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeSyntheticRegion } from "../../scripts/synthetic-region.ts";
import { axeViolations } from "./axe.ts";
import { useSampleSite } from "./sample-site.ts";

// A long monument list in pages (src/site/listing-pages.ts), as a visitor uses it:
// a generated region of 300 monuments, 20 a page, so Genk's 43 are three pages.

const before = process.env.SCHACHTBOK_LISTING_PAGE_SIZE;
process.env.SCHACHTBOK_LISTING_PAGE_SIZE = "20";
afterAll(() => {
  if (before === undefined) delete process.env.SCHACHTBOK_LISTING_PAGE_SIZE;
  else process.env.SCHACHTBOK_LISTING_PAGE_SIZE = before;
});

const site = useSampleSite({
  contentDir: () => {
    const contentDir = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-lists-")), "content");
    writeSyntheticRegion(contentDir, 300);
    return contentDir;
  },
});

describe("a monument list in pages", () => {
  for (const width of [390, 1280]) {
    it(`at ${width} px: goes from the index to page 2 and on with the keyboard, without sideways scrolling or axe violations`, async () => {
      const { context } = await site.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(site.server.url("/monumenten/"));
      await page.getByRole("link", { name: "Genk", exact: true }).click();
      expect(new URL(page.url()).pathname).toBe("/gemeenten/genk/monumenten/");
      const nav = page.getByRole("navigation", { name: "Pagina's van deze lijst" });
      await nav.getByRole("link", { name: "Volgende" }).focus();
      await page.keyboard.press("Enter");
      await page.waitForURL("**/gemeenten/genk/monumenten/2/");
      expect(await page.locator("main").innerText()).toContain("pagina 2 van 3");
      expect(await nav.locator('[aria-current="page"]').innerText()).toBe("2");
      expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      if (process.env.SCHACHTBOK_SCREENSHOTS) await page.screenshot({ path: path.join(tmpdir(), `schachtbok-list-${width}.png`), fullPage: false });
    });
  }
});
