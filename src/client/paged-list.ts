import { safeHref } from "./data.ts";
import { element } from "./dom.ts";
import { kindLabel } from "./kinds.ts";
import type { MapPoint } from "./map-points.ts";
import type { MapMessages, OverviewMapMessages } from "./messages.ts";
import type { MonumentDetail } from "../outputs/map-data/format.ts";

// The list under the overview map of a big site (more monuments than a listing page holds):
// the monuments the filters let through, in the map's order (neighbours together), a page
// of PAGE_SIZE at a time with Vorige/Volgende, their links fetched from the detail chunks.
// Without JavaScript the page links to the listings instead (layouts/pages/map.njk).

export const PAGE_SIZE = 50;

/** Which items page `page` (0-based, clamped) of `total` shows; `first` and `last` are 1-based for people. */
export function listPage(total: number, page: number, size = PAGE_SIZE): { page: number; pageCount: number; start: number; end: number; first: number; last: number } {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pageCount - 1);
  const start = current * size;
  const end = Math.min(total, start + size);
  return { page: current, pageCount, start, end, first: total === 0 ? 0 : start + 1, last: end };
}

export interface PagedList {
  /** Shows these monuments from the first page; resolves when the page's links are in (or failed). */
  show(points: readonly MapPoint[]): Promise<void>;
}

export function pagedMonumentList(
  root: HTMLElement,
  details: (indexes: readonly number[]) => Promise<MonumentDetail[]>,
  messages: MapMessages,
  overview: OverviewMapMessages,
  onSettled: () => void,
): PagedList {
  const list = root.querySelector<HTMLUListElement>("[data-map-list]")!;
  const range = root.querySelector<HTMLElement>("[data-map-pager-range]")!;
  const status = root.querySelector<HTMLElement>("[data-map-pager-status]")!;
  const previous = root.querySelector<HTMLButtonElement>("[data-map-pager-previous]")!;
  const next = root.querySelector<HTMLButtonElement>("[data-map-pager-next]")!;
  let points: readonly MapPoint[] = [];
  let page = 0;
  let generation = 0;

  const render = async (): Promise<void> => {
    const current = ++generation;
    const shown = listPage(points.length, page);
    page = shown.page;
    range.textContent = points.length === 0 ? "" : overview.listRange(shown.first, shown.last, points.length);
    // Aria-disabled rather than disabled: the button keeps keyboard focus at either end.
    previous.setAttribute("aria-disabled", String(shown.page === 0));
    next.setAttribute("aria-disabled", String(shown.page >= shown.pageCount - 1));
    root.querySelector("nav")!.hidden = shown.pageCount <= 1;
    const slice = points.slice(shown.start, shown.end);
    // The names at once, the links when their chunks are in: the same lines, so nothing moves.
    list.replaceChildren(
      ...slice.map((point) =>
        element(
          "li",
          {},
          element("span", { class: "map-list__title" }, point.title),
          " ",
          element("span", { class: "map-list__meta" }, `${kindLabel(point.kind, messages.lang)} · ${point.municipalityName}${point.approximate ? ` · ${messages.approximate}` : ""}`),
        ),
      ),
    );
    if (slice.length === 0) return;
    list.setAttribute("aria-busy", "true");
    status.textContent = overview.listLoading;
    try {
      const found = await details(slice.map((point) => point.index));
      if (current !== generation) return;
      [...list.children].forEach((item, index) => {
        const detail = found[index]!;
        const href = safeHref(detail.url);
        (item as HTMLElement).dataset.id = detail.id;
        if (href) item.firstElementChild!.replaceWith(element("a", { href, ...(detail.titleLang ? { lang: detail.titleLang } : {}) }, slice[index]!.title));
      });
      status.textContent = "";
    } catch (error) {
      if (current !== generation) return;
      console.error(error);
      status.textContent = overview.listFailed;
    } finally {
      if (current === generation) list.removeAttribute("aria-busy");
    }
  };

  // A new page starts at the list's heading: focus goes there (screen readers read it, the range is
  // announced), so the next Tab is the page's first monument, not a button under the last of 50.
  const heading = root.closest("section")?.querySelector<HTMLElement>("h2[tabindex]") ?? null;
  const turn = (step: number) => {
    const shown = listPage(points.length, page + step);
    if (shown.page === page) return;
    page = shown.page;
    const rendered = render();
    heading?.focus();
    void rendered.then(onSettled);
  };
  previous.addEventListener("click", () => turn(-1));
  next.addEventListener("click", () => turn(1));

  return {
    show(shown) {
      points = shown;
      page = 0;
      return render();
    },
  };
}
