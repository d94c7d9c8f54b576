import type {
  EntryLanguage,
  Image,
  Monument,
  Municipality,
  Pack,
  PostcardSeries,
  Route,
  SiteModel,
  Stop,
  Story,
} from "../content/model.ts";
import { formatCoordinatesIn, formatDistanceIn, formatDurationIn, formatMetresIn, formatPartialDateIn } from "./format.ts";
import { entryUrl, LOCALES, localePaths, SECTIONS, siteLanguages, type EntryKind, type Lang, type LocalePaths } from "./locales.ts";
import { messagesFor, type Messages } from "./messages.ts";

// The site as a page in one language shows it: a view of the linked model (which is in
// the site's own language) with the translated texts in place, every address in that
// language, and every text that is not translated kept in the site's language and
// listed in its entry's `i18n.fallback`, so the page marks it (lang="nl") and says so.
// Links in bodies to other pages of the site are rewritten to the same page in the view's
// language. Views share everything that is not a text (positions, images, PDFs) with the model.

export interface SiteView extends SiteModel {
  lang: Lang;
  /** The interface texts. */
  t: Messages;
  paths: LocalePaths;
  /** The site's languages, its own first. */
  languages: Lang[];
  /** Which of the site's own texts (title, description, region) are not translated. */
  i18n: EntryLanguage;
  format: Formatters;
}

export interface Formatters {
  partialDate(value: string | number): string;
  distance(km: number): string;
  metres(metres: number): string;
  duration(minutes: number): string;
  coordinates(location: { lat: number; lng: number }): string;
}

/** Every kind of entry that has a page, with the model's entries of that kind. */
export function entriesWithPages(model: SiteModel): [EntryKind, readonly { slug: string; url: string }[]][] {
  return [
    ["monument", model.monuments],
    ["route", model.routes],
    ["story", model.stories],
    ["municipality", model.municipalities],
    ["series", model.series],
    ["pack", model.packs],
  ];
}

const views = new WeakMap<SiteModel, Map<Lang, SiteView>>();

/** The view of `model` in `lang` (made once per model and language). */
export function localizeSite(model: SiteModel, lang: Lang): SiteView {
  let byLang = views.get(model);
  if (!byLang) views.set(model, (byLang = new Map()));
  let view = byLang.get(lang);
  if (!view) byLang.set(lang, (view = makeView(model, lang)));
  return view;
}

/** One view per language of the site, its own language first. */
export function siteViews(model: SiteModel): SiteView[] {
  return siteLanguages(model.config).map((lang) => localizeSite(model, lang));
}

export function localizeFormatters(lang: Lang): Formatters {
  return {
    partialDate: (value) => formatPartialDateIn(lang, value),
    distance: (km) => formatDistanceIn(lang, km),
    metres: (metres) => formatMetresIn(lang, metres),
    duration: (minutes) => formatDurationIn(lang, minutes),
    coordinates: (location) => formatCoordinatesIn(lang, location),
  };
}

/** A new view, not kept: for reports made before the images are (see localizeSite for pages). */
export function makeView(model: SiteModel, lang: Lang): SiteView {
  const siteLang = model.config.language;
  const common = { lang, t: messagesFor(lang), paths: localePaths(lang, siteLang), languages: siteLanguages(model.config), format: localizeFormatters(lang) };
  if (lang === siteLang) return { ...model, ...common, i18n: { lang, original: lang, fallback: {}, untranslated: false } };
  return new Translator(model, lang).view(common);
}

type Fallbacks = Record<string, true>;

class Translator {
  private readonly siteLang: Lang;
  private readonly collator: Intl.Collator;
  private readonly municipalities = new Map<Municipality, Municipality>();
  private readonly monuments = new Map<Monument, Monument>();
  private readonly stories = new Map<Story, Story>();
  private readonly routes = new Map<Route, Route>();
  /** The site's own address of every page → its address in this language, for links in bodies. */
  private readonly addresses = new Map<string, string>();

  constructor(
    private readonly model: SiteModel,
    private readonly lang: Lang,
  ) {
    this.siteLang = model.config.language;
    this.collator = new Intl.Collator(LOCALES[lang], { sensitivity: "base", numeric: true });
    const own = localePaths(this.siteLang, this.siteLang);
    const here = localePaths(lang, this.siteLang);
    this.addresses.set(own.home, here.home);
    for (const section of SECTIONS) this.addresses.set(own.sections[section], here.sections[section]);
    for (const [kind, entries] of entriesWithPages(model)) {
      for (const entry of entries) this.addresses.set(entry.url, entryUrl(kind, entry.slug, lang, this.siteLang));
    }
  }

