import { element } from "./dom.ts";
import { safeHref } from "./data.ts";
import {
  excerptParts,
  pagefindFilters,
  readSearchState,
  SEARCH_FILTERS,
  statusSentence,
  writeSearchState,
  type SearchFilter,
  type SearchMessages,
  type SearchState,
} from "./search-state.ts";
import { carryChoicesToOtherLanguages } from "./language-links.ts";
import { PART_FILTER, partsHoldingEveryWord, queryWords } from "./search-parts.ts";

// Entry of /assets/map/search.js, on the search page of each language. It loads Pagefind's
// script from the site (/pagefind/pagefind.js picks the index of the page's <html lang>),
// searches as the visitor types, filters by type, municipality and kind of monument, and keeps
// all of it in the address. Results are built as elements with text, never from HTML strings.
// A large site's index is in parts (src/outputs/search/parts.ts): the page's config names the
// first part with pages of its language, whose script is loaded, and the others, merged into it
// (Pagefind's mergeIndex), so one search, filters included, runs on all of them. A query of
// several words then runs only on the parts that hold every word found somewhere, as one index
// would answer it (src/client/search-parts.ts).

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResponse {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  /** Results per value of each filter (of all filters, the parts' own included). */
  filters?: Record<string, Record<string, number>>;
}
type PagefindFilters = Record<string, string | { any: string[] }>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(basePath: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindResponse | null>;
}

interface SearchConfig {
  bundle: string;
  /** The index's other parts with pages of this language (their folders), when it is in parts. */
  merge?: string[];
  messages: SearchMessages;
  unavailable: string;
}

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;

function readConfig(): SearchConfig | undefined {
  try {
    return JSON.parse(document.getElementById("search-config")?.textContent ?? "null") as SearchConfig;
  } catch {
    return undefined;
  }
}

async function loadPagefind(bundle: string, merge: readonly string[] = []): Promise<Pagefind> {
  // A URL in a variable: the bundler leaves the import to the browser.
  const url = bundle;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Each part's pages carry its folder's address as PART_FILTER (only when there are parts).
  const part = (basePath: string) => (merge.length > 0 ? { mergeFilter: { [PART_FILTER]: basePath } } : {});
  await pagefind.options({ excerptLength: 24, ...part(bundle.replace(/[^/]*$/, "")) });
  await pagefind.init();
  // After init, as Pagefind requires; the parts share the first one's WebAssembly and options
  // but load their own page list, and are searched together with it.
  await Promise.all(merge.map((basePath) => pagefind.mergeIndex(basePath, { excerptLength: 24, ...part(basePath) })));
  return pagefind;
}

/**
 * Searches all parts as one index: a query of one word, or an index of one part, as it is; a
 * query of several words first word by word (counts only, no page is loaded), then only on the
 * parts holding every word found somewhere (src/client/search-parts.ts).
 */
async function searchParts(pagefind: Pagefind, query: string, filters: Record<string, string>, parts: boolean): Promise<PagefindResponse | null> {
  const words = parts ? queryWords(query) : [];
  if (words.length < 2) return pagefind.search(query || null, { filters });
  const alone = await Promise.all(words.map((word) => pagefind.search(word)));
  const holding = partsHoldingEveryWord(alone.map((response) => response?.filters?.[PART_FILTER]));
  if (holding === undefined) return pagefind.search(query, { filters });
  if (holding.length === 0) return { results: [] };
  return pagefind.search(query, { filters: { ...filters, [PART_FILTER]: { any: holding } } });
}

