import { currentLang, type MapLang } from "./lang.ts";
import { PACK_FILTER_PARAMS, packCount, packFilterQuery, packMatches, parsePackFilter, type PackFilter } from "./pack-filter-state.ts";
import { carryChoicesToOtherLanguages } from "./language-links.ts";

// Entry of /assets/map/pack-filter.js: the level and subject filters of /lespakketten/.
// Without JavaScript the form stays hidden and every pack is listed, grouped by level.

function mount(form: HTMLFormElement, lang: MapLang): void {
  const selects = {
    level: form.elements.namedItem(PACK_FILTER_PARAMS.level) as HTMLSelectElement,
    subject: form.elements.namedItem(PACK_FILTER_PARAMS.subject) as HTMLSelectElement,
  };
  const values = (select: HTMLSelectElement) => [...select.options].map((option) => option.value).filter(Boolean);
  const cards = [...document.querySelectorAll<HTMLElement>("[data-subjects]")];
  const sections = [...document.querySelectorAll<HTMLElement>("section[data-level]")];
  const none = document.querySelector<HTMLElement>(".pack-filters__none");
  const count = form.querySelector<HTMLElement>(".pack-filters__count");

  const apply = (filter: PackFilter) => {
    let shown = 0;
    for (const card of cards) {
      const visible = packMatches({ level: card.dataset.level ?? "", subjects: (card.dataset.subjects ?? "").split(" ") }, filter);
      card.hidden = !visible;
      if (visible) shown++;
    }
    for (const section of sections) section.hidden = ![...section.querySelectorAll<HTMLElement>("[data-subjects]")].some((card) => !card.hidden);
    if (none) none.hidden = shown > 0;
    if (count) count.textContent = packCount(shown, lang);
  };

  const filter = parsePackFilter(location.search, { levels: values(selects.level), subjects: values(selects.subject) });
  selects.level.value = filter.level ?? "";
  selects.subject.value = filter.subject ?? "";
  apply(filter);
  carryChoicesToOtherLanguages();
  form.hidden = false;
  form.addEventListener("change", () => {
    const next: PackFilter = { level: selects.level.value || null, subject: selects.subject.value || null };
    apply(next);
    history.replaceState(null, "", `${location.pathname}${packFilterQuery(next)}`);
    carryChoicesToOtherLanguages();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
}

const form = document.querySelector<HTMLFormElement>("form[data-pack-filter]");
if (form) mount(form, currentLang());
