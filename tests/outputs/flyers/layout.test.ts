import { describe, expect, it } from "vitest";
import type { FlyerContent } from "../../../src/outputs/flyers/content.ts";
import { EDGE_MM, FLYER_SHEET, FOLDS, GUTTER_MM, PANELS, flyerLayout, panelArea, type FlyerLayout } from "../../../src/outputs/flyers/layout.ts";
import type { DrawItem } from "../../../src/print/drawing.ts";
import { ascent, textWidth } from "../../../src/print/type.ts";

// The flyer's geometry, without a PDF: panels that line up when the sheet is turned over, text
// that keeps off the folds and the trim, type that shrinks for a long route, and a route too long
// for any arrangement said plainly.

function content(stops: number, note = "Een korte zin over deze plek, die de bezoeker vertelt wat er te zien is.", accessibility = "Vlak en verhard; rolstoelen kunnen overal door."): FlyerContent {
  const places = Array.from({ length: stops }, (_, index) => ({ number: index + 1, name: `Stop ${index + 1}`, location: { lat: 51.0 + index * 0.004, lng: 5.3 + (index % 5) * 0.01, precision: "exact" as const } }));
  return {
    lang: "nl",
    title: "Wandeling rond be-MINE",
    mode: "Wandelroute",
    summary: "Een wandeling in Beringen-Mijn langs de schachtbokken, de terrils en de mijnkathedraal.",
    organisation: "Erfgoedcel Midden-Limburg",
    distance: { label: "Afstand", value: "2,7 km" },
    duration: { label: "Duur", value: "ongeveer 45 min te voet" },
    facts: [
      { label: "Start", value: "be-MINE, Koolmijnlaan 201, Beringen" },
      { label: "Einde", value: "Casino Beringen" },
    ],
    accessibility: { label: "Toegankelijkheid", text: accessibility },
    mapNotes: ["De kaart is getekend uit de route zelf."],
    stops: places.map((place) => ({ number: place.number, name: place.name, place: "Beringen", note, leg: "Naar de volgende stop: 400 m", approximate: place.number === 2 })),
    stopsHeading: "Stops",
    map: { places, path: [places.map((place) => [place.location.lng, place.location.lat] as [number, number])], straight: false },
    north: "N",
    practical: "Praktisch",
    online: { heading: "Deze route op je telefoon", text: "Scan de code.", url: "https://example.be/routes/a/", shown: "example.be/routes/a" },
    gpx: { heading: "De route als GPX", text: "Voor een gps-toestel.", url: "https://example.be/routes/a/a.gpx", shown: "example.be/routes/a/a.gpx" },
    publisher: "Een uitgave van Erfgoedcel Midden-Limburg.",
    documentTitle: "Wandeling rond be-MINE: folder",
  };
}

function laidOut(value: FlyerContent): FlyerLayout {
  return flyerLayout(value, 3);
}

type Text = Extract<DrawItem, { kind: "text" }>;
const texts = (items: DrawItem[]) => items.filter((item): item is Text => item.kind === "text");
const right = (item: Text) => item.x + textWidth(item.text, item.font, item.sizePt);