function mount(form: HTMLFormElement, config: SearchConfig): void {
  const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
  const status = document.querySelector<HTMLElement>("[data-search-status]")!;
  const list = document.querySelector<HTMLOListElement>("[data-search-results]")!;
  const more = document.querySelector<HTMLButtonElement>("[data-search-more]")!;
  const selects = new Map<SearchFilter, HTMLSelectElement>();
  for (const name of SEARCH_FILTERS) {
    const select = form.querySelector<HTMLSelectElement>(`select[name=${name}]`);
    if (select) selects.set(name, select);
  }
  for (const enhanced of document.querySelectorAll<HTMLElement>("[data-search-enhanced]")) enhanced.hidden = false;

  let state = readSearchState(location.search);
  input.value = state.query;
  for (const [name, select] of selects) select.value = state.filters[name] ?? "";

  const valueOf = (name: SearchFilter, slug: string) => {
    const select = selects.get(name);
    const option = select ? [...select.options].find((candidate) => candidate.value === slug) : undefined;
    return option?.dataset.filterValue && select?.dataset.filterName ? { name: select.dataset.filterName, value: option.dataset.filterValue } : undefined;
  };

  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;
  let shown: PagefindResponse["results"] = [];

  const showMore = async (results: PagefindResponse["results"], current: number) => {
    const next = results.slice(list.children.length, list.children.length + PAGE_SIZE);
    const items = await Promise.all(next.map((result) => result.data()));
    if (current !== run) return;
    list.append(...items.map(resultItem));
    more.hidden = list.children.length >= results.length;
  };

  // data-search-done marks the status once a search has been answered (for scripts and tests waiting on it).
  const done = (text: string) => {
    status.textContent = text;
    status.setAttribute("data-search-done", "");
  };

  const search = async (push: boolean) => {
    const current = ++run;
    status.removeAttribute("data-search-done");
    const filters = pagefindFilters(state, valueOf);
    const url = `${location.pathname}${writeSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? "pushState" : "replaceState"](null, "", url);
    carryChoicesToOtherLanguages();
    if (!state.query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      done(config.messages.prompt);
      return;
    }
    status.textContent = config.messages.searching;
    try {
      const response = await (pagefind ??= loadPagefind(config.bundle, config.merge)).then((api) => searchParts(api, state.query, filters, (config.merge?.length ?? 0) > 0));
      if (current !== run || !response) return; // a newer search is under way
      shown = response.results;
      list.replaceChildren();
      await showMore(shown, current);
      if (current === run) done(statusSentence(config.messages, state, shown.length));
    } catch (error) {
      console.error(error);
      pagefind = undefined;
      done(location.protocol === "file:" || /localhost|127\.0\.0\.1/.test(location.hostname) ? config.unavailable : config.messages.failed);
    }
  };

  let timer: number | undefined;
  const update = (push: boolean, delay = 0) => {
    state = { query: input.value.trim(), filters: Object.fromEntries([...selects].flatMap(([name, select]) => (select.value ? [[name, select.value]] : []))) } as SearchState;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(push), delay);
  };
  input.addEventListener("input", () => update(false, DEBOUNCE_MS));
  for (const select of selects.values()) select.addEventListener("change", () => update(true));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update(true);
  });
  more.addEventListener("click", () => void showMore(shown, run));
  window.addEventListener("popstate", () => {
    state = readSearchState(location.search);
    input.value = state.query;
    for (const [name, select] of selects) select.value = state.filters[name] ?? "";
    void search(false);
  });
  void search(false);
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const { meta } = result;
  const image = safeHref(meta.image ?? null);
  const excerpt = element("p", { class: "search-result__excerpt" });
  for (const part of excerptParts(result.excerpt)) excerpt.append(part.mark ? element("mark", {}, part.text) : part.text);
  const href = safeHref(result.url);
  return element(
    "li",
    { class: `search-result${image ? " search-result--image" : ""}` },
    element("p", { class: "search-result__type" }, [meta.type, meta.place].filter(Boolean).join(" · ")),
    element("h2", { class: "search-result__title" }, href ? element("a", { href }, meta.title ?? result.url) : meta.title ?? result.url),
    meta.summary ? element("p", { class: "search-result__summary" }, meta.summary) : null,
    excerpt,
    // The title names the result; the picture adds nothing a screen reader needs.
    image && element("img", { class: "search-result__image", src: image, alt: "", width: "240", height: "160", loading: "lazy", decoding: "async" }),
  );
}

const config = readConfig();
const form = document.querySelector<HTMLFormElement>("form[data-search]");
if (config && form) mount(form, config);
