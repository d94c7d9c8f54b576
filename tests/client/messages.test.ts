import { afterEach, describe, expect, it, vi } from "vitest";
import { currentLang, MAP_LANGS, MAP_MESSAGES, mapLangOf, type MapLang, type MapMessages } from "../../src/client/messages.ts";
import { MONUMENT_KINDS_NL, ROUTE_MODES_NL } from "../../src/i18n/nl.ts";

// The maps' words in four languages (src/client/messages.ts): all there, none left
// empty or in Dutch, the Dutch ones as the pages and the browser tests know them.

type FunctionKey = { [K in keyof MapMessages]: MapMessages[K] extends (...args: never[]) => string ? K : never }[keyof MapMessages];

/** Arguments for every message that is a function; a new one does not compile until it is listed here. */
const SAMPLES: { [K in FunctionKey]: Parameters<MapMessages[K]>[] } = {
  distance: [[12.4], [0.85]],
  monumentMapLabel: [["C-mine"], [undefined]],
  kindIn: [["Kerk", "Genk"]],
  heritageDay: [[2025]],
  allMonuments: [[1], [19]],
  someMonuments: [[3, 19]],
  mapFailed: [["3 van de 19 monumenten"]],
  asTheCrowFlies: [["2,1 km"]],
  stopTitle: [[3, "C-mine"]],
  toStop: [[3, "2,1 km"]],
  positionAccuracy: [["1,2 km"]],
  nearestIntro: [[0, false], [0, true], [1, false], [1, true], [5, false], [5, true]],
};

/** Every text of a catalogue, by a name like "kinds.church" or "nearestIntro(5,true)". */
function texts(messages: MapMessages): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown, name: string, key: string) => {
    if (typeof value === "string") found.set(name, value);
    else if (typeof value === "function") {
      const samples = (SAMPLES as Record<string, unknown[][]>)[key];
      if (!samples) throw new Error(`no sample arguments for ${name}`);
      for (const args of samples) found.set(`${name}(${args.join(",")})`, (value as (...args: unknown[]) => string)(...args));
    } else if (value && typeof value === "object") {
      for (const [child, inner] of Object.entries(value)) walk(inner, `${name}.${child}`, child);
    }
  };
  for (const [key, value] of Object.entries(messages)) if (key !== "lang") walk(value, key, key);
  return found;
}

const TRANSLATIONS: MapLang[] = ["en", "de", "fr"];

/** Texts that are rightly the same as the Dutch: the words around a passed-in name are the same. */
const SAME_AS_DUTCH: Partial<Record<MapLang, string[]>> = {
  en: ["kindIn(Kerk,Genk)", "stopTitle(3,C-mine)"],
  de: ["kindIn(Kerk,Genk)"],
};

