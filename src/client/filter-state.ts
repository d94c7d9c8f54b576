import type { MapMessages } from "./messages.ts";

// The overview map's filters and their place in the URL (?gemeente=genk&soort=church&omd=1),
// so that a filtered map can be shared. Pure: no DOM, tested in tests/client.

export interface FilterState {
  /** Municipality slug, e.g. "heusden-zolder"; null for all. */
  municipality: string | null;
  /** Monument kind, e.g. "church"; null for all. */
  kind: string | null;
  /** Only monuments that take part in Open Monumentendag. */
  openMonumentendag: boolean;
}

export const NO_FILTER: FilterState = { municipality: null, kind: null, openMonumentendag: false };

/** Query parameter names: Dutch, because people read and share these addresses. */
export const FILTER_PARAMS = { municipality: "gemeente", kind: "soort", openMonumentendag: "omd" } as const;

/** The values the page offers; anything else in a URL is ignored. */
export interface FilterChoices {
  municipalities: readonly string[];
  kinds: readonly string[];
}

const YES = new Set(["1", "ja", "true", "yes"]);

/**
 * Reads the filters from a query string. An unknown value (an old link to a municipality
 * that is no longer on the site, a typo) is dropped: better all monuments than none.
 */
export function parseFilterState(search: string | URLSearchParams, choices: FilterChoices): FilterState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const pick = (name: string, allowed: readonly string[]) => {
    const value = params.get(name)?.trim().toLowerCase();
    return value && allowed.includes(value) ? value : null;
  };
  return {
    municipality: pick(FILTER_PARAMS.municipality, choices.municipalities),
    kind: pick(FILTER_PARAMS.kind, choices.kinds),
    openMonumentendag: YES.has(params.get(FILTER_PARAMS.openMonumentendag)?.trim().toLowerCase() ?? ""),
  };
}

/**
 * The query string for a filter state ("?gemeente=genk&omd=1", or "" without filters).
 * Parameters that are not filters (a campaign tag, say) are kept as they were.
 */
export function filterStateToSearch(state: FilterState, currentSearch = ""): string {
  const params = new URLSearchParams(currentSearch);
  for (const name of Object.values(FILTER_PARAMS)) params.delete(name);
  if (state.municipality) params.set(FILTER_PARAMS.municipality, state.municipality);
  if (state.kind) params.set(FILTER_PARAMS.kind, state.kind);
  if (state.openMonumentendag) params.set(FILTER_PARAMS.openMonumentendag, "1");
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function isUnfiltered(state: FilterState): boolean {
  return !state.municipality && !state.kind && !state.openMonumentendag;
}

export function sameFilter(a: FilterState, b: FilterState): boolean {
  return a.municipality === b.municipality && a.kind === b.kind && a.openMonumentendag === b.openMonumentendag;
}

/** What a filter looks at in a monument. */
export interface MonumentFacets {
  municipality: string;
  kind: string;
  openMonumentendag: boolean;
}

export function matchesFilter(monument: MonumentFacets, state: FilterState): boolean {
  return (
    (!state.municipality || monument.municipality === state.municipality) &&
    (!state.kind || monument.kind === state.kind) &&
    (!state.openMonumentendag || monument.openMonumentendag)
  );
}

/** What countLabel says, in the page's language (messages.ts). */
export type CountMessages = Pick<MapMessages, "allMonuments" | "someMonuments" | "noMonumentsYet" | "noMonumentsMatch">;

/** The count read out after every filter change: "12 van de 40 monumenten", "40 monumenten". */
export function countLabel(shown: number, total: number, messages: CountMessages): string {
  if (shown === 0) return total === 0 ? messages.noMonumentsYet : messages.noMonumentsMatch;
  return shown === total ? messages.allMonuments(total) : messages.someMonuments(shown, total);
}
