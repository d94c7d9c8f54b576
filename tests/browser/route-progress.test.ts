import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./axe.ts";
import { collectPageErrors, useSampleSite, waitForMaps } from "./sample-site.ts";

// "Waar ben ik op de route?" on the Eisden garden-city walk, with Chromium's geolocation
// set along the route: stop 1 Sint-Barbarakerk (50.982, 5.697), stop 2 Tuinwijk Eisden
// (50.980, 5.700), stop 3 Steenkoolmijn van Eisden (50.990, 5.710), joined by straight lines.

const site = useSampleSite();
const ROUTE = "/routes/wandeling-tuinwijk-eisden/";

/** Halfway from stop 1 to stop 2. */
const FIRST_LEG = { latitude: 50.981, longitude: 5.6985, accuracy: 15 };
/** A quarter and three quarters of the way from stop 2 to stop 3. */
const SECOND_LEG_EARLY = { latitude: 50.9825, longitude: 5.7025, accuracy: 15 };
const SECOND_LEG_LATE = { latitude: 50.9875, longitude: 5.7075, accuracy: 15 };
/** At the mine, the last stop. */
const AT_THE_END = { latitude: 50.99, longitude: 5.71, accuracy: 15 };
/** In Maasmechelen's woods, 5 km north of the route. */
const FAR_AWAY = { latitude: 51.035, longitude: 5.7, accuracy: 15 };

async function openRoute(options: Parameters<typeof site.newContext>[0], viewport = { width: 390, height: 844 }, path = ROUTE) {
  const { context } = await site.newContext({ viewport, ...options });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(site.server.url(path));
  await waitForMaps(page);
  return { context, page, errors };
}

const headline = (page: Page) => page.locator("[data-route-progress-headline]").textContent();
const note = (page: Page) => page.locator("[data-route-progress-note]").textContent();

/** Moves the visitor and waits until the panel has said something else. */
async function walkTo(context: BrowserContext, page: Page, position: typeof FIRST_LEG): Promise<string> {
  const before = await headline(page);
  await context.setGeolocation(position);
  await expect.poll(() => headline(page)).not.toBe(before);
  return (await headline(page)) ?? "";
}

/** "990 m" or "1,2 km" out of a headline, in metres. */
function metres(text: string): number {
  const match = /— ([\d.,]+) (k?m)/.exec(text);
  if (!match) throw new Error(`no distance in "${text}"`);
  const value = Number(match[1]!.replace(/\./g, "").replace(",", "."));
  return match[2] === "km" ? value * 1000 : value;
}

