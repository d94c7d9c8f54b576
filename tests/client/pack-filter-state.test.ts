import { describe, expect, it } from "vitest";
import { packCount, packFilterQuery, packMatches, parsePackFilter } from "../../src/client/pack-filter-state.ts";

const CHOICES = { levels: ["kleuter", "lager", "secundair"], subjects: ["geschiedenis", "nederlands"] };

describe("the pack listing's filters", () => {
  it("reads level and subject from the address, ignoring values the page does not offer", () => {
    expect(parsePackFilter("?niveau=Lager&vak=geschiedenis", CHOICES)).toEqual({ level: "lager", subject: "geschiedenis" });
    expect(parsePackFilter("?niveau=hoger&vak=latijn", CHOICES)).toEqual({ level: null, subject: null });
    expect(parsePackFilter("", CHOICES)).toEqual({ level: null, subject: null });
  });

  it("writes them back, leaving out what is not chosen", () => {
    expect(packFilterQuery({ level: "secundair", subject: null })).toBe("?niveau=secundair");
    expect(packFilterQuery({ level: "lager", subject: "nederlands" })).toBe("?niveau=lager&vak=nederlands");
    expect(packFilterQuery({ level: null, subject: null })).toBe("");
  });

  it("shows a pack when it has the level and the subject", () => {
    const pack = { level: "lager", subjects: ["nederlands", "wereldorientatie"] };
    expect(packMatches(pack, { level: null, subject: null })).toBe(true);
    expect(packMatches(pack, { level: "lager", subject: "nederlands" })).toBe(true);
    expect(packMatches(pack, { level: "secundair", subject: null })).toBe(false);
    expect(packMatches(pack, { level: null, subject: "geschiedenis" })).toBe(false);
    expect([packCount(1, "nl"), packCount(2, "nl")]).toEqual(["1 lespakket", "2 lespakketten"]);
  });

  it("counts the packs in the page's language", () => {
    expect([packCount(1, "en"), packCount(3, "en")]).toEqual(["1 teaching pack", "3 teaching packs"]);
    expect([packCount(1, "de"), packCount(3, "de")]).toEqual(["1 Unterrichtspaket", "3 Unterrichtspakete"]);
    // French counts 0 in the singular.
    expect([packCount(0, "fr"), packCount(3, "fr")]).toEqual(["0 dossier pédagogique", "3 dossiers pédagogiques"]);
  });
});