describe("the maps' messages", () => {
  it("has a catalogue for every language, each saying which it is", () => {
    expect(Object.keys(MAP_MESSAGES).sort()).toEqual([...MAP_LANGS].sort());
    for (const lang of MAP_LANGS) expect(MAP_MESSAGES[lang].lang).toBe(lang);
  });

  it("has every message in every language, none of them empty", () => {
    const dutch = [...texts(MAP_MESSAGES.nl).keys()];
    for (const lang of MAP_LANGS) {
      const all = texts(MAP_MESSAGES[lang]);
      expect([...all.keys()], lang).toEqual(dutch);
      for (const [name, text] of all) {
        expect(text.trim(), `${lang} ${name}`).not.toBe("");
        expect(text, `${lang} ${name}`).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it("leaves no sentence in Dutch in the other languages", () => {
    const dutch = texts(MAP_MESSAGES.nl);
    for (const lang of TRANSLATIONS) {
      for (const [name, text] of texts(MAP_MESSAGES[lang])) {
        const original = dutch.get(name)!;
        if (original.split(/\s+/).length <= 2 || SAME_AS_DUTCH[lang]?.includes(name)) continue;
        expect(text, `${lang} ${name}`).not.toBe(original);
      }
    }
  });

  it("keeps the Dutch wording of the pages and of the browser tests", () => {
    const { nl } = MAP_MESSAGES;
    expect(Object.fromEntries(Object.entries(MONUMENT_KINDS_NL).map(([kind, label]) => [kind, label.singular]))).toEqual(nl.kinds);
    expect(Object.fromEntries(Object.entries(ROUTE_MODES_NL).map(([mode, label]) => [mode, label.label]))).toEqual(nl.routeModes);
    expect(nl.locateButton).toBe("Waar ben ik?");
    expect(nl.tilesFailed).toBe("Achtergrondkaart niet geladen");
    expect(nl.stopTitle(3, "C-mine")).toBe("Stop 3: C-mine");
    expect(nl.asTheCrowFlies(nl.distance(2.1))).toBe("2,1 km in vogelvlucht");
    expect(nl.straightLinesLabel).toMatch(/in vogelvlucht/i);
    expect(nl.toStop(4, "850 m")).toBe("Naar stop 4: 850 m");
    expect(nl.locating).toBe("Je locatie wordt gezocht…");
    expect(nl.locateFailures.denied).toMatch(/^Je locatie is niet gedeeld\. .*sta dan locatie toe/);
    expect(nl.mapFailed("19 monumenten")).toBe("19 monumenten. De kaart kon niet geladen worden; de lijst is volledig.");
    expect(nl.monumentMapLabel("C-mine")).toBe("Kaart met de ligging van C-mine");
    expect(nl.heritageDay(2025)).toBe("Open Monumentendag 2025");
  });

  it("uses the agreed terms in English, German and French", () => {
    const { en, de, fr } = MAP_MESSAGES;
    expect([en.approximate, de.approximate, fr.approximate]).toEqual(["approximate location", "ungefährer Standort", "emplacement approximatif"]);
    expect(en.asTheCrowFlies("2.1 km")).toBe("2.1 km as the crow flies");
    expect(de.asTheCrowFlies("2,1 km")).toBe("2,1 km Luftlinie");
    expect(fr.asTheCrowFlies("2,1 km")).toBe("2,1 km à vol d'oiseau");
    expect([en.locateButton, de.locateButton, fr.locateButton]).toEqual(["Where am I?", "Wo bin ich?", "Où suis-je\u00a0?"]);
    expect([en.kinds.headframe, de.kinds["slag-heap"], fr.kinds["garden-city"]]).toEqual(["Headframe", "Halde", "Cité-jardin ou cité"]);
    expect([en.routeModes.bike, de.routeModes.walk, fr.routeModes.car]).toEqual(["Cycling route", "Wanderroute", "Itinéraire en voiture"]);
    expect([en.zoomIn, en.zoomOut]).toEqual(["Zoom in", "Zoom out"]);
  });

  it("writes distances the way each language does", () => {
    expect(MAP_MESSAGES.nl.distance(12.4)).toBe("12,4 km");
    expect(MAP_MESSAGES.en.distance(12.4)).toBe("12.4 km");
    expect(MAP_MESSAGES.de.distance(12.4)).toBe("12,4 km");
    expect(MAP_MESSAGES.fr.distance(0.85)).toBe("850 m");
  });

  it("says the locate failures and the nearest monuments in English", () => {
    const { en } = MAP_MESSAGES;
    expect(en.locateFailures.denied).toBe(
      "Your location was not shared. To see what is nearby, allow location for this site in your browser's settings and try again.",
    );
    expect(en.locateFailures.timeout).toBe("It took too long to determine your location. Please try again.");
    expect(en.nearestIntro(5, false)).toBe("The 5 nearest monuments are listed below.");
    expect(en.nearestIntro(1, true)).toBe("The nearest monument matching the chosen filters is listed below.");
    expect(en.nearestIntro(0, true)).toBe("No monuments match the chosen filters.");
    expect(en.kindIn(en.kinds.church, "Genk")).toBe("Church in Genk");
  });

  it("addresses German visitors with Sie and French ones with vous", () => {
    const informalGerman = /\b(du|dich|dir|dein\w*)\b/i;
    const informalFrench = /(^|[\s'])(tu|toi|ton|ta|tes)\b/i;
    for (const text of texts(MAP_MESSAGES.de).values()) expect(text).not.toMatch(informalGerman);
    for (const text of texts(MAP_MESSAGES.fr).values()) expect(text).not.toMatch(informalFrench);
    expect(MAP_MESSAGES.de.locateFailures.denied).toContain("Sie");
    expect(MAP_MESSAGES.fr.locateFailures.denied).toContain("votre");
  });

  it("puts a no-break space before ? ! : ; in French, and nowhere else a plain one", () => {
    for (const [name, text] of texts(MAP_MESSAGES.fr)) {
      expect(text, name).not.toMatch(/ [?!:;]/);
      expect(text.replace(/\u00a0[?!:;]/g, ""), name).not.toMatch(/[?!:;]/);
    }
  });
});

describe("the page's language", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("reads the first two letters of a lang attribute, and falls back to Dutch", () => {
    expect(mapLangOf("de")).toBe("de");
    expect(mapLangOf("fr-BE")).toBe("fr");
    expect(mapLangOf(" EN-gb ")).toBe("en");
    expect(mapLangOf("nl-BE")).toBe("nl");
    for (const other of ["", "es", "pt-BR", "x", null, undefined]) expect(mapLangOf(other)).toBe("nl");
  });

  it("is <html lang> of the page, Dutch when it is missing or not one of the four", () => {
    const page = (lang: string) => vi.stubGlobal("document", { documentElement: { lang } });
    page("fr-BE");
    expect(currentLang()).toBe("fr");
    page("en");
    expect(currentLang()).toBe("en");
    page("it");
    expect(currentLang()).toBe("nl");
    page("");
    expect(currentLang()).toBe("nl");
    vi.unstubAllGlobals();
    // No page at all (the build, the tests).
    expect(currentLang()).toBe("nl");
  });
});

describe("the map's words and the pages' words", () => {
  it("name every kind of monument and every kind of route the same in each language", async () => {
    const { MESSAGES } = await import("../../src/i18n/messages.ts");
    for (const lang of ["nl", "en", "de", "fr"] as const) {
      const page = MESSAGES[lang];
      for (const [kind, label] of Object.entries(MAP_MESSAGES[lang].kinds)) expect(label, `${lang} ${kind}`).toBe(page.kinds[kind as keyof typeof page.kinds].singular);
      for (const [mode, label] of Object.entries(MAP_MESSAGES[lang].routeModes)) expect(label, `${lang} ${mode}`).toBe(page.routeModes[mode as keyof typeof page.routeModes].label);
    }
  });
});
