import { matchesFilter, type FilterState, type MonumentFacets } from "./filter-state.ts";
import { listItemLines } from "./list-source.ts";

// The list on the overview map page. The server writes the full list inside
// <noscript>: that is the page without JavaScript. With JavaScript the browser
// keeps it as plain text (no 10,000 elements to build while the page loads), and
// this module puts the same items into the page once the markers are shown, a few
// hundred at a time, each batch already filtered. After that, filtering only hides
// and shows items.

const ITEMS_PER_BATCH = 500;

export interface ListEntry {
  element: HTMLElement;
  facets: MonumentFacets;
}

export interface MonumentList {
  /** Items in the page so far. */
  readonly entries: readonly ListEntry[];
  /** True once every item is in the page. */
  readonly complete: boolean;
  /** Inserts the items in batches, each filtered with `currentFilter()` as it goes in; calls `done` after the last. */
  render(currentFilter: () => FilterState, done: () => void): void;
  /** Shows the items that match and hides the rest; returns how many are shown. */
  filter(state: FilterState): number;
}

/** Reads the facets each <li> carries: data-gemeente, data-soort, data-omd. */
function entryFor(element: HTMLElement): ListEntry {
  const data = element.dataset;
  return { element, facets: { municipality: data.gemeente ?? "", kind: data.soort ?? "", openMonumentendag: data.omd !== undefined } };
}

/** Shows the entries that match and hides the rest; returns how many are shown. Touches only items that change. */
export function filterEntries(entries: readonly ListEntry[], state: FilterState): number {
  let shown = 0;
  for (const entry of entries) {
    const match = matchesFilter(entry.facets, state);
    if (entry.element.hidden === match) entry.element.hidden = !match;
    if (match) shown++;
  }
  return shown;
}

/** The list for the <noscript data-map-list-source> holding the server's <ul class="…" data-map-list>. */
export function monumentList(source: HTMLElement): MonumentList {
  const list = document.createElement("ul");
  list.className = "map-list__items";
  list.dataset.mapList = "";
  source.after(list);
  const lines = listItemLines(source.textContent ?? "");
  const entries: ListEntry[] = [];
  let started = false;
  let complete = lines.length === 0;

  return {
    entries,
    get complete() {
      return complete;
    },
    render(currentFilter, done) {
      if (started) return;
      started = true;
      let next = 0;
      const batch = () => {
        const end = Math.min(next + ITEMS_PER_BATCH, lines.length);
        const last = list.lastElementChild;
        list.insertAdjacentHTML("beforeend", lines.slice(next, end).join(""));
        const state = currentFilter();
        for (let element = last ? last.nextElementSibling : list.firstElementChild; element; element = element.nextElementSibling) {
          const entry = entryFor(element as HTMLElement);
          entry.element.hidden = !matchesFilter(entry.facets, state);
          entries.push(entry);
        }
        next = end;
        if (next < lines.length) setTimeout(batch, 0);
        else {
          complete = true;
          done();
        }
      };
      if (lines.length === 0) {
        complete = true;
        done();
      } else batch();
    },
    filter(state) {
      return filterEntries(entries, state);
    },
  };
}
