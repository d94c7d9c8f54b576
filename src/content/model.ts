import type { Position } from "../geo/gpx.ts";
import type { ClassroomImage, ImageRendition, PrintMaster } from "../images/rendition.ts";
import type { DuplexFlip, PlaqueFormat, PrintSettings, SheetName } from "../print/formats.ts";
import type { Location, ImageSource } from "./schemas/common.ts";
import type { MonumentData, MonumentKind } from "./schemas/monument.ts";
import type { RouteMode, StopData } from "./schemas/route.ts";
import type { StoryData, StoryKind } from "./schemas/story.ts";
import type { SiteConfigData } from "./schemas/site.ts";
import type { PackLevel, Subject } from "./schemas/pack.ts";
import type { Lang } from "../i18n/locales.ts";
import type { MonumentTranslationData, RouteTranslationData, SiteTranslationData, StoryTranslationData } from "./schemas/translations.ts";

// The validated model: what every output (pages, GeoJSON, GPX, PDFs) reads.
// Nothing downstream re-reads Markdown or re-validates.

/** Where an entry came from, for error messages and edit links. */
export interface SourceRef {
  /** Path relative to the project root (the working directory), with forward slashes. */
  path: string;
}

export interface Image extends ImageSource {
  /** Absolute path of the source file on disk. */
  sourcePath: string;
  /** Site URL of the source file as written (the pages show the derived files of `rendition`). */
  url: string;
  /**
   * Where the image is declared, for problems found in the file itself (damaged, too
   * small to print). A function: finding the line parses the YAML again, which only
   * a problem is worth.
   */
  declaredAt(): { file: string; line: number; field: string };
  /** The derived files, once the image pipeline (src/images/) has made them. */
  rendition?: ImageRendition;
  /** In a translated view: which of alt and caption are still in the site's language. */
  i18n?: EntryLanguage;
}

export interface Municipality {
  slug: string;
  name: string;
  intro: string;
  url: string;
  /** Name and intro in other languages (content/site.<lang>.yaml). */
  translations: Translations<{ name?: string; intro?: string }>;
  i18n: EntryLanguage;
}

/** A translation file's fields, with its body and where it is. */
export type Translation<T> = T & {
  source: SourceRef;
  /** The translated Markdown body; "" when the body is not translated. */
  body: string;
  bodyHtml: string;
};

export type Translations<T> = Partial<Record<Lang, T>>;

/**
 * The language of an entry as a page shows it. The linked model is in the site's own
 * language; src/i18n/localize.ts makes a view of it per translation, in which every
 * field not translated keeps the site's language and is listed in `fallback`, so the
 * page can mark it (lang="nl") and say so.
 */
export interface EntryLanguage {
  lang: Lang;
  /** The language the entry is written in (the site's own, or a series' or pack's language). */
  original: Lang;
  /** Fields shown in the site's own language, e.g. { body: true, summary: true }. */
  fallback: Record<string, true>;
  /** True when nothing of the entry is in `lang` (only the site's own language). */
  untranslated: boolean;
}

export interface Monument extends Omit<MonumentData, "images" | "stories" | "municipality"> {
  slug: string;
  url: string;
  source: SourceRef;
  municipality: Municipality;
  images: Image[];
  /** Stories linked from either side (the monument's `stories` or the story's `monuments`), by date. */
  stories: Story[];
  /** Routes that stop here. */
  routes: Route[];
  /** The Markdown description (front matter removed). */
  body: string;
  /** The same, as safe HTML for pages (src/markdown/render.ts). */
  bodyHtml: string;
  translations: Translations<Translation<MonumentTranslationData>>;
  i18n: EntryLanguage;
}

export type Stop =
  | { type: "monument"; monument: Monument; name: string; location: Location; note?: string; i18n?: EntryLanguage }
  | { type: "waypoint"; name: string; location: Location; note?: string; i18n?: EntryLanguage };

export interface Leg {
  from: Stop;
  to: Stop;
  distanceKm: number;
}

export interface Route {
  slug: string;
  url: string;
  source: SourceRef;
  title: string;
  mode: RouteMode;
  summary: string;
  start: string;
  finish: string;
  stops: Stop[];
  legs: Leg[];
  /** The lines to draw ([lng, lat(, ele)]): the GPX track's segments, or one straight line through the stops. */
  path: Position[][];
  /** Total length in km: along the track, or great-circle between consecutive stops without one. */
  distanceKm: number;
  distanceMethod: "straight-lines" | "track";
  durationMinutes: number;
  /** Climb and descent along the track, when it has elevations. */
  elevation?: { gainM: number; lossM: number };
  /** The GPX file the track came from. */
  track?: { sourcePath: string; url: string };
  /** Site URLs of the route as GPX and as GeoJSON. */
  downloads: { gpx: string; geojson: string };
  accessibility?: string;
  municipalities: Municipality[];
  body: string;
  bodyHtml: string;
  translations: Translations<Translation<RouteTranslationData>>;
  i18n: EntryLanguage;
}

export interface Story extends Omit<StoryData, "images" | "monuments" | "audio"> {
  slug: string;
  url: string;
  source: SourceRef;
  kind: StoryKind;
  images: Image[];
  monuments: Monument[];
  audio?: { sourcePath: string; url: string; transcript: string };
  body: string;
  bodyHtml: string;
  translations: Translations<Translation<StoryTranslationData>>;
  i18n: EntryLanguage;
}

