import { describe, expect, it } from "vitest";
import { DEFAULT_TILES, defaultTiles, isMapConfig, mapConfigFor, mapConfigJson } from "../../src/client/config.ts";
import { attributionHtml, escapeHtml } from "../../src/client/html.ts";
import { kindCode, kindLabel } from "../../src/client/kinds.ts";

const region = { bounds: { south: 50.9, west: 5.1, north: 51.15, east: 5.8 } };

describe("mapConfigFor", () => {
  it("passes the tile layer from the site config and the region's bounds", () => {
    const tiles = { url: "https://tiles.example.be/{z}/{x}/{y}.png", attribution: "© Voorbeeld", maxZoom: 17 };
    const config = mapConfigFor({ map: { tiles }, region });
    expect(config).toEqual({ tiles, bounds: region.bounds });
    expect(isMapConfig(config)).toBe(true);
  });

  it("falls back to OpenStreetMap's standard tiles", () => {
    expect(mapConfigFor({ region }).tiles).toEqual(DEFAULT_TILES);
    expect(DEFAULT_TILES.url).toBe("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
  });

  it("credits OpenStreetMap in the page's language, and a configured tile layer as configured", () => {
    expect(mapConfigFor({ region }).tiles.attribution).toBe("© OpenStreetMap-bijdragers");
    expect(mapConfigFor({ region }, "en").tiles).toEqual({ ...DEFAULT_TILES, attribution: "© OpenStreetMap contributors" });
    expect(JSON.parse(mapConfigJson({ region }, "de")).tiles.attribution).toBe("© OpenStreetMap-Mitwirkende");
    expect(defaultTiles("fr").attribution).toBe("© les contributeurs d'OpenStreetMap");
    const tiles = { url: "https://tiles.example.be/{z}/{x}/{y}.png", attribution: "© Voorbeeld", maxZoom: 17 };
    expect(mapConfigFor({ map: { tiles }, region }, "fr").tiles.attribution).toBe("© Voorbeeld");
  });
});

describe("mapConfigJson", () => {
  it("cannot close the <script> it is written into", () => {
    const json = mapConfigJson({ map: { tiles: { url: "https://t.example/{z}/{x}/{y}.png", attribution: "</script><script>alert(1)</script>", maxZoom: 18 } }, region });
    expect(json).not.toContain("<");
    expect(JSON.parse(json).tiles.attribution).toBe("</script><script>alert(1)</script>");
  });
});

describe("isMapConfig", () => {
  it("refuses what the map could not use", () => {
    expect(isMapConfig(null)).toBe(false);
    expect(isMapConfig({ tiles: DEFAULT_TILES })).toBe(false);
    expect(isMapConfig({ tiles: { ...DEFAULT_TILES, maxZoom: "19" }, bounds: region.bounds })).toBe(false);
  });
});

describe("attributionHtml", () => {
  it("escapes the configured text and links it only to a web address", () => {
    expect(attributionHtml("© OpenStreetMap-bijdragers", "https://www.openstreetmap.org/copyright")).toBe(
      '<a href="https://www.openstreetmap.org/copyright" rel="noopener noreferrer external">© OpenStreetMap-bijdragers</a>',
    );
    expect(attributionHtml('<img src=x onerror="alert(1)">')).toBe("&#60;img src=x onerror=&#34;alert(1)&#34;&#62;");
    expect(attributionHtml("Kaart", "javascript:alert(1)")).toBe("Kaart");
  });

  it("escapes the five HTML characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
  });
});

describe("kinds on the map", () => {
  it("has a letter and the site's Dutch label for every kind, and a fallback", () => {
    expect(kindCode("church")).toBe("K");
    expect(kindLabel("church")).toBe("Kerk");
    expect(kindCode("windmill")).toBe(kindCode("other"));
    expect(kindLabel("windmill")).toBe("Ander erfgoed");
  });

  it("labels kinds in the page's language when asked", () => {
    expect(kindLabel("headframe", "en")).toBe("Headframe");
    expect(kindLabel("headframe", "de")).toBe("Fördergerüst");
    expect(kindLabel("church", "fr")).toBe("Église");
    expect(kindLabel("windmill", "de")).toBe("Anderes Erbe");
  });
});
