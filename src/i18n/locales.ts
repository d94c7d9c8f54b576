// The languages schachtbok has interface texts for, and the addresses of every
// page in each. Pure: the content linker, the templates, the outputs and the
// tests build URLs here, so a page and every link to it always agree.
//
// The site's own language (`language` in site.yaml) is at the root, with its own
// section names (/monumenten/c-mine/); every translation has its prefix and its
// section names (/de/denkmale/c-mine/). The last part is the file name, so an
// address never changes when a title does.

export const LANGUAGES = ["nl", "en", "de", "fr"] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language's own name, as the language switcher shows it. */
export const LANGUAGE_NAMES: Record<Lang, string> = { nl: "Nederlands", en: "English", de: "Deutsch", fr: "Français" };

/** The languages' names in English, for messages to staff. */
export const LANGUAGE_NAMES_EN: Record<Lang, string> = { nl: "Dutch", en: "English", de: "German", fr: "French" };

/**
 * For `Intl` (dates, numbers) and `og:locale`: Belgium's conventions, but British English
 * for English (CLDR's en-BE writes decimal commas, which English readers do not expect).
 */
export const LOCALES: Record<Lang, string> = { nl: "nl-BE", en: "en-GB", de: "de-BE", fr: "fr-BE" };

export type Section = "map" | "monuments" | "monumentsByKind" | "routes" | "stories" | "municipalities" | "postcards" | "packs" | "search";
export const SECTIONS: readonly Section[] = ["map", "monuments", "monumentsByKind", "routes", "stories", "municipalities", "postcards", "packs", "search"];

const SECTION_PATHS: Record<Lang, Record<Section, string>> = {
  nl: {
    map: "kaart",
    monuments: "monumenten",
    monumentsByKind: "monumenten/per-soort",
    routes: "routes",
    stories: "verhalen",
    municipalities: "gemeenten",
    postcards: "postkaarten",
    packs: "lespakketten",
    search: "zoeken",
  },
  en: {
    map: "map",
    monuments: "monuments",
    monumentsByKind: "monuments/by-kind",
    routes: "routes",
    stories: "stories",
    municipalities: "municipalities",
    postcards: "postcards",
    packs: "teaching-packs",
    search: "search",
  },
  de: {
    map: "karte",
    monuments: "denkmale",
    monumentsByKind: "denkmale/nach-art",
    routes: "routen",
    stories: "geschichten",
    municipalities: "gemeinden",
    postcards: "postkarten",
    packs: "unterrichtsmaterial",
    search: "suche",
  },
  fr: {
    map: "carte",
    monuments: "monuments",
    monumentsByKind: "monuments/par-type",
    routes: "itineraires",
    stories: "recits",
    municipalities: "communes",
    postcards: "cartes-postales",
    packs: "dossiers-pedagogiques",
    search: "recherche",
  },
};

/** The kinds of entry that have a page, and the section their pages are in. */
export type EntryKind = "monument" | "route" | "story" | "municipality" | "series" | "pack";
const ENTRY_SECTION: Record<EntryKind, Section> = {
  monument: "monuments",
  route: "routes",
  story: "stories",
  municipality: "municipalities",
  series: "postcards",
  pack: "packs",
};

/** The addresses of one language's pages. */
export interface LocalePaths {
  /** "" for the site's own language, "/de" for a translation. */
  prefix: string;
  /** The home page: "/" or "/de/". */
  home: string;
  /** The site's data files (map GeoJSON): "/data/" or "/de/data/". */
  data: string;
  sections: Record<Section, string>;
}

const pathsCache = new Map<string, LocalePaths>();

export function localePaths(lang: Lang, siteLanguage: Lang): LocalePaths {
  const key = `${lang}/${siteLanguage}`;
  let paths = pathsCache.get(key);
  if (!paths) {
    const prefix = lang === siteLanguage ? "" : `/${lang}`;
    const sections = Object.fromEntries(SECTIONS.map((section) => [section, `${prefix}/${SECTION_PATHS[lang][section]}/`])) as Record<Section, string>;
    paths = { prefix, home: `${prefix}/`, data: `${prefix}/data/`, sections };
    pathsCache.set(key, paths);
  }
  return paths;
}

/** The page of an entry: entryUrl("monument", "c-mine", "de", "nl") → "/de/denkmale/c-mine/". */
export function entryUrl(kind: EntryKind, slug: string, lang: Lang, siteLanguage: Lang): string {
  return `${localePaths(lang, siteLanguage).sections[ENTRY_SECTION[kind]]}${slug}/`;
}

/** The site's languages in switcher order: its own first, then the translations as listed. */
export function siteLanguages(config: { language: Lang; translations: readonly Lang[] }): Lang[] {
  return [config.language, ...config.translations.filter((lang) => lang !== config.language)];
}
