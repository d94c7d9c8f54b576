// A query of several words on an index in parts (src/outputs/search/parts.ts), answered as one
// index would. No DOM here.
//
// Pagefind leaves out a word that no page of an index contains, and with parts each part does
// so on its own: "Monument 1234" would list the pages with both words of the parts that have
// "1234" and every page with "Monument" of the parts that do not. So each part is merged with a
// filter of its own (PART_FILTER, its folder's address as value; src/client/search.ts), each word
// is first searched alone (Pagefind then counts the results per filter value, without loading a
// page), and the query runs only on the parts that hold every word found somewhere. A word found
// nowhere is left out, as one index leaves it out.

/** The filter that tells the parts apart; set by the search page, never one of the page's own filters. */
export const PART_FILTER = "schachtbok-part";

/** The query's distinct words, as typed (Pagefind normalises each as it would within the query). */
export function queryWords(query: string): string[] {
  const words = new Map<string, string>();
  for (const word of query.trim().split(/\s+/)) if (word && !words.has(word.toLowerCase())) words.set(word.toLowerCase(), word);
  return [...words.values()];
}

/**
 * The parts to search for a query, from each word's results alone counted per part
 * (Pagefind's `filters[PART_FILTER]` of a search for the word): the parts holding every word that
 * some part holds. Undefined when no part holds any of the words (the query then runs as it is,
 * as on one index); an empty list when no part holds all of those that exist (nothing is found).
 */
export function partsHoldingEveryWord(countsPerWord: readonly (Readonly<Record<string, number>> | undefined)[]): string[] | undefined {
  const holding = countsPerWord.map((counts) => Object.entries(counts ?? {}).flatMap(([part, count]) => (count > 0 ? [part] : [])));
  const found = holding.filter((parts) => parts.length > 0);
  if (found.length === 0) return undefined;
  return found.reduce((common, parts) => common.filter((part) => parts.includes(part))).sort();
}
