import { estimateMinutes } from "../geo/travel.ts";
import { slugify, type Entry } from "./collections.ts";
import type { Monument, Municipality, PostcardCard, PostcardSeries, Route, SeriesProfile, SiteModel, Stop, Story } from "./model.ts";
import type { ContentProblem } from "./problems.ts";
import { ReferenceChecker, type Collection } from "./references.ts";
import { routePath, type PathProblem } from "./route-path.ts";
import type { MonumentData } from "./schemas/monument.ts";
import type { RouteData } from "./schemas/route.ts";
import type { SiteConfigData } from "./schemas/site.ts";
import type { StoryData } from "./schemas/story.ts";
import type { SeriesData } from "./schemas/series.ts";
import type { PackData } from "./schemas/pack.ts";
import { checkRawPack, comparePacks, linkPack } from "./link-pack.ts";
import { checkCopiedTexts } from "./copied-texts.ts";
import type { SourceFile } from "./source-file.ts";
import type { TranslationEntry } from "./collections.ts";
import { linkSiteTranslations, linkTranslations, type SiteTranslationFile } from "./link-translations.ts";
import type { MonumentTranslationData, RouteTranslationData, StoryTranslationData } from "./schemas/translations.ts";
import type { EntryLanguage } from "./model.ts";
import { entryUrl, LANGUAGE_NAMES_EN } from "../i18n/locales.ts";
import { readIccProfile, type IccProfile } from "../print/icc.ts";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });
const byTitle = (a: { title: string }, b: { title: string }) => collator.compare(a.title, b.title);
const byDateDesc = (a: Story, b: Story) => b.date.localeCompare(a.date) || byTitle(a, b);

interface LinkInput {
  contentDir: string;
  site: { source: SourceFile; data: SiteConfigData };
  monuments: Entry<MonumentData>[];
  routes: Entry<RouteData>[];
  stories: Entry<StoryData>[];
  series: Entry<SeriesData>[];
  packs: Entry<PackData>[];
  translations: {
    monuments: TranslationEntry<MonumentTranslationData>[];
    routes: TranslationEntry<RouteTranslationData>[];
    stories: TranslationEntry<StoryTranslationData>[];
    site: SiteTranslationFile[];
  };
}

/**
 * The second pass: resolves references between entries and to files, and builds
 * the linked model. Every broken reference becomes a problem on the file that
 * makes it, at the line where it is written.
 */
