import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";
import { collectPageErrors, useSampleSite, waitForMaps } from "./sample-site.ts";

// The teaching packs of the sample region as a teacher meets them: the listing with
// its filters, and a pack's page with the route map and the one download.

const site = useSampleSite();

async function samplePacks() {
  const { model } = await loadSite(path.join(PROJECT_DIR, "content"));
  return model!.packs;
}

describe("a pack's page", () => {
  it("shows the route with one numbered marker per stop, in route order, matching the worksheets", async () => {
    for (const pack of await samplePacks()) {
      const route = pack.route!;
      // The route's stops, then worksheets off the route, numbered after them.
      const expected = [...route.stops.map((stop) => stop.name), ...pack.stops.filter((stop) => stop.number > route.stops.length).map((stop) => stop.monument.title)];
      const { context } = await site.newContext();
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(site.server.url(pack.url));
      await waitForMaps(page);
      expect(errors, "errors in the page").toEqual([]);
      const canvas = page.locator('[data-map="route"] [data-map-canvas]');
      expect(await canvas.getAttribute("data-map-state")).toBe("ready");
      const markers = canvas.locator(".leaflet-marker-pane .leaflet-marker-icon.route-stop");
      const titles = await markers.evaluateAll((elements) => elements.map((element) => element.getAttribute("title") ?? ""));
      const inOrder = titles.map((title) => /^Stop (\d+): (.*)$/.exec(title)!).sort((a, b) => Number(a[1]) - Number(b[1]));
      expect(inOrder.map((match) => match[2])).toEqual(expected);
      expect(inOrder.map((match) => Number(match[1]))).toEqual(expected.map((_, index) => index + 1));
      // Each worksheet carries the number of its stop on the map.
      const sheets = page.locator("ol.pack-stops > li");
      const numbers = await sheets.evaluateAll((items) => items.map((item) => Number(item.getAttribute("value"))));
      const names = (await sheets.locator(".stop__name").allTextContents()).map((name) => name.trim());
      expect(names).toEqual(pack.stops.map((stop) => stop.monument.title));
      names.forEach((name, index) => expect(expected[numbers[index]! - 1], name).toBe(name));
    }
  });

  it("sets stops that share a place side by side, so both numbers can be read", async () => {
    const pack = (await samplePacks()).find((candidate) => candidate.slug === "mijnverleden-en-migratie")!;
    const { context } = await site.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url(pack.url));
    await waitForMaps(page);
    // be-MINE (stop 1) and the Vlaams Mijnmuseum (stop 5) share one sourced point.
    const box = async (number: number) => (await page.locator(`.leaflet-marker-icon.route-stop[title^="Stop ${number}:"]`).boundingBox())!;
    const [mine, museum] = [await box(1), await box(5)];
    const overlapX = Math.min(mine.x + mine.width, museum.x + museum.width) - Math.max(mine.x, museum.x);
    const overlapY = Math.min(mine.y + mine.height, museum.y + museum.height) - Math.max(mine.y, museum.y);
    expect(overlapX <= 0 || overlapY <= 0, JSON.stringify({ mine, museum })).toBe(true);
  });

  it("downloads the pupils' files as one ZIP, without the key", async () => {
    const [pack] = await samplePacks();
    const { context } = await site.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(site.server.url(pack!.url));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Alles in één download (zip)" }).click()]);
    expect(download.suggestedFilename()).toBe(`${pack!.slug}.zip`);
    const names = Object.keys(unzipSync(readFileSync(await download.path())));
    expect(names).toContain(`${pack!.slug}-werkboekje.pdf`);
    // The ZIP is for the pupils: the teacher's key is never in it.
    expect(names).not.toContain(`${pack!.slug}-antwoordsleutel.pdf`);
  });
});

describe("the list of packs", () => {
  it("filters by level and subject, and keeps the choice in the address", async () => {
    const packs = await samplePacks();
    const { context } = await site.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url("/lespakketten/"));
    const visible = async () => (await page.locator(".card:visible .card__title").allTextContents()).map((title) => title.trim());
    expect((await visible()).sort()).toEqual(packs.map((pack) => pack.title).sort());

    await page.getByLabel("Niveau").selectOption("secundair");
    expect(await visible()).toEqual(packs.filter((pack) => pack.level === "secundair").map((pack) => pack.title));
    expect(new URL(page.url()).search).toBe("?niveau=secundair");
    await expect.poll(() => page.locator(".pack-filters__count").textContent()).toBe("1 lespakket");

    // A shared address restores the filter; a subject no secundair pack has shows the way back.
    await page.goto(site.server.url("/lespakketten/?niveau=secundair&vak=nederlands"));
    expect(await visible()).toEqual([]);
    expect(await page.locator(".pack-filters__none").isVisible()).toBe(true);
    await page.goto(site.server.url("/lespakketten/?vak=nederlands"));
    expect(await visible()).toEqual(packs.filter((pack) => pack.subjects.includes("nederlands")).map((pack) => pack.title));
    expect(await page.getByLabel("Vak").inputValue()).toBe("nederlands");
  });
});
