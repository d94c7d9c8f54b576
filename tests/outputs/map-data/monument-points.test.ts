import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticRegion } from "../../../scripts/synthetic-region.ts";
import type { SiteModel } from "../../../src/content/model.ts";
import { loadSite } from "../../../src/content/load.ts";
import { languageData } from "../../../src/site/languages.ts";
import { decodePositions, detailChunkUrl, packFacets, pointsFileUrl, unpackFacets } from "../../../src/outputs/map-data/format.ts";
import { monumentMapData, mortonCode } from "../../../src/outputs/map-data/monument-points.ts";
import { PROJECT_DIR } from "../../helpers/cli.ts";

// The overview map's points file and detail chunks, read back as the browser reads them.

describe("monumentMapData on a generated region of 1000 monuments", () => {
  let model: SiteModel;
  beforeAll(async () => {
    const contentDir = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-map-data-")), "content");
    writeSyntheticRegion(contentDir, 1000);
    model = (await loadSite(contentDir)).model!;
  }, 60_000);

  it("decodes back to every monument's position within 1e-5 degrees, with its kind, municipality, precision, Open Monumentendag and title", () => {
    const { points, chunks } = monumentMapData(model, 100);
    expect(points.count).toBe(1000);
    const positions = decodePositions(points);
    const ids = chunks.flatMap((chunk) => chunk.monuments.map((detail) => detail.id));
    const bySlug = new Map(model.monuments.map((monument) => [monument.slug, monument]));
    ids.forEach((id, index) => {
      const monument = bySlug.get(id)!;
      expect(Math.abs(positions[index]!.lng - monument.location.lng)).toBeLessThanOrEqual(1e-5);
      expect(Math.abs(positions[index]!.lat - monument.location.lat)).toBeLessThanOrEqual(1e-5);
      const facets = unpackFacets(points.facets[index]!);
      expect(points.kinds[facets.kindIndex]).toBe(monument.kind);
      expect(facets.approximate).toBe(monument.location.precision === "approximate");
      expect(facets.openMonumentendag).toBe(!!monument.openMonumentendag);
      expect(points.municipalities[points.municipality[index]!]).toEqual([monument.municipality.slug, monument.municipality.name]);
      expect(points.title[index]).toBe(monument.title);
      expect(chunks[Math.floor(index / 100)]!.monuments[index % 100]!).toMatchObject({ url: monument.url, summary: monument.summary });
    });
  });

  it("puts every monument in exactly one chunk, in the points' order, each chunk saying where it starts", () => {
    const { points, chunks } = monumentMapData(model, 100);
    expect(chunks.length).toBe(10);
    const ids = chunks.flatMap((chunk) => chunk.monuments.map((detail) => detail.id));
    expect(ids.length).toBe(1000);
    expect(new Set(ids).size).toBe(1000);
    expect(new Set(ids)).toEqual(new Set(model.monuments.map((monument) => monument.slug)));
    expect(chunks.map((chunk) => chunk.start)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900]);
    for (const column of [points.lng, points.lat, points.facets, points.municipality, points.title]) expect(column.length).toBe(1000);
  });

  it("orders the points in Z-order, so that neighbours in the file are near each other", () => {
    const { points } = monumentMapData(model);
    const positions = decodePositions(points);
    const codes = positions.map(({ lng, lat }) => mortonCode(Math.round(lng * 1e5), Math.round(lat * 1e5)));
    for (let index = 1; index < codes.length; index++) expect(codes[index]! >= codes[index - 1]!).toBe(true);
    // Most steps from one point to the next are small: the deltas are short numbers.
    const small = points.lng.slice(1).filter((delta, index) => Math.abs(delta) < 5000 && Math.abs(points.lat[index + 1]!) < 5000);
    expect(small.length / (points.count - 1)).toBeGreaterThan(0.9);
  });

  it("is the same, byte for byte, every time, whatever order the monuments come in", () => {
    const once = JSON.stringify(monumentMapData(model));
    const reversed = { ...model, monuments: [...model.monuments].reverse() } as SiteModel;
    expect(JSON.stringify(monumentMapData(model))).toBe(once);
    expect(JSON.stringify(monumentMapData(reversed))).toBe(once);
  });
});

describe("monumentMapData of the sample region", () => {
  it("gives each language its own titles and links, and marks a title not translated yet with its language", async () => {
    const { model } = await loadSite(path.join(PROJECT_DIR, "content"));
    const views = languageData(model!).views;
    const german = views.find((view) => view.lang === "de")!;
    const { points, chunks } = monumentMapData(german);
    expect(points.count).toBe(german.monuments.length);
    expect(points.title).toContain("C-mine (Zeche Winterslag)");
    const details = chunks.flatMap((chunk) => chunk.monuments);
    expect(details.every((detail) => detail.url.startsWith("/de/denkmale/"))).toBe(true);
    for (const [index, detail] of details.entries()) {
      const monument = german.monuments.find((candidate) => candidate.slug === detail.id)!;
      expect(detail.titleLang).toBe(monument.i18n.fallback.title === true && monument.i18n.original !== "de" ? monument.i18n.original : null);
      expect(points.title[index]).toBe(monument.title);
    }
    expect(pointsFileUrl(german.paths.data)).toBe("/de/data/monuments/points.json");
    expect(detailChunkUrl(german.paths.data, 3)).toBe("/de/data/monuments/details/3.json");
  });
});

describe("packFacets", () => {
  it("round-trips every combination of kind, precision and Open Monumentendag", () => {
    for (let kindIndex = 0; kindIndex < 12; kindIndex++)
      for (const approximate of [false, true])
        for (const openMonumentendag of [false, true])
          expect(unpackFacets(packFacets(kindIndex, approximate, openMonumentendag))).toEqual({ kindIndex, approximate, openMonumentendag });
  });
});
