import type { EntryLanguage, Monument, Municipality, Pack, Question, SiteConfig, SiteModel, Story } from "../content/model.ts";
import type { MonumentKind } from "../content/schemas/monument.ts";
import {
  type AccessLevel,
  type Licence,
  type Precision,
  type ProtectionStatus,
} from "../i18n/nl.ts";
import { renderMarkdown } from "../markdown/render.ts";
import { escapeHtml } from "../client/html.ts";
import { absoluteUrl, displayUrl } from "../urls.ts";
import { pictureHtml } from "./picture.ts";
import { creditsHtml } from "./credits.ts";
import { listingPageSize } from "../site/listing-pages.ts";
import { monumentListings, municipalityMonuments } from "../site/monument-lists.ts";
import { cardListings } from "../site/card-lists.ts";
import { siteIndex } from "../site/site-index.ts";
import { seriesFiles } from "../outputs/postcards/write.ts";
import { packFiles } from "../outputs/packs/write.ts";
import { keysPublished } from "../outputs/packs/key-password.ts";
import { flyersOnPage } from "../outputs/flyers/write.ts";
import { searchBundleFor, searchParts } from "../outputs/search/parts.ts";
import { formatPartialDateIn } from "../i18n/format.ts";
import { messagesFor, type Messages } from "../i18n/messages.ts";
import { localizeFormatters, type Formatters, type SiteView } from "../i18n/localize.ts";
import { LANGUAGE_NAMES, LOCALES, type Lang } from "../i18n/locales.ts";
import { SUBJECTS, type PackLevel, type Subject } from "../content/schemas/pack.ts";
import { previewSize } from "../outputs/postcards/preview.ts";
import type { RouteMode } from "../content/schemas/route.ts";
import type { StoryKind } from "../content/schemas/story.ts";

// Template filters: Dutch labels and formats (from src/i18n/nl.ts), Markdown,
// links to the heritage inventory, JSON-LD, and the groupings listings need.

const INVENTORY = "https://inventaris.onroerenderfgoed.be";

/** A content body as HTML, its highest heading an <h2> (see renderMarkdown). */
export function markdownToHtml(source: string | undefined): string {
  return source ? renderMarkdown(source) : "";
}

export interface InventoryLink {
  label: string;
  url: string;
}

/** Links to the Flemish heritage inventory for a monument's protection record. */
export function inventoryLinks(protection: Monument["protection"], t: Messages = messagesFor("nl")): InventoryLink[] {
  const links: InventoryLink[] = [];
  if (protection?.erfgoedobject !== undefined) {
    links.push({
      label: t.monument.inventoryObject(protection.erfgoedobject),
      url: `${INVENTORY}/erfgoedobjecten/${protection.erfgoedobject}`,
    });
  }
  if (protection?.aanduidingsobject !== undefined) {
    links.push({
      label: t.monument.inventoryDesignation(protection.aanduidingsobject),
      url: `${INVENTORY}/aanduidingsobjecten/${protection.aanduidingsobject}`,
    });
  }
  return links;
}


/**
 * Directions to a monument: a geo: URI (RFC 5870) with its name, which the phone hands to its
 * own map app, and OpenStreetMap's route planner with the monument as destination, for the rest.
 */
export function directionLinks(monument: Pick<Monument, "title" | "location">): { app: string; web: string } {
  const { lat, lng } = monument.location;
  const at = `${lat},${lng}`;
  return {
    // The name goes in parentheses, so its own are escaped too.
    app: `geo:${at}?q=${at}(${encodeURIComponent(monument.title).replace(/\(/g, "%28").replace(/\)/g, "%29")})`,
    web: `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`;${at}`)}#map=17/${lat}/${lng}`,
  };
}