export interface SiteConfig extends Omit<SiteConfigData, "municipalities" | "featuredRoutes"> {}

/** The site's own texts in another language (content/site.<lang>.yaml), without the municipalities. */
export type SiteTranslation = Omit<SiteTranslationData, "municipalities"> & { source: SourceRef };

/** One card of a postcard series: the monument's first image on the front, its postcard text on the back. */
export interface PostcardCard {
  /** 1-based position in the series ("3/8"). */
  number: number;
  monument: Monument;
  title: string;
  text: string;
  /** Where the text is written (the monument's postcard block, or this card in the series file), for messages. */
  textSource: { file: string; path: PropertyKey[] };
  image: Image;
  /** The monument as the card prints it, in the series' language: its name, municipality and the page its QR code opens. */
  about: { title: string; municipality: string; url: string };
  /** The front's print master for this series' card size (set by the image pipeline). */
  master?: PrintMaster;
}

/** A series' logo, on the front of every card. */
export interface SeriesLogo {
  sourcePath: string;
  url: string;
  /** The logo as drawn on the cards (set by the postcard writer): its file, width over height, and resolution. */
  print?: { file: string; aspect: number; dpi: number };
}

/** A print shop's press profile named by a series (an ICC output profile for CMYK, checked when loading). */
export interface SeriesProfile {
  sourcePath: string;
  /** The profile's own description ("PSO Coated v3"), or its file name when it has none. */
  description: string;
  /** The digest of its bytes: print masters separated with it are cached under it. */
  digest: string;
}

export interface PostcardSeries {
  slug: string;
  url: string;
  source: SourceRef;
  /** The language of the cards (texts, labels, QR codes); the series' own texts are written in it. */
  language: Lang;
  i18n: EntryLanguage;
  title: string;
  year: number;
  theme?: string;
  print: PrintSettings;
  safeMm: number;
  sheet: { size: SheetName; marginMm: number; gutterMm: number; duplex: DuplexFlip };
  colour: "rgb" | "cmyk";
  /** QR info plaques for the cards' monuments, in this size (src/outputs/postcards/plaques.ts). */
  plaques?: PlaqueFormat;
  /** The print shop's press profile; without it, a CMYK series uses sharp's built-in CMYK profile. */
  profile?: SeriesProfile;
  /** The monument's name in a band along the front's bottom. */
  band: boolean;
  logo?: SeriesLogo;
  colophon?: string;
  cards: PostcardCard[];
  body: string;
  bodyHtml: string;
}

/** A question on a worksheet, with what the teacher's key says. */
export type Question =
  | { kind: "open"; question: string; answer: string; lines: number; note?: string }
  | { kind: "choice"; question: string; options: string[]; answer: string; note?: string }
  | { kind: "find"; question: string; options: string[]; answers: string[]; note?: string }
  | { kind: "draw"; question: string; answer: string; note?: string };

/** One worksheet of a pack: a stop of its route, or one of its monuments. */
export interface PackStop {
  /** The stop's number on the route (and on the printed map), or its place in the pack without a route. */
  number: number;
  monument: Monument;
  /** What pupils read: the pack's own text for this stop, or the monument's summary. */
  text: string;
  questions: Question[];
  /** For the teacher's key. */
  note?: string;
  image?: Image;
  classroom?: ClassroomImage;
}

/** A story printed in the booklet as something to read, with its first picture. */
export interface PackStory {
  story: Story;
  image?: Image;
  classroom?: ClassroomImage;
}

export interface Pack {
  slug: string;
  url: string;
  source: SourceRef;
  title: string;
  summary: string;
  level: PackLevel;
  grades: number[];
  subjects: Subject[];
  durationMinutes: number;
  route?: Route;
  /** The monuments of the worksheets, then any others the pack names, without repeats. */
  monuments: Monument[];
  stories: PackStory[];
  goals: string[];
  prepare: string[];
  /** In route order when the pack follows a route. */
  stops: PackStop[];
  /** Sorted by term. */
  glossary: { term: string; definition: string }[];
  sources: { title: string; url?: string }[];
  body: string;
  bodyHtml: string;
  /** The language of the labels its PDFs and LICENTIES.txt add (`language:`, default the site's); its content is as staff wrote it. */
  language: Lang;
  /** Each worksheet on a page of its own, rather than following on. */
  newPagePerStop: boolean;
  i18n: EntryLanguage;
}

export interface SiteModel {
  config: SiteConfig;
  /** The site's texts in the other languages (content/site.<lang>.yaml). */
  siteTranslations: Translations<SiteTranslation>;
  municipalities: Municipality[];
  /** Sorted by title (Dutch collation). */
  monuments: Monument[];
  routes: Route[];
  featuredRoutes: Route[];
  /** Newest first. */
  stories: Story[];
  /** Newest year first. */
  series: PostcardSeries[];
  /** By level (kleuter, lager, secundair), grade, then title. */
  packs: Pack[];
  /** The print shop's press profile for the whole site (site.yaml, print.profile): CMYK series without their own, route flyers. */
  pressProfile?: SeriesProfile;
}

export type { ClassroomImage, MonumentKind, RouteMode, StoryKind, StopData, Location };