export function linkModel(input: LinkInput, problems: ContentProblem[]): SiteModel {
  const { site } = input;
  const languages = { language: site.data.language, translations: site.data.translations };
  const lang = site.data.language;
  // Entries of the linked model are in the site's own language: one shared description.
  const own: EntryLanguage = Object.freeze({ lang, original: lang, fallback: Object.freeze({}) as Record<string, true>, untranslated: false });
  const municipalities: Municipality[] = site.data.municipalities.map((municipality) => {
    const slug = slugify(municipality.name);
    return { slug, name: municipality.name, intro: municipality.intro, url: entryUrl("municipality", slug, lang, lang), translations: {}, i18n: own };
  });
  const siteTranslations = linkSiteTranslations(input.translations.site, municipalities, languages, problems);
  const check = new ReferenceChecker(input.contentDir, problems, site.data.region.bounds, municipalities, {
    monument: input.monuments.map((entry) => entry.slug),
    route: input.routes.map((entry) => entry.slug),
    story: input.stories.map((entry) => entry.slug),
  });
  const collections: [Collection, Entry<unknown>[]][] = [
    ["monument", input.monuments],
    ["route", input.routes],
    ["story", input.stories],
  ];
  for (const [collection, entries] of collections) {
    for (const entry of entries) if (entry.data === undefined) check.rawEntry(collection, entry.source);
  }

  const monuments = new Map<string, Monument>();
  const storiesOfMonument = new Map<Monument, string[]>();
  for (const { slug, source, data, bodyHtml } of input.monuments) {
    if (!data) continue;
    const municipality = check.municipality(source, data.municipality) ?? { slug: "", name: data.municipality, intro: "", url: "", translations: {}, i18n: own };
    check.inRegion(source, ["location"], data.location);
    data.stories.forEach((storySlug, index) => check.entry(source, ["stories", index], storySlug, "story"));
    const { images, stories, municipality: _name, ...fields } = data;
    const monument: Monument = {
      ...fields,
      slug,
      url: entryUrl("monument", slug, lang, lang),
      source: { path: source.path },
      municipality,
      images: check.images(source, images),
      stories: [],
      routes: [],
      body: source.body,
      bodyHtml: bodyHtml(),
      translations: {},
      i18n: own,
    };
    monuments.set(slug, monument);
    storiesOfMonument.set(monument, stories);
  }

  const stories = new Map<string, Story>();
  for (const { slug, source, data, bodyHtml } of input.stories) {
    if (!data) continue;
    const linked = data.monuments.flatMap((monumentSlug, index) =>
      check.entry(source, ["monuments", index], monumentSlug, "monument") && monuments.has(monumentSlug) ? [monuments.get(monumentSlug)!] : [],
    );
    const audioFile = data.audio && check.file(source, ["audio", "file"], data.audio.file, "audio");
    const { images, monuments: _slugs, audio, ...fields } = data;
    stories.set(slug, {
      ...fields,
      slug,
      url: entryUrl("story", slug, lang, lang),
      source: { path: source.path },
      images: check.images(source, images),
      monuments: linked,
      audio: audio && audioFile ? { ...audioFile, sourcePath: audioFile.absolutePath, transcript: audio.transcript } : undefined,
      body: source.body,
      bodyHtml: bodyHtml(),
      translations: {},
      i18n: own,
    });
  }

  // A monument and a story are linked when either names the other.
  for (const [monument, storySlugs] of storiesOfMonument) {
    for (const storySlug of storySlugs) {
      const story = stories.get(storySlug);
      if (story && !story.monuments.includes(monument)) story.monuments.push(monument);
    }
  }
  for (const story of stories.values()) {
    for (const monument of story.monuments) if (!monument.stories.includes(story)) monument.stories.push(story);
  }

  const routes = new Map<string, Route>();
  for (const { slug, source, data, bodyHtml } of input.routes) {
    if (!data) continue;
    const stops: Stop[] = data.stops.flatMap((stop, index): Stop[] => {
      if (stop.monument !== undefined) {
        const monument = check.entry(source, ["stops", index, "monument"], stop.monument, "monument") ? monuments.get(stop.monument) : undefined;
        return monument ? [{ type: "monument", monument, name: monument.title, location: monument.location, note: stop.note }] : [];
      }
      check.inRegion(source, ["stops", index, "location"], stop.location!);
      return [{ type: "waypoint", name: stop.name!, location: stop.location!, note: stop.note }];
    });
    const trackFile = data.track ? check.file(source, ["track"], data.track, "track") : undefined;
    const pathProblems: PathProblem[] = [];
    const path = routePath(stops, trackFile && data.track ? { absolutePath: trackFile.absolutePath, reference: data.track } : undefined, pathProblems);
    for (const problem of pathProblems) check.report(source, problem.path, problem.message, problem.hint, problem.severity);
    const route: Route = {
      slug,
      url: entryUrl("route", slug, lang, lang),
      source: { path: source.path },
      title: data.title,
      mode: data.mode,
      summary: data.summary,
      start: data.start,
      finish: data.finish,
      stops,
      legs: path.legs,
      path: path.segments,
      distanceKm: path.distanceKm,
      distanceMethod: path.method,
      durationMinutes: estimateMinutes(path.distanceKm, data.mode),
      elevation: path.elevation,
      track: trackFile && path.method === "track" ? { sourcePath: trackFile.absolutePath, url: trackFile.url } : undefined,
      downloads: routeDownloads(entryUrl("route", slug, lang, lang), slug),
      accessibility: data.accessibility,
      municipalities: [...new Set(stops.flatMap((stop) => (stop.type === "monument" && stop.monument.municipality.slug ? [stop.monument.municipality] : [])))],
      body: source.body,
      bodyHtml: bodyHtml(),
      translations: {},
      i18n: own,
    };
    routes.set(slug, route);
    for (const stop of stops) if (stop.type === "monument" && !stop.monument.routes.includes(route)) stop.monument.routes.push(route);
  }

  const originals = <T extends { translations: object }>(entries: Entry<unknown>[], linked: Map<string, T>) =>
    new Map(entries.map((entry) => [entry.slug, { data: entry.data, translations: linked.get(entry.slug)?.translations }]));
  const slugs = (entries: Entry<unknown>[]) => entries.map((entry) => entry.slug);
  linkTranslations("monument", input.translations.monuments, originals(input.monuments, monuments), slugs(input.monuments), languages, problems);
  linkTranslations("route", input.translations.routes, originals(input.routes, routes), slugs(input.routes), languages, problems);
  linkTranslations("story", input.translations.stories, originals(input.stories, stories), slugs(input.stories), languages, problems);

  const featuredRoutes = site.data.featuredRoutes.flatMap((routeSlug, index) =>
    check.entry(site.source, ["featuredRoutes", index], routeSlug, "route") && routes.has(routeSlug) ? [routes.get(routeSlug)!] : [],
  );

  if (site.data.home.leadMonument !== undefined) check.entry(site.source, ["home", "leadMonument"], site.data.home.leadMonument, "monument");

  for (const monument of monuments.values()) {
    monument.stories.sort(byDateDesc);
    monument.routes.sort(byTitle);
  }
  for (const story of stories.values()) story.monuments.sort(byTitle);

  // The print shop's profile for every CMYK series without one of its own (site.yaml, print.profile).
  const siteProfile = site.data.print.profile ? pressProfile(check, site.source, site.data.print.profile, ["print", "profile"]) : undefined;
  const series = input.series.flatMap(({ slug, source, data, bodyHtml }) => {
    if (data === undefined) {
      asCards(source.data).forEach((monument, index) => {
        if (monument !== undefined) check.entry(source, ["cards", index, "monument"], monument, "monument");
      });
      return [];
    }
    return [linkSeries(slug, source, data, bodyHtml(), site.data, monuments, check, siteProfile)];
  });

  const packs = input.packs.flatMap(({ slug, source, data, bodyHtml }) => {
    if (data === undefined) {
      checkRawPack(source, routes, check);
      return [];
    }
    return [linkPack(slug, source, data, bodyHtml(), { monuments, routes, stories }, check, own)];
  });

  // Texts copied from another entry and left unchanged (src/content/copied-texts.ts).
  const files = new Map<string, SourceFile>();
  for (const entry of [...input.monuments, ...input.routes, ...input.stories, ...input.series, ...input.translations.monuments]) files.set(entry.source.path, entry.source);
  checkCopiedTexts({ monuments: input.monuments, routes: input.routes, stories: input.stories, files }, series, problems);

  const { municipalities: _list, featuredRoutes: _featured, ...config } = site.data;
  return {
    config,
    siteTranslations,
    municipalities,
    monuments: [...monuments.values()].sort(byTitle),
    routes: [...routes.values()].sort(byTitle),
    featuredRoutes,
    stories: [...stories.values()].sort(byDateDesc),
    series: series.sort((a, b) => b.year - a.year || byTitle(a, b)),
    packs: packs.sort(comparePacks),
    ...(siteProfile ? { pressProfile: siteProfile } : {}),
  };
}