  view(common: Omit<SiteView, keyof SiteModel | "i18n">): SiteView {
    const { model, lang } = this;
    for (const municipality of model.municipalities) this.municipalities.set(municipality, this.municipality(municipality));
    for (const monument of model.monuments) this.monuments.set(monument, this.monument(monument));
    for (const story of model.stories) this.stories.set(story, this.story(story));
    for (const route of model.routes) this.routes.set(route, this.route(route));
    // Links between entries, now that every entry has its view.
    for (const [original, monument] of this.monuments) {
      monument.stories = original.stories.map((story) => this.stories.get(story)!);
      monument.routes = original.routes.map((route) => this.routes.get(route)!);
    }
    for (const [original, story] of this.stories) story.monuments = original.monuments.map((monument) => this.monuments.get(monument)!);

    const translation = model.siteTranslations[lang];
    const fallback: Fallbacks = {};
    const pick = this.picker(fallback);
    const config = {
      ...model.config,
      title: pick("title", model.config.title, translation?.title)!,
      description: pick("description", model.config.description, translation?.description)!,
      organisation: translation?.organisation ?? model.config.organisation,
      region: {
        ...model.config.region,
        name: translation?.region?.name ?? model.config.region.name,
        intro: pick("intro", model.config.region.intro, translation?.region?.intro)!,
      },
    };
    const byTitle = (a: { title: string }, b: { title: string }) => this.collator.compare(a.title, b.title);
    return {
      ...model,
      ...common,
      config,
      i18n: { lang, original: this.siteLang, fallback, untranslated: translation === undefined },
      municipalities: model.municipalities.map((municipality) => this.municipalities.get(municipality)!),
      monuments: [...this.monuments.values()].sort(byTitle),
      routes: [...this.routes.values()].sort(byTitle),
      featuredRoutes: model.featuredRoutes.map((route) => this.routes.get(route)!),
      stories: model.stories.map((story) => this.stories.get(story)!),
      series: model.series.map((series) => this.series(series)),
      packs: model.packs.map((pack) => this.pack(pack)),
    };
  }

  /** A text in this language when translated; else the original, noted in `fallback` under `key`. */
  private picker(fallback: Fallbacks) {
    return <T>(key: string, original: T | undefined, translated: T | undefined): T | undefined => {
      if (original === undefined) return undefined;
      if (translated !== undefined) return translated;
      fallback[key] = true;
      return original;
    };
  }

  private language(fallback: Fallbacks, untranslated: boolean, original = this.siteLang): EntryLanguage {
    return { lang: this.lang, original, fallback, untranslated };
  }

