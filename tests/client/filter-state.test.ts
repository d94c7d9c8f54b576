import { describe, expect, it } from "vitest";
import {
  NO_FILTER,
  countLabel,
  filterStateToSearch,
  isUnfiltered,
  matchesFilter,
  parseFilterState,
  sameFilter,
} from "../../src/client/filter-state.ts";
import { MAP_MESSAGES } from "../../src/client/messages.ts";

const choices = { municipalities: ["genk", "heusden-zolder", "beringen"], kinds: ["church", "mine-site", "slag-heap"] };

describe("parseFilterState", () => {
  it("reads municipality, kind and Open Monumentendag from the query", () => {
    expect(parseFilterState("?gemeente=genk&soort=church&omd=1", choices)).toEqual({
      municipality: "genk",
      kind: "church",
      openMonumentendag: true,
    });
  });

  it("gives no filter for an empty query", () => {
    expect(parseFilterState("", choices)).toEqual(NO_FILTER);
    expect(isUnfiltered(parseFilterState("?", choices))).toBe(true);
  });

  it("drops values the page does not offer, so an old or mistyped link shows everything rather than nothing", () => {
    expect(parseFilterState("?gemeente=maaseik&soort=kerk&omd=misschien", choices)).toEqual(NO_FILTER);
  });

  it("accepts capitals and a few ways of saying yes", () => {
    expect(parseFilterState("?gemeente=Heusden-Zolder&soort=CHURCH", choices)).toMatchObject({ municipality: "heusden-zolder", kind: "church" });
    for (const yes of ["1", "ja", "true"]) expect(parseFilterState(`?omd=${yes}`, choices).openMonumentendag).toBe(true);
    expect(parseFilterState("?omd=0", choices).openMonumentendag).toBe(false);
  });

  it("takes URLSearchParams as well as a string", () => {
    expect(parseFilterState(new URLSearchParams({ gemeente: "beringen" }), choices).municipality).toBe("beringen");
  });
});

describe("filterStateToSearch", () => {
  it("writes only the filters that are set, in a fixed order", () => {
    expect(filterStateToSearch({ municipality: "genk", kind: "church", openMonumentendag: true })).toBe("?gemeente=genk&soort=church&omd=1");
    expect(filterStateToSearch({ municipality: null, kind: "slag-heap", openMonumentendag: false })).toBe("?soort=slag-heap");
    expect(filterStateToSearch(NO_FILTER)).toBe("");
  });

  it("keeps query parameters that are not filters and replaces the old filters", () => {
    expect(filterStateToSearch({ ...NO_FILTER, kind: "church" }, "?utm_source=affiche&gemeente=genk")).toBe("?utm_source=affiche&soort=church");
    expect(filterStateToSearch(NO_FILTER, "?utm_source=affiche&omd=1")).toBe("?utm_source=affiche");
  });

  it("round-trips through parseFilterState", () => {
    const state = { municipality: "heusden-zolder", kind: "mine-site", openMonumentendag: true };
    expect(parseFilterState(filterStateToSearch(state), choices)).toEqual(state);
  });
});

describe("matchesFilter", () => {
  const church = { municipality: "genk", kind: "church", openMonumentendag: false };
  const mine = { municipality: "genk", kind: "mine-site", openMonumentendag: true };

  it("lets everything through without filters", () => {
    expect(matchesFilter(church, NO_FILTER)).toBe(true);
  });

  it("needs every filter that is set to match", () => {
    expect(matchesFilter(church, { ...NO_FILTER, municipality: "genk", kind: "church" })).toBe(true);
    expect(matchesFilter(church, { ...NO_FILTER, municipality: "beringen", kind: "church" })).toBe(false);
    expect(matchesFilter(church, { ...NO_FILTER, openMonumentendag: true })).toBe(false);
    expect(matchesFilter(mine, { ...NO_FILTER, openMonumentendag: true })).toBe(true);
  });
});

describe("sameFilter", () => {
  it("compares by value", () => {
    expect(sameFilter({ ...NO_FILTER, kind: "church" }, { ...NO_FILTER, kind: "church" })).toBe(true);
    expect(sameFilter({ ...NO_FILTER, kind: "church" }, NO_FILTER)).toBe(false);
  });
});

describe("countLabel", () => {
  it("says how many monuments are shown, in Dutch", () => {
    const nl = MAP_MESSAGES.nl;
    expect(countLabel(40, 40, nl)).toBe("40 monumenten");
    expect(countLabel(12, 40, nl)).toBe("12 van de 40 monumenten");
    expect(countLabel(1, 1, nl)).toBe("1 monument");
    expect(countLabel(1, 40, nl)).toBe("1 van de 40 monumenten");
    expect(countLabel(0, 40, nl)).toBe("Geen monumenten met deze filters");
    expect(countLabel(0, 0, nl)).toBe("Nog geen monumenten");
  });

  it("says it in English, German and French", () => {
    expect(countLabel(3, 19, MAP_MESSAGES.en)).toBe("3 of 19 monuments");
    expect(countLabel(19, 19, MAP_MESSAGES.en)).toBe("19 monuments");
    expect(countLabel(1, 1, MAP_MESSAGES.en)).toBe("1 monument");
    expect(countLabel(0, 19, MAP_MESSAGES.en)).toBe("No monuments match these filters");
    // "von" takes the dative plural.
    expect(countLabel(3, 19, MAP_MESSAGES.de)).toBe("3 von 19 Denkmälern");
    expect(countLabel(19, 19, MAP_MESSAGES.de)).toBe("19 Denkmäler");
    expect(countLabel(1, 1, MAP_MESSAGES.de)).toBe("1 Denkmal");
    expect(countLabel(3, 19, MAP_MESSAGES.fr)).toBe("3 sur 19 monuments");
    expect(countLabel(19, 19, MAP_MESSAGES.fr)).toBe("19 monuments");
    expect(countLabel(1, 1, MAP_MESSAGES.fr)).toBe("1 monument");
  });
});