/** schema.org JSON-LD for a monument page, safe to put inside <script> (no "<" survives). */
export function monumentJsonLd(monument: Monument, config: Pick<SiteConfig, "baseUrl">): string {
  const sameAs = inventoryLinks(monument.protection).map((link) => link.url);
  const image = monument.images[0];
  const data = {
    "@context": "https://schema.org",
    "@type": "LandmarksOrHistoricalBuildings",
    name: monument.title,
    description: monument.summary,
    url: absoluteUrl(monument.url, config.baseUrl),
    geo: { "@type": "GeoCoordinates", latitude: monument.location.lat, longitude: monument.location.lng },
    address: {
      "@type": "PostalAddress",
      ...(monument.address ? { streetAddress: monument.address } : {}),
      addressLocality: monument.municipality.name,
      addressCountry: "BE",
    },
    ...(image?.rendition?.social ? { image: absoluteUrl(image.rendition.social.url, config.baseUrl) } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** A partial date as a `datetime` attribute value, or "" when it has none (a span of years). */
export function machineDate(value: string | number): string {
  const text = String(value);
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(text) ? text : "";
}

/** A partial date in words, inside a <time> with a machine-readable value where the date has one. */
export function dateHtml(value: string | number | undefined, lang: Lang = "nl"): string {
  if (value === undefined) return "";
  const words = escapeHtml(formatPartialDateIn(lang, value));
  const machine = machineDate(value);
  return machine ? `<time datetime="${machine}">${words}</time>` : words;
}

/** What Eleventy gives a filter as `this`: in Nunjucks, the page's context (`model` is the page's language view). */
interface FilterThis {
  ctx?: { model?: Partial<SiteView> };
}

/** The interface texts and formats of the page a filter runs on (Dutch outside a page, as in tests). */
function pageLanguage(self: FilterThis | undefined): { lang: Lang; t: Messages; format: Formatters } {
  const view = self?.ctx?.model;
  if (view?.t && view.format && view.lang) return { lang: view.lang, t: view.t, format: view.format };
  return DUTCH;
}
const DUTCH = { lang: "nl" as Lang, t: messagesFor("nl"), format: localizeFormatters("nl") };

/**
 * Registers the filters on Eleventy, for Nunjucks, the only template language of the site. Not
 * as universal filters: Eleventy copies every universal filter into an object of its own for each
 * call of a page's permalink function (4400 calls at 4000 monuments).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export default function filtersPlugin(eleventyConfig: any): void {
  const add = (name: string, filter: (...args: never[]) => unknown) => eleventyConfig.addNunjucksFilter(name, filter);
  // A filter whose output depends on the page's language.
  const addInLanguage = <A extends unknown[]>(name: string, filter: (language: ReturnType<typeof pageLanguage>, ...args: A) => unknown) =>
    eleventyConfig.addNunjucksFilter(name, function (this: FilterThis, ...args: A) {
      return filter(pageLanguage(this), ...args);
    });

  // Content Markdown, already sanitised by renderMarkdown: the only output templates mark `| safe`.
  add("markdown", markdownToHtml);

  // Labels.
  addInLanguage("kindLabel", ({ t }, kind: MonumentKind) => t.kinds[kind]?.singular ?? kind);
  addInLanguage("kindPlural", ({ t }, kind: MonumentKind) => t.kinds[kind]?.plural ?? kind);
  addInLanguage("storyKindLabel", ({ t }, kind: StoryKind) => t.storyKinds[kind]?.singular ?? kind);
  addInLanguage("routeModeLabel", ({ t }, mode: RouteMode) => t.routeModes[mode]?.label ?? mode);
  addInLanguage("routeModeAdverb", ({ t }, mode: RouteMode) => t.routeModes[mode]?.adverb ?? mode);
  addInLanguage("protectionLabel", ({ t }, status: ProtectionStatus) => t.protection[status] ?? status);
  addInLanguage("accessLabel", ({ t }, level: AccessLevel) => t.access[level] ?? t.access.unknown);
  addInLanguage("precisionLabel", ({ t }, precision: Precision) => t.precision[precision] ?? precision);
  addInLanguage("licence", ({ t }, licence: Licence) => t.licences[licence] ?? { label: licence });

  // Formats.
  addInLanguage("partialDate", ({ format }, value: string | number) => format.partialDate(value));
  add("machineDate", machineDate);
  addInLanguage("dateHtml", ({ lang }, value: string | number | undefined) => dateHtml(value, lang));
  addInLanguage("distance", ({ format }, km: number) => format.distance(km));
  addInLanguage("duration", ({ format }, minutes: number) => format.duration(minutes));
  addInLanguage("coordinates", ({ format }, location: { lat: number; lng: number }) => format.coordinates(location));

  // Languages: ` lang="nl"` on an element whose text is not translated (see src/i18n/localize.ts).
  add("langAttr", langAttr);
  add("ogLocale", (lang: Lang) => (LOCALES[lang] ?? lang).replace("-", "_"));
  add("languageName", (lang: Lang) => LANGUAGE_NAMES[lang] ?? lang);


  // Links and metadata.
  add("absoluteUrl", absoluteUrl);
  add("displayUrl", displayUrl);
  addInLanguage("inventoryLinks", ({ t }, protection: Monument["protection"]) => inventoryLinks(protection, t));
  add("monumentJsonLd", monumentJsonLd);
  add("directionLinks", directionLinks);
  addInLanguage("credits", ({ t }, entries: readonly (Monument | Story)[] | undefined) => creditsHtml(entries, t));
  add("seriesFiles", seriesFiles);
  add("packFiles", packFiles);
  // Whether the answer keys are published (a password is set for the build: src/outputs/packs/key-password.ts).
  add("keysPublished", () => keysPublished());
  add("flyersOnPage", flyersOnPage);
  addInLanguage("packLevel", ({ t }, pack: Pack) => t.packs.level(pack.level, pack.grades));
  addInLanguage("packLevelLabel", ({ t }, level: PackLevel) => t.packLevels[level] ?? level);
  addInLanguage("packDuration", ({ t }, minutes: number) => t.packs.duration(minutes));
  addInLanguage("subjectLabel", ({ t }, subject: Subject) => t.packs.subjects[subject] ?? subject);
  add("packsAt", (model: SiteModel, level: PackLevel) => model.packs.filter((pack) => pack.level === level));
  // The subjects the packs cover, in the schema's order, for the listing's filter.
  addInLanguage("packSubjects", ({ t }, model: SiteModel) =>
    (Object.keys(SUBJECTS) as Subject[]).filter((subject) => model.packs.some((pack) => pack.subjects.includes(subject))).map((subject) => [subject, t.packs.subjects[subject]]),
  );
  addInLanguage("questionKindLabel", ({ t }, kind: Question["kind"]) => t.questionKinds[kind] ?? kind);
  add("previewSize", previewSize);
  // The monuments of a series' cards, for their credits block.
  add("seriesMonuments", (cards: { monument: Monument }[]) => cards.map((card) => card.monument));
  add("picture", pictureHtml);

  // Groupings, computed once per model (see siteIndex).
  add("monumentsByMunicipality", (model: SiteModel) => siteIndex(model).byMunicipality);
  add("monumentsByKind", (model: SiteModel) => siteIndex(model).byKind);
  add("monumentsIn", (municipality: Municipality, model: SiteModel) =>
    siteIndex(model).byMunicipality.find((group) => group.municipality.slug === municipality.slug)?.monuments ?? [],
  );
  // Long lists in pages (src/site/monument-lists.ts): the indexes, and a municipality's first page.
  add("monumentListings", (view: SiteView) => monumentListings(view, listingPageSize()));
  add("municipalityMonuments", (municipality: Municipality, view: SiteView) => municipalityMonuments(view, municipality, listingPageSize()));
  // Long route and story lists in pages (src/site/card-lists.ts): what /routes/, /verhalen/ and a municipality page show.
  add("routeListing", (view: SiteView) => cardListings(view, listingPageSize()).routes);
  add("storyListing", (view: SiteView) => cardListings(view, listingPageSize()).stories);
  add("municipalityRoutes", (municipality: Municipality, view: SiteView) => cardListings(view, listingPageSize()).routesIn.get(municipality.slug));
  add("municipalityStories", (municipality: Municipality, view: SiteView) => cardListings(view, listingPageSize()).storiesIn.get(municipality.slug));
  add("routesThrough", (municipality: Municipality, model: SiteModel) => siteIndex(model).routesByMunicipality.get(municipality.slug) ?? []);
  add("storiesAbout", (municipality: Municipality, model: SiteModel) => siteIndex(model).storiesByMunicipality.get(municipality.slug) ?? []);
  add("take", (items: unknown[] | undefined, count: number) => (items ?? []).slice(0, count));
  // The search page: which parts of the index to load for a language (src/outputs/search/parts.ts).
  add("searchBundle", (views: readonly SiteView[], lang: Lang) => searchBundleFor(searchParts(views), lang));
}

/** ` lang="nl"` when `field` of an entry (or image, or stop) is shown in the site's language on a page in another; else "". */
export function langAttr(i18n: EntryLanguage | undefined, field?: string): string {
  if (!i18n || i18n.lang === i18n.original) return "";
  const fallback = field === undefined ? i18n.untranslated : i18n.fallback[field] === true;
  return fallback ? ` lang="${i18n.original}"` : "";
}