function linkSeries(
  slug: string,
  source: SourceFile,
  data: SeriesData,
  bodyHtml: string,
  site: SiteConfigData,
  monuments: Map<string, Monument>,
  check: ReferenceChecker,
  siteProfile?: SeriesProfile,
): PostcardSeries {
  const placed = new Map<string, number>();
  const cards: PostcardCard[] = [];
  const lang = data.language ?? site.language;
  if (lang !== site.language && !site.translations.includes(lang)) {
    check.report(
      source,
      ["language"],
      `the site has no ${LANGUAGE_NAMES_EN[lang]} pages for the QR codes to point at`,
      `add ${lang} to translations: in content/site.yaml, or write the series in ${LANGUAGE_NAMES_EN[site.language]}`,
    );
  }
  data.cards.forEach((card, index) => {
    const where = ["cards", index, "monument"];
    if (!check.entry(source, where, card.monument, "monument")) return;
    const monument = monuments.get(card.monument);
    if (!monument) return; // the monument's own file has errors, reported there
    const earlier = placed.get(card.monument);
    if (earlier !== undefined) {
      check.report(source, where, `"${card.monument}" is already card ${earlier} of this series`, "a series shows each monument once; remove one of them");
      return;
    }
    // A series in another language takes the monument's texts from its translation (c-mine.de.md).
    const translated = lang === site.language ? undefined : monument.translations[lang];
    const postcard = lang === site.language ? monument.postcard : translated?.postcard;
    const title = card.title ?? postcard?.title;
    const text = card.text ?? postcard?.text;
    if (!title || !text) {
      const file = lang === site.language ? monument.source.path : (translated?.source.path ?? monument.source.path.replace(/\.md$/, `.${lang}.md`));
      check.report(
        source,
        where,
        `"${card.monument}" has no ${lang === site.language ? "" : `${LANGUAGE_NAMES_EN[lang]} `}postcard text`,
        `add postcard: with title and text to ${file}, or title: and text: to this card`,
      );
      return;
    }
    const image = monument.images[0];
    if (!image) {
      check.report(source, where, `"${card.monument}" has no image for the front of the card`, `add an image to ${monument.source.path}`);
      return;
    }
    placed.set(card.monument, cards.length + 1);
    const textSource = card.text
      ? { file: source.path, path: ["cards", index, "text"] }
      : { file: translated?.source.path ?? monument.source.path, path: ["postcard", "text"] };
    const about = {
      title: translated?.title ?? monument.title,
      municipality: monument.municipality.translations[lang]?.name ?? monument.municipality.name,
      url: entryUrl("monument", monument.slug, lang, site.language),
    };
    cards.push({ number: cards.length + 1, monument, title, text, textSource, image, about });
  });
  const logo = data.logo ? check.file(source, ["logo"], data.logo, "image") : undefined;
  const profile = data.profile ? pressProfile(check, source, data.profile, ["profile"], data.colour) : data.colour === "cmyk" ? siteProfile : undefined;
  return {
    slug,
    url: entryUrl("series", slug, site.language, site.language),
    source: { path: source.path },
    language: lang,
    i18n: { lang: site.language, original: lang, fallback: {}, untranslated: lang !== site.language },
    title: data.title,
    year: data.year,
    ...(data.theme ? { theme: data.theme } : {}),
    print: { card: data.card ?? site.print.card, orientation: data.orientation ?? site.print.orientation, bleedMm: data.bleed ?? site.print.bleed },
    safeMm: data.safe,
    sheet: { size: data.sheet.size, marginMm: data.sheet.margin, gutterMm: data.sheet.gutter, duplex: data.sheet.duplex },
    colour: data.colour,
    band: data.band,
    ...(logo ? { logo: { sourcePath: logo.absolutePath, url: logo.url } } : {}),
    ...(profile ? { profile } : {}),
    ...(data.plaques ? { plaques: data.plaques } : {}),
    ...(data.colophon ? { colophon: data.colophon } : {}),
    cards,
    body: source.body,
    bodyHtml,
  };
}

