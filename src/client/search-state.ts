// The search page's pure parts: its state in the address (?q=kerk&type=monument&gemeente=genk&soort=church),
// the sentence above the results, and Pagefind's excerpt as text and highlights. No DOM here.

/** The search page's filters by parameter name, as in the address; values are slugs. */
export const SEARCH_FILTERS = ["type", "gemeente", "soort"] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilter, string>>;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState["filters"] = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { query: (params.get("q") ?? "").trim().slice(0, 200), filters };
}

/** "?q=kerk&gemeente=genk", or "" for an empty search. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const name of SEARCH_FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export interface SearchMessages {
  searching: string;
  prompt: string;
  resultsOne: string;
  resultsMany: string;
  forQuery: string;
  none: string;
  noneFiltered: string;
  more: string;
  failed: string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** "12 resultaten voor “kerk”", "Niets gevonden voor “kerk”. …", or the prompt when there is nothing to search for. */
export function statusSentence(messages: SearchMessages, state: SearchState, count: number): string {
  const filtered = Object.keys(state.filters).length > 0;
  if (!state.query && !filtered) return messages.prompt;
  if (count === 0) return state.query ? fill(messages.none, { query: state.query }) : messages.noneFiltered;
  const results = count === 1 ? messages.resultsOne : fill(messages.resultsMany, { count: String(count) });
  return state.query ? `${results} ${fill(messages.forQuery, { query: state.query })}` : results;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt ("… de <mark>schachtbok</mark> van …", its text HTML-escaped) as parts to
 * put on the page as text nodes and <mark> elements: nothing in it is ever used as markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === "<mark>") mark = true;
    else if (piece === "</mark>") mark = false;
    else if (piece) parts.push({ text: decodeEntities(piece.replace(/<[^>]*>/g, "")), mark });
  }
  return parts;
}

/** The filters Pagefind is given: each chosen option's value in the index (its label in the page's language). */
export function pagefindFilters(state: SearchState, valueOf: (filter: SearchFilter, slug: string) => { name: string; value: string } | undefined): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const name of SEARCH_FILTERS) {
    const slug = state.filters[name];
    const resolved = slug ? valueOf(name, slug) : undefined;
    if (resolved) filters[resolved.name] = resolved.value;
  }
  return filters;
}