  /** The site's links to its own pages, pointed at the pages in this language. */
  private rewriteLinks(html: string): string {
    return html.replace(/href="(\/[^"#?]*)([^"]*)"/g, (link, path: string, rest: string) => {
      const target = this.addresses.get(path);
      return target ? `href="${target}${rest}"` : link;
    });
  }

  private body(fallback: Fallbacks, entry: { body: string; bodyHtml: string }, translated: { body: string; bodyHtml: string } | undefined) {
    if (translated?.body) return { body: translated.body, bodyHtml: this.rewriteLinks(translated.bodyHtml) };
    if (entry.body.trim()) fallback.body = true;
    return { body: entry.body, bodyHtml: this.rewriteLinks(entry.bodyHtml) };
  }

  private images(images: readonly Image[], translated: readonly { alt?: string; caption?: string }[] | undefined): Image[] {
    return images.map((image, index) => {
      const texts = translated?.[index];
      const fallback: Fallbacks = {};
      const pick = this.picker(fallback);
      return {
        ...image,
        alt: pick("alt", image.alt, texts?.alt)!,
        caption: pick("caption", image.caption, texts?.caption),
        i18n: this.language(fallback, texts === undefined),
      };
    });
  }

  private municipality(municipality: Municipality): Municipality {
    const translation = municipality.translations[this.lang];
    const fallback: Fallbacks = {};
    return {
      ...municipality,
      name: translation?.name ?? municipality.name,
      intro: this.picker(fallback)("intro", municipality.intro, translation?.intro)!,
      url: entryUrl("municipality", municipality.slug, this.lang, this.siteLang),
      i18n: this.language(fallback, translation === undefined),
    };
  }

  private monument(monument: Monument): Monument {
    const translation = monument.translations[this.lang];
    const fallback: Fallbacks = {};
    const pick = this.picker(fallback);
    const { visiting, openMonumentendag, postcard } = monument;
    return {
      ...monument,
      title: pick("title", monument.title, translation?.title)!,
      summary: pick("summary", monument.summary, translation?.summary)!,
      // An address reads the same in every language; a translation may still write it otherwise.
      address: translation?.address ?? monument.address,
      ...(visiting
        ? {
            visiting: {
              ...visiting,
              openingHours: pick("openingHours", visiting.openingHours, translation?.visiting?.openingHours),
              notes: pick("notes", visiting.notes, translation?.visiting?.notes),
            },
          }
        : {}),
      ...(openMonumentendag
        ? { openMonumentendag: { ...openMonumentendag, programme: pick("programme", openMonumentendag.programme, translation?.openMonumentendag?.programme)! } }
        : {}),
      ...(postcard
        ? {
            postcard:
              translation?.postcard?.title && translation.postcard.text
                ? { title: translation.postcard.title, text: translation.postcard.text }
                : ((fallback.postcard = true), postcard),
          }
        : {}),
      ...this.body(fallback, monument, translation),
      url: entryUrl("monument", monument.slug, this.lang, this.siteLang),
      municipality: this.municipalities.get(monument.municipality) ?? monument.municipality,
      images: this.images(monument.images, translation?.images),
      i18n: this.language(fallback, translation === undefined),
    };
  }

  private story(story: Story): Story {
    const translation = story.translations[this.lang];
    const fallback: Fallbacks = {};
    const pick = this.picker(fallback);
    return {
      ...story,
      title: pick("title", story.title, translation?.title)!,
      summary: pick("summary", story.summary, translation?.summary)!,
      ...(story.audio ? { audio: { ...story.audio, transcript: pick("transcript", story.audio.transcript, translation?.audio?.transcript)! } } : {}),
      ...this.body(fallback, story, translation),
      url: entryUrl("story", story.slug, this.lang, this.siteLang),
      images: this.images(story.images, translation?.images),
      i18n: this.language(fallback, translation === undefined),
    };
  }

  private route(route: Route): Route {
    const translation = route.translations[this.lang];
    const fallback: Fallbacks = {};
    const pick = this.picker(fallback);
    const stops = route.stops.map((stop, index): Stop => {
      const texts = translation?.stops?.[index];
      const stopFallback: Fallbacks = {};
      const pickStop = this.picker(stopFallback);
      const note = pickStop("note", stop.note, texts?.note);
      if (stop.type === "monument") {
        const monument = this.monuments.get(stop.monument)!;
        if (monument.i18n.fallback.title) stopFallback.name = true;
        return { ...stop, monument, name: monument.title, note, i18n: this.language(stopFallback, texts === undefined) };
      }
      return { ...stop, name: pickStop("name", stop.name, texts?.name)!, note, i18n: this.language(stopFallback, texts === undefined) };
    });
    const url = entryUrl("route", route.slug, this.lang, this.siteLang);
    return {
      ...route,
      title: pick("title", route.title, translation?.title)!,
      summary: pick("summary", route.summary, translation?.summary)!,
      start: pick("start", route.start, translation?.start)!,
      finish: pick("finish", route.finish, translation?.finish)!,
      accessibility: pick("accessibility", route.accessibility, translation?.accessibility),
      ...this.body(fallback, route, translation),
      url,
      downloads: { gpx: `${url}${route.slug}.gpx`, geojson: `${url}${route.slug}.geojson` },
      stops,
      legs: route.legs.map((leg) => ({ ...leg, from: stops[route.stops.indexOf(leg.from)]!, to: stops[route.stops.indexOf(leg.to)]! })),
      municipalities: route.municipalities.map((municipality) => this.municipalities.get(municipality) ?? municipality),
      i18n: this.language(fallback, translation === undefined),
    };
  }

  /** A series is written in its own language: in any other, all of its texts are that language's. */
  private series(series: PostcardSeries): PostcardSeries {
    const foreign = series.language !== this.lang;
    return {
      ...series,
      url: entryUrl("series", series.slug, this.lang, this.siteLang),
      cards: series.cards.map((card) => ({ ...card, monument: this.monuments.get(card.monument) ?? card.monument })),
      i18n: this.language(foreign ? { title: true, body: true, cards: true } : {}, foreign, series.language),
    };
  }

  /** A pack's own texts are in its language (the labels of its PDFs); its links lead to the pages in this language. */
  private pack(pack: Pack): Pack {
    const monument = (original: Monument) => this.monuments.get(original) ?? original;
    return {
      ...pack,
      url: entryUrl("pack", pack.slug, this.lang, this.siteLang),
      bodyHtml: this.rewriteLinks(pack.bodyHtml),
      ...(pack.route ? { route: this.routes.get(pack.route) ?? pack.route } : {}),
      monuments: pack.monuments.map(monument),
      stories: pack.stories.map((entry) => ({ ...entry, story: this.stories.get(entry.story) ?? entry.story })),
      stops: pack.stops.map((stop) => ({ ...stop, monument: monument(stop.monument) })),
      i18n: this.language(pack.language === this.lang ? {} : { title: true, body: true }, pack.language !== this.lang, pack.language),
    };
  }
}