/**
 * A press profile named in a series or in site.yaml: a file in the content folder that is an ICC
 * output profile for CMYK, for a CMYK series. Anything else is a problem on the line that names it.
 */
function pressProfile(check: ReferenceChecker, source: SourceFile, reference: string, field: PropertyKey[], colour: "rgb" | "cmyk" = "cmyk"): SeriesProfile | undefined {
  const file = check.file(source, field, reference, "profile");
  if (!file) return undefined;
  let profile: IccProfile;
  try {
    profile = readIccProfile(new Uint8Array(readFileSync(file.absolutePath)));
  } catch (error) {
    check.report(source, field, `"${reference}" cannot be read: ${(error as Error).message}`, "ask the print shop for its press profile again (a .icc file) and save it unchanged");
    return undefined;
  }
  if (profile.colourSpace !== "CMYK" || profile.deviceClass !== "prtr") {
    const what = profile.deviceClass === "mntr" ? "a screen profile" : profile.deviceClass === "prtr" ? "a printer profile" : `a "${profile.deviceClass}" profile`;
    check.report(source, field, `"${reference}" is ${what} for ${profile.colourSpace.trim()} colours, not a press profile for CMYK`, "ask the print shop for its CMYK press profile, such as PSOcoated_v3.icc or ISOcoated_v2_eci.icc");
    return undefined;
  }
  if (colour !== "cmyk") {
    check.report(source, field, "a press profile is for a CMYK series", "add colour: cmyk to this series");
    return undefined;
  }
  return { sourcePath: file.absolutePath, description: profile.description || path.basename(file.absolutePath), digest: createHash("sha256").update(profile.bytes).digest("hex") };
}

/** The monument names of a series file with errors, so its references are still checked. */
function asCards(data: unknown): (string | undefined)[] {
  const cards = (data as { cards?: unknown } | undefined)?.cards;
  if (!Array.isArray(cards)) return [];
  return cards.map((card) => {
    const monument = (card as { monument?: unknown } | null)?.monument;
    return typeof monument === "string" ? monument : undefined;
  });
}

/** A route's downloads, next to its page: /routes/<name>/<name>.gpx and .geojson. */
export function routeDownloads(url: string, slug: string): { gpx: string; geojson: string } {
  return { gpx: `${url}${slug}.gpx`, geojson: `${url}${slug}.geojson` };
}