describe('"Waar ben ik op de route?" with the location shared', () => {
  it("names the next stop with its distance and direction, and follows the visitor to the end", async () => {
    const { context, page, errors } = await openRoute({ geolocation: FIRST_LEG, permissions: ["geolocation"] });
    const panel = page.locator("[data-route-progress]");
    expect(await panel.isVisible()).toBe(true);
    await page.getByRole("button", { name: "Waar ben ik op de route?" }).click();
    await expect.poll(() => panel.getAttribute("data-progress-state")).toBe("following");

    // Between stop 1 and stop 2: stop 2 is next, to the south-east.
    expect(await headline(page)).toMatch(/^Volgende stop: 2 · Tuinwijk Eisden — \d+ m in vogelvlucht, richting zuidoost$/);
    expect(await page.locator("[data-map-canvas] .map-you").count()).toBe(1);
    expect(await page.locator("[data-map-canvas] .map-you__accuracy").count()).toBe(1);
    // Said once to screen readers.
    await expect.poll(() => page.locator("[data-route-progress-live]").textContent()).toMatch(/Volgende stop: 2/);

    // On to the mine: stop 3, to the north-east, nearer with every position.
    const early = await walkTo(context, page, SECOND_LEG_EARLY);
    expect(early).toMatch(/^Volgende stop: 3 · Steenkoolmijn van Eisden — .* richting noordoost$/);
    const late = await walkTo(context, page, SECOND_LEG_LATE);
    expect(late).toMatch(/^Volgende stop: 3 · /);
    expect(metres(late)).toBeLessThan(metres(early));
    expect(metres(early) - metres(late)).toBeGreaterThan(500);
    // Still one dot: it moves, it is not drawn again.
    expect(await page.locator("[data-map-canvas] .map-you").count()).toBe(1);

    expect(await walkTo(context, page, AT_THE_END)).toBe("Je bent bij de laatste stop: 3 · Steenkoolmijn van Eisden. Dat is het einde van de route.");
    expect(await panel.getAttribute("data-progress-route")).toBe("finished");
    expect(errors).toEqual([]);
  });

  it("far from the route, says how far, and leads to the first stop", async () => {
    const { page } = await openRoute({ geolocation: FAR_AWAY, permissions: ["geolocation"] });
    await page.getByRole("button", { name: "Waar ben ik op de route?" }).click();
    await expect.poll(() => page.locator("[data-route-progress]").getAttribute("data-progress-route")).toBe("off-route");
    expect(await note(page)).toMatch(/^Je bent [\d,]+ km van de route\.$/);
    expect(await headline(page)).toMatch(/^Volgende stop: 1 · Sint-Barbarakerk — [\d,]+ km in vogelvlucht, richting zuid$/);
  });

  it("says when the position is not accurate", async () => {
    const { page } = await openRoute({ geolocation: { ...SECOND_LEG_EARLY, accuracy: 350 }, permissions: ["geolocation"] });
    await page.getByRole("button", { name: "Waar ben ik op de route?" }).click();
    await expect.poll(() => note(page)).toBe("Je positie is onnauwkeurig (±350 m).");
    expect(await headline(page)).toMatch(/^Volgende stop: 3 · /);
  });

  it("stops following on Stop, and while the page is hidden", async () => {
    const { context, page } = await openRoute({ geolocation: SECOND_LEG_EARLY, permissions: ["geolocation"] });
    const panel = page.locator("[data-route-progress]");
    await page.getByRole("button", { name: "Waar ben ik op de route?" }).click();
    await expect.poll(() => panel.getAttribute("data-progress-state")).toBe("following");

    // The phone's screen goes off: no positions are asked for, so the panel stays as it was.
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    const before = await headline(page);
    await context.setGeolocation(SECOND_LEG_LATE);
    await page.waitForTimeout(500);
    expect(await headline(page)).toBe(before);
    // Back on: following again, from the new position.
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await expect.poll(() => headline(page)).not.toBe(before);

    await page.getByRole("button", { name: "Stop", exact: true }).click();
    expect(await panel.getAttribute("data-progress-state")).toBe("stopped");
    expect(await page.locator("[data-map-canvas] .map-you").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Stop", exact: true }).isVisible()).toBe(false);
    // Keyboard focus stays in the panel, on the button that starts it again.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-route-progress-start"))).toBe(true);
  });

  it("speaks the page's language", async () => {
    const { page } = await openRoute({ geolocation: SECOND_LEG_EARLY, permissions: ["geolocation"] }, undefined, "/en/routes/wandeling-tuinwijk-eisden/");
    await page.getByRole("button", { name: "Where am I on the route?" }).click();
    await expect.poll(() => headline(page)).toMatch(/^Next stop: 3 · .* as the crow flies, to the north-east$/);
  });

  it.each([390, 1280])("has no axe violations with a position shown, at %i px", async (width) => {
    const { page } = await openRoute({ geolocation: { ...FAR_AWAY, accuracy: 250 }, permissions: ["geolocation"] }, { width, height: 900 });
    await page.getByRole("button", { name: "Waar ben ik op de route?" }).click();
    await expect.poll(() => page.locator("[data-route-progress]").getAttribute("data-progress-state")).toBe("following");
    expect(await note(page)).toMatch(/van de route\. .*onnauwkeurig/);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('"Waar ben ik op de route?" without permission', () => {
  it("says that the location was not shared and how to allow it, and draws no position", async () => {
    // No permission granted: headless Chromium refuses, as a visitor who taps "Block" does.
    const { page, errors } = await openRoute({});
    await page.getByRole("button", { name: "Waar ben ik op de route?" }).click();
    await expect.poll(() => page.locator("[data-route-progress]").getAttribute("data-progress-state")).toBe("denied");
    expect(await note(page)).toMatch(/^Je locatie is niet gedeeld\. Sta locatie toe voor deze site/);
    expect(await page.locator("[data-map-canvas] .map-you").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Stop", exact: true }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });
});
