import { describe, expect, it } from "vitest";
import { LICENCES } from "../../src/content/schemas/common.ts";
import { ACCESS_LEVELS, MONUMENT_KINDS, PROTECTION_STATUSES } from "../../src/content/schemas/monument.ts";
import { ROUTE_MODES } from "../../src/content/schemas/route.ts";
import { STORY_KINDS } from "../../src/content/schemas/story.ts";
import {
  ACCESS_LEVELS_NL,
  LICENCES_NL,
  MONUMENT_KINDS_NL,
  PROTECTION_STATUSES_NL,
  ROUTE_MODES_NL,
  STORY_KINDS_NL,
  formatCoordinates,
  formatDistance,
  formatDuration,
  formatPartialDate,
} from "../../src/i18n/nl.ts";

describe("nl", () => {
  describe("vocabulary", () => {
    it("has a Dutch label for every value the content schemas allow", () => {
      for (const kind of MONUMENT_KINDS) expect(MONUMENT_KINDS_NL[kind].singular, kind).toMatch(/^\p{Lu}/u);
      for (const kind of MONUMENT_KINDS) expect(MONUMENT_KINDS_NL[kind].plural, kind).toMatch(/^\p{Lu}/u);
      for (const kind of STORY_KINDS) expect(STORY_KINDS_NL[kind].singular, kind).toBeTruthy();
      for (const mode of ROUTE_MODES) expect(ROUTE_MODES_NL[mode].label, mode).toMatch(/route$/);
      for (const status of PROTECTION_STATUSES) expect(PROTECTION_STATUSES_NL[status], status).toBeTruthy();
      for (const level of ACCESS_LEVELS) expect(ACCESS_LEVELS_NL[level], level).toBeTruthy();
      for (const licence of LICENCES) expect(LICENCES_NL[licence].label, licence).toBeTruthy();
    });

    it("names monument kinds in singular and plural", () => {
      expect(MONUMENT_KINDS_NL.headframe).toEqual({ singular: "Schachtbok", plural: "Schachtbokken" });
      expect(MONUMENT_KINDS_NL["garden-city"].singular).toBe("Tuinwijk of cité");
      expect(MONUMENT_KINDS_NL["slag-heap"]).toEqual({ singular: "Terril", plural: "Terrils" });
      expect(MONUMENT_KINDS_NL.museum.plural).toBe("Musea");
    });

    it("names story kinds, route modes and protection statuses", () => {
      expect(STORY_KINDS_NL.testimony.singular).toBe("Getuigenis");
      expect(ROUTE_MODES_NL.bike).toEqual({ label: "Fietsroute", adverb: "met de fiets" });
      expect(ROUTE_MODES_NL.walk.adverb).toBe("te voet");
      expect(PROTECTION_STATUSES_NL["protected-townscape"]).toBe("Beschermd stads- of dorpsgezicht");
      expect(PROTECTION_STATUSES_NL.none).toBe("Niet beschermd");
    });

    it("links Creative Commons licences to their Dutch deed, and no others", () => {
      expect(LICENCES_NL["CC0-1.0"]).toEqual({ label: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl" });
      expect(LICENCES_NL["CC-BY-SA-4.0"].url).toBe("https://creativecommons.org/licenses/by-sa/4.0/deed.nl");
      expect(LICENCES_NL["all-rights-reserved"]).toEqual({ label: "Alle rechten voorbehouden" });
      expect(LICENCES_NL["public-domain"].label).toBe("Publiek domein");
    });
  });

  describe("formatPartialDate", () => {
    it("writes a day, a month or a year in Dutch", () => {
      expect(formatPartialDate("1901-08-02")).toBe("2 augustus 1901");
      expect(formatPartialDate("1988-03")).toBe("maart 1988");
      expect(formatPartialDate("1914")).toBe("1914");
      expect(formatPartialDate(1914)).toBe("1914");
      expect(formatPartialDate("1966-01-31")).toBe("31 januari 1966");
    });

    it("writes a span of years with an en dash", () => {
      expect(formatPartialDate("1939–1943")).toBe("1939–1943");
      expect(formatPartialDate("1939-1943")).toBe("1939–1943");
    });

    it("leaves text it does not understand alone", () => {
      expect(formatPartialDate("rond 1920")).toBe("rond 1920");
      expect(formatPartialDate("1988-13")).toBe("1988-13");
    });
  });

  describe("formatDistance", () => {
    it("uses kilometres with one decimal and a decimal comma", () => {
      expect(formatDistance(12.44)).toBe("12,4 km");
      expect(formatDistance(1)).toBe("1,0 km");
      expect(formatDistance(110.63)).toBe("110,6 km");
    });

    it("uses metres rounded to 10 m below 1 km", () => {
      expect(formatDistance(0.85)).toBe("850 m");
      expect(formatDistance(0.8449)).toBe("840 m");
      expect(formatDistance(0.004)).toBe("0 m");
    });

    it("switches to kilometres when the metres round up to 1000", () => {
      expect(formatDistance(0.998)).toBe("1,0 km");
    });
  });

  describe("formatDuration", () => {
    it("writes minutes, or hours and minutes", () => {
      expect(formatDuration(45)).toBe("45 min");
      expect(formatDuration(135)).toBe("2 u 15 min");
      expect(formatDuration(60)).toBe("1 u");
    });

    it("rounds to 5 minutes and never says less than 5", () => {
      expect(formatDuration(43)).toBe("45 min");
      expect(formatDuration(137)).toBe("2 u 15 min");
      expect(formatDuration(118)).toBe("2 u");
      expect(formatDuration(0)).toBe("5 min");
    });
  });

  describe("formatCoordinates", () => {
    it("writes latitude and longitude with a decimal comma and Dutch hemispheres", () => {
      expect(formatCoordinates({ lat: 51.01278, lng: 5.57972 })).toBe("51,01278° NB, 5,57972° OL");
      expect(formatCoordinates({ lat: -33.9, lng: -70.1 })).toBe("33,90000° ZB, 70,10000° WL");
    });
  });
});
