import { describe, expect, it } from "vitest";
import { DetailStore, monumentProperties, readPoints } from "../../src/client/map-points.ts";
import { OVERVIEW_MAP_MESSAGES } from "../../src/client/messages.ts";
import { listPage } from "../../src/client/paged-list.ts";
import { MAP_DATA_FORMAT, packFacets, type MonumentDetail, type MonumentPoints } from "../../src/outputs/map-data/format.ts";

// The overview map's data as the browser reads it, and the list's page arithmetic.

const points: MonumentPoints = {
  format: MAP_DATA_FORMAT,
  count: 3,
  chunkSize: 2,
  kinds: ["church", "headframe"],
  municipalities: [
    ["as", "As"],
    ["genk", "Genk"],
  ],
  lng: [549053, 947, -2000],
  lat: [5098259, 741, 0],
  facets: [packFacets(1, false, true), packFacets(0, true, false), packFacets(1, false, false)],
  municipality: [1, 1, 0],
  title: ["C-mine", "Heilig Hartkerk", "Schacht As"],
};

const detail = (id: string): MonumentDetail => ({
  id,
  url: `/monumenten/${id}/`,
  summary: `Over ${id}.`,
  image: null,
  imageSrcset: null,
  imageAlt: null,
  imageCredit: null,
  openMonumentendag: null,
  titleLang: null,
});

describe("readPoints", () => {
  it("gives each monument its position, title, kind, municipality and filter facets", () => {
    const { points: read, chunkSize } = readPoints(points, "/data/monuments/points.json");
    expect(chunkSize).toBe(2);
    expect(read.map(({ lat, lng }) => [lat, lng])).toEqual([
      [50.98259, 5.49053],
      [50.99, 5.5],
      [50.99, 5.48],
    ]);
    expect(read[0]).toMatchObject({ index: 0, title: "C-mine", kind: "headframe", approximate: false, municipalityName: "Genk", facets: { municipality: "genk", kind: "headframe", openMonumentendag: true } });
    expect(read[1]).toMatchObject({ index: 1, kind: "church", approximate: true, facets: { municipality: "genk", kind: "church", openMonumentendag: false } });
    expect(read[2]!.facets.municipality).toBe("as");
  });

  it("refuses another format or columns of the wrong length, naming the file", () => {
    expect(() => readPoints({ ...points, format: 99 }, "/data/monuments/points.json")).toThrow("/data/monuments/points.json: not a points file of format 1");
    expect(() => readPoints({ ...points, title: ["C-mine"] }, "/x.json")).toThrow("/x.json");
    expect(() => readPoints({ type: "FeatureCollection", features: [] }, "/x.json")).toThrow("/x.json");
  });
});

describe("DetailStore", () => {
  const chunks: Record<string, unknown> = {
    "/d/0.json": { format: MAP_DATA_FORMAT, start: 0, monuments: [detail("c-mine"), detail("heilig-hartkerk")] },
    "/d/1.json": { format: MAP_DATA_FORMAT, start: 2, monuments: [detail("schacht-as")] },
  };

  it("fetches each chunk once and gives the details in the order asked", async () => {
    const fetched: string[] = [];
    const store = new DetailStore((chunk) => `/d/${chunk}.json`, 2, async (url) => {
      fetched.push(url);
      return chunks[url];
    });
    expect((await store.details([2, 0])).map((found) => found.id)).toEqual(["schacht-as", "c-mine"]);
    expect((await store.details([1])).map((found) => found.id)).toEqual(["heilig-hartkerk"]);
    expect(fetched).toEqual(["/d/1.json", "/d/0.json"]);
  });

  it("asks again for a chunk that failed, and refuses a chunk that is not the one asked for", async () => {
    let attempts = 0;
    const store = new DetailStore((chunk) => `/d/${chunk}.json`, 2, async (url) => {
      attempts++;
      if (attempts === 1) throw new Error(`${url}: HTTP 503`);
      return chunks[url];
    });
    await expect(store.details([0])).rejects.toThrow("/d/0.json: HTTP 503");
    expect((await store.details([0])).map((found) => found.id)).toEqual(["c-mine"]);
    const wrong = new DetailStore((chunk) => `/d/${chunk}.json`, 2, async () => chunks["/d/1.json"]);
    await expect(wrong.details([0])).rejects.toThrow("/d/0.json: not detail chunk 0");
  });

  it("makes a popup's properties from the point and its detail, as monuments.geojson has them", () => {
    const [point] = readPoints(points, "/p.json").points;
    expect(monumentProperties(point!, { ...detail("c-mine"), openMonumentendag: 2026 })).toEqual({
      id: "c-mine",
      title: "C-mine",
      municipality: "Genk",
      kind: "headframe",
      precision: "exact",
      summary: "Over c-mine.",
      url: "/monumenten/c-mine/",
      image: null,
      imageSrcset: null,
      imageAlt: null,
      imageCredit: null,
      openMonumentendag: 2026,
    });
  });
});

describe("listPage", () => {
  it("numbers the items of a page for people, and keeps the page within the list", () => {
    expect(listPage(12345, 0)).toEqual({ page: 0, pageCount: 247, start: 0, end: 50, first: 1, last: 50 });
    expect(listPage(12345, 246)).toEqual({ page: 246, pageCount: 247, start: 12300, end: 12345, first: 12301, last: 12345 });
    expect(listPage(12345, 999).page).toBe(246);
    expect(listPage(12345, -1).page).toBe(0);
    expect(listPage(0, 3)).toEqual({ page: 0, pageCount: 1, start: 0, end: 0, first: 0, last: 0 });
    expect(listPage(7, 0, 5)).toEqual({ page: 0, pageCount: 2, start: 0, end: 5, first: 1, last: 5 });
  });
});

describe("the list's range in each language", () => {
  it("writes the numbers as the language does", () => {
    expect(OVERVIEW_MAP_MESSAGES.nl.listRange(1, 50, 12345)).toBe("1–50 van 12.345");
    expect(OVERVIEW_MAP_MESSAGES.en.listRange(51, 100, 12345)).toBe("51–100 of 12,345");
    expect(OVERVIEW_MAP_MESSAGES.de.listRange(1, 50, 12345)).toBe("1–50 von 12.345");
    // French groups thousands with a (narrow) no-break space: the number never breaks over two lines.
    expect(OVERVIEW_MAP_MESSAGES.fr.listRange(1, 50, 12345)).toMatch(/^1–50 sur 12[\u202f\u00a0]345$/);
  });
});
