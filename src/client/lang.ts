// The page's language, for the browser scripts. Its own file, without the texts, so that
// pack-filter.js, which needs only the language, does not carry the maps' catalogue
// (messages.ts, which re-exports all of this).

export type MapLang = "nl" | "en" | "de" | "fr";

export const MAP_LANGS: readonly MapLang[] = ["nl", "en", "de", "fr"];

/** The language of a lang attribute ("de", "fr-BE"); anything else is the site's own, Dutch. */
export function mapLangOf(tag: string | null | undefined): MapLang {
  const lang = (tag ?? "").trim().slice(0, 2).toLowerCase();
  return (MAP_LANGS as readonly string[]).includes(lang) ? (lang as MapLang) : "nl";
}

/** The page's language, from <html lang>. Read once, by the scripts' entries (main.ts, pack-filter.ts). */
export function currentLang(): MapLang {
  return mapLangOf(typeof document === "undefined" ? undefined : document.documentElement.lang);
}
