import type { Monument, Municipality, Pack, PostcardSeries, Route, Story } from "../../content/model.ts";
import type { SiteView } from "../../i18n/localize.ts";
import { escapeHtml } from "../../client/html.ts";

// What the search knows of each page: a small HTML document per monument, route, story,
// municipality, postcard series and teaching pack of a language's view, with the page's
// title as <h1> (Pagefind ranks words in headings higher), its main texts, and, as
// Pagefind's meta and filters, the result's type, picture, summary, municipalities and kind.
//
// Made from the validated model, not read back from the rendered pages, so Pagefind can
// index while Eleventy renders (src/eleventy/build-site.ts), on the other core. The texts
// are those the page shows in that language (src/i18n/localize.ts); menus, listings of
// other entries, credits and notices are not in them.

export interface SearchPage {
  url: string;
  html: string;
}

type Part = string | undefined | false;

/** The search documents of one language, in a fixed order (the same content gives the same index). */
export function searchPages(view: SiteView): SearchPage[] {
  const page = new PageWriter(view);
  return [
    ...view.monuments.map((monument) => page.monument(monument)),
    ...view.routes.map((route) => page.route(route)),
    ...view.stories.map((story) => page.story(story)),
    ...view.municipalities.map((municipality) => page.municipality(municipality)),
    ...view.series.map((series) => page.series(series)),
    ...view.packs.map((pack) => page.pack(pack)),
  ];
}

/** How many search documents searchPages gives for a view, without writing them (src/outputs/search/parts.ts). */
export function searchPageCount(view: SiteView): number {
  return view.monuments.length + view.routes.length + view.stories.length + view.municipalities.length + view.series.length + view.packs.length;
}

const text = (value: Part) => (value ? `<p>${escapeHtml(value)}</p>` : "");

class PageWriter {
  constructor(private readonly view: SiteView) {}

  private document(
    url: string,
    type: keyof SiteView["t"]["search"]["types"],
    title: string,
    options: { summary?: string; image?: { src: string; alt: string }; municipalities: readonly string[]; kind?: string; place?: string },
    ...body: Part[]
  ): SearchPage {
    const { t, lang } = this.view;
    const meta = (key: string, value: string | undefined) => (value ? `<span data-pagefind-meta="${key}">${escapeHtml(value)}</span>` : "");
    const filter = (key: string, value: string) => `<span data-pagefind-filter="${key}">${escapeHtml(value)}</span>`;
    const typeName = t.search.types[type];
    const head = [
      meta("type", typeName),
      filter("type", typeName),
      meta("summary", options.summary),
      meta("place", options.place),
      options.image ? `<span data-pagefind-meta="image:${escapeHtml(options.image.src)}"></span>${meta("image_alt", options.image.alt)}` : "",
      ...[...new Set(options.municipalities)].map((name) => filter("municipality", name)),
      options.kind ? filter("kind", options.kind) : "",
    ].join("");
    const html =
      `<!doctype html><html lang="${lang}"><head><title>${escapeHtml(title)}</title></head><body><main data-pagefind-body>` +
      `<div hidden data-pagefind-ignore>${head}</div><h1>${escapeHtml(title)}</h1>${body.filter(Boolean).join("")}</main></body></html>`;
    return { url, html };
  }

  private picture(entry: { images: Monument["images"] }) {
    const image = entry.images[0];
    const thumb = image?.rendition?.thumb;
    return image && thumb ? { src: thumb.src, alt: image.alt } : undefined;
  }

  monument(monument: Monument): SearchPage {
    const { t } = this.view;
    const kind = t.kinds[monument.kind]?.singular ?? monument.kind;
    const place = `${kind} · ${monument.municipality.name}`;
    return this.document(
      monument.url,
      "monument",
      monument.title,
      { summary: monument.summary, image: this.picture(monument), municipalities: [monument.municipality.name], kind, place },
      text(place),
      text(monument.summary),
      monument.bodyHtml,
      text(monument.address),
      monument.postcard && `<h2>${escapeHtml(monument.postcard.title)}</h2>${text(monument.postcard.text)}`,
      text(monument.visiting?.openingHours),
      text(monument.visiting?.notes),
      text(monument.openMonumentendag?.programme),
    );
  }

  route(route: Route): SearchPage {
    const { t } = this.view;
    const mode = t.routeModes[route.mode]?.label ?? route.mode;
    return this.document(
      route.url,
      "route",
      route.title,
      { summary: route.summary, municipalities: route.municipalities.map((municipality) => municipality.name), place: `${mode} · ${this.view.format.distance(route.distanceKm)}` },
      text(mode),
      text(route.summary),
      text(route.start),
      text(route.finish),
      route.bodyHtml,
      ...route.stops.map((stop) => `<h3>${escapeHtml(stop.name)}</h3>${text(stop.note)}`),
      text(route.accessibility),
    );
  }

  story(story: Story): SearchPage {
    const { t } = this.view;
    return this.document(
      story.url,
      "story",
      story.title,
      {
        summary: story.summary,
        image: this.picture(story),
        municipalities: story.monuments.map((monument) => monument.municipality.name),
        place: `${t.storyKinds[story.kind]?.singular ?? story.kind} · ${this.view.format.partialDate(story.date)}`,
      },
      text(story.summary),
      text([...story.narrators, ...story.authors].join(", ")),
      story.bodyHtml,
      text(story.audio?.transcript),
    );
  }

  municipality(municipality: Municipality): SearchPage {
    return this.document(municipality.url, "municipality", municipality.name, { summary: firstSentence(municipality.intro), municipalities: [municipality.name] }, text(municipality.intro));
  }

  series(series: PostcardSeries): SearchPage {
    return this.document(
      series.url,
      "series",
      series.title,
      { summary: series.theme, image: series.cards[0] ? this.picture(series.cards[0].monument) : undefined, municipalities: series.cards.map((card) => card.monument.municipality.name), place: String(series.year) },
      text(series.theme),
      series.bodyHtml,
      ...series.cards.map((card) => `<h3>${escapeHtml(card.title)}</h3>${text(card.text)}${text(card.about.title)}`),
    );
  }

  pack(pack: Pack): SearchPage {
    const { t } = this.view;
    return this.document(
      pack.url,
      "pack",
      pack.title,
      { summary: pack.summary, municipalities: pack.monuments.map((monument) => monument.municipality.name), place: t.packs.level(pack.level, pack.grades) },
      text(pack.summary),
      text(t.packs.level(pack.level, pack.grades)),
      pack.bodyHtml,
      ...pack.goals.map(text),
      ...pack.stops.map((stop) => `<h3>${escapeHtml(stop.monument.title)}</h3>${text(stop.text)}`),
      ...pack.glossary.map((entry) => text(`${entry.term}: ${entry.definition}`)),
    );
  }
}

function firstSentence(intro: string): string {
  const sentence = /^.*?[.!?](\s|$)/.exec(intro.trim())?.[0] ?? intro;
  return sentence.trim().slice(0, 200);
}