describe("the flyer's panels", () => {
  it("are 97, 100 and 100 mm outside and 100, 100 and 97 mm inside, folds behind folds once the sheet is turned on its short edge", () => {
    const sum = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0);
    expect(sum(PANELS.outside)).toBe(FLYER_SHEET.width);
    expect(sum(PANELS.inside)).toBe(FLYER_SHEET.width);
    // Turned over on the short edge, x becomes 297 - x: each fold lands on the other side's fold.
    expect(FOLDS.outside.map((x) => FLYER_SHEET.width - x).sort((a, b) => a - b)).toEqual([...FOLDS.inside]);
    // The inner flap (outside left, inside right) is the narrow one: it folds in without buckling.
    expect(PANELS.outside[0]).toBeLessThan(PANELS.outside[1]);
    expect(PANELS.inside[2]).toBe(PANELS.outside[0]);
  });

  it("keep every line of text inside one panel, clear of the folds and the trim's edge", () => {
    for (const stops of [3, 9, 16]) {
      const layout = laidOut(content(stops));
      for (const side of ["outside", "inside"] as const) {
        for (const item of texts(layout[side].items)) {
          const where = `${side} "${item.text}" (${stops} stops)`;
          expect(item.x, where).toBeGreaterThanOrEqual(EDGE_MM - 0.01);
          expect(right(item), where).toBeLessThanOrEqual(FLYER_SHEET.width - EDGE_MM + 0.01);
          expect(item.y, where).toBeLessThanOrEqual(FLYER_SHEET.height - EDGE_MM + 0.01);
          expect(item.y - ascent(item.font, item.sizePt), where).toBeGreaterThanOrEqual(EDGE_MM - 0.01);
          for (const fold of FOLDS[side]) {
            const clear = right(item) <= fold - 1 || item.x >= fold + 1;
            expect(clear, `${where} crosses the fold at ${fold} mm`).toBe(true);
          }
        }
      }
    }
  });

  it("put the title on the cover, the practical panel on the inner flap, the QR codes on the back, the stops on the inside's right", () => {
    const layout = laidOut(content(6));
    const panelOf = (side: "outside" | "inside", text: string) => {
      const item = texts(layout[side].items).find((candidate) => candidate.text === text)!;
      expect(item, text).toBeDefined();
      return [0, 1, 2].find((index) => {
        const area = panelArea(side, index as 0 | 1 | 2);
        return item.x >= area.x - 0.01 && right(item) <= area.x + area.width + 0.01;
      });
    };
    expect(panelOf("outside", "Praktisch")).toBe(0);
    expect(panelOf("outside", "Deze route op je telefoon")).toBe(1);
    expect(panelOf("outside", "De route als GPX")).toBe(1);
    expect(panelOf("outside", "WANDELROUTE")).toBe(2);
    expect(panelOf("inside", "Stops")).toBe(2);
    // Both QR codes on the back panel, the route's page the larger.
    const codes = layout.outside.items.filter((item): item is Extract<DrawItem, { kind: "qr" }> => item.kind === "qr");
    expect(codes).toHaveLength(2);
    for (const code of codes) {
      const extent = Math.max(...code.rects.map((rect) => rect.x + rect.width));
      expect(code.x + extent).toBeLessThanOrEqual(FOLDS.outside[1] - GUTTER_MM);
      expect(code.x).toBeGreaterThanOrEqual(FOLDS.outside[0]);
    }
  });

  it("draw the cover's band into the bleed, and nothing else past the trim", () => {
    const layout = laidOut(content(4));
    const band = layout.outside.items.find((item) => item.kind === "rect" && item.y < 0) as Extract<DrawItem, { kind: "rect" }>;
    expect(band.y).toBe(-3);
    expect(band.x + band.width).toBe(FLYER_SHEET.width + 3);
    expect(band.x).toBe(FOLDS.outside[1]);
  });

  it("move a map marker that would sit on a fold beside it", () => {
    const layout = laidOut(content(12));
    const badges = layout.inside.items.filter((item): item is Extract<DrawItem, { kind: "circle" }> => item.kind === "circle" && item.r > 1);
    expect(badges.length).toBeGreaterThanOrEqual(12);
    for (const badge of badges) for (const fold of FOLDS.inside) expect(Math.abs(badge.x - fold), `marker at ${badge.x}`).toBeGreaterThanOrEqual(badge.r);
  });

  it("give the stops two panels, and the map one, when one panel is too short for them; smaller type before that", () => {
    const few = laidOut(content(5));
    expect(few.arrangement).toBe("wide-map");
    expect(few.scale).toBe(1);
    const many = laidOut(content(14));
    expect(many.arrangement).toBe("narrow-map");
    const stopTexts = texts(many.inside.items).filter((item) => /^Stop \d+$/.test(item.text));
    expect(stopTexts.some((item) => item.x < FOLDS.inside[1])).toBe(true);
    expect(stopTexts.some((item) => item.x > FOLDS.inside[1])).toBe(true);
    // Stops in order: down the middle panel, then down the right one.
    const order = [...stopTexts].sort((a, b) => (a.x > FOLDS.inside[1] ? 1 : 0) - (b.x > FOLDS.inside[1] ? 1 : 0) || a.y - b.y).map((item) => item.text);
    expect(order).toEqual(Array.from({ length: 14 }, (_, index) => `Stop ${index + 1}`));
  });

  it("leave off the stops' notes, then the last stops with a line saying how many, when nothing else fits; the map keeps every stop", () => {
    const full = laidOut(content(14));
    expect(full.omitted).toEqual({ notes: false, stops: 0, accessibility: false });
    const withoutNotes = laidOut(content(24));
    expect(withoutNotes.omitted).toMatchObject({ notes: true, stops: 0 });
    expect(texts(withoutNotes.inside.items).some((item) => item.text.startsWith("Een korte zin"))).toBe(false);
    expect(texts(withoutNotes.inside.items).filter((item) => /^Stop \d+$/.test(item.text))).toHaveLength(24);

    const crowded = laidOut(content(70));
    expect(crowded.omitted.stops).toBeGreaterThan(0);
    const listed = texts(crowded.inside.items).filter((item) => /^Stop \d+$/.test(item.text));
    expect(listed).toHaveLength(70 - crowded.omitted.stops);
    const more = texts(crowded.inside.items).map((item) => item.text).join(" ");
    expect(more).toContain(`En nog ${crowded.omitted.stops} stops: zie de route online`);
    // Every stop still has its number on the map.
    const numbers = new Set(texts(crowded.inside.items).filter((item) => item.x < FOLDS.inside[0] && /^\d+$/.test(item.text)).map((item) => item.text));
    expect(numbers.size).toBe(70);
  });

  it("set a long practical panel in smaller type, and cut an accessibility text too long even for that", () => {
    // The longest texts the content allows (start and finish 200 characters, accessibility 600) fit.
    const longest = content(4, undefined, "Lang verhaal over de toegankelijkheid van de route. ".repeat(12).slice(0, 600));
    longest.facts = longest.facts.map((fact) => ({ ...fact, value: "Een adres met veel uitleg erbij. ".repeat(7).slice(0, 200) }));
    expect(laidOut(longest).omitted.accessibility).toBe(false);
    const shrunk = laidOut(content(4, undefined, "Lang verhaal over de toegankelijkheid van de route. ".repeat(42)));
    expect(shrunk.scale).toBeLessThan(1);
    expect(shrunk.omitted.accessibility).toBe(false);
    expect(texts(shrunk.outside.items).find((item) => item.text === "Praktisch")!.sizePt).toBeLessThan(12);
    const cut = laidOut(content(4, undefined, "Lang verhaal over de toegankelijkheid van de route. ".repeat(90)));
    expect(cut.omitted.accessibility).toBe(true);
    const flap = texts(cut.outside.items).filter((item) => right(item) < FOLDS.outside[0]);
    expect(flap.at(-1)!.text.endsWith("…")).toBe(true);
    expect(Math.max(...flap.map((item) => item.y))).toBeLessThanOrEqual(FLYER_SHEET.height - EDGE_MM);
  });
});
