import { LOCALES, type Lang } from "./locales.ts";

// Dates, distances, durations and coordinates as a visitor reads them in their language.
// Pure, and shared by the pages, the map script and the PDFs. Numbers and month names come
// from Intl (the locales of src/i18n/locales.ts); the units are written the way each
// language abbreviates them.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const YEAR_SPAN = /^(\d{4})\s*[-–]\s*(\d{4})$/;

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(lang: Lang, withDay: boolean): Intl.DateTimeFormat {
  const key = `d${lang}${withDay}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { ...(withDay ? { day: "numeric" } : {}), month: "long", year: "numeric", timeZone: "UTC" });
    cache.set(key, format);
  }
  return format;
}
function numberFormat(lang: Lang, fractionDigits: number): Intl.NumberFormat {
  const key = `n${lang}${fractionDigits}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
    cache.set(key, format);
  }
  return format;
}

/**
 * A partial date in words: "1901-08-02" → "2 augustus 1901" (nl), "2 August 1901" (en),
 * "2. August 1901" (de), "2 août 1901" (fr); "1988-03" → "maart 1988"; "1914" → "1914";
 * a span "1939-1943" → "1939–1943". Anything else is returned unchanged.
 */
export function formatPartialDateIn(lang: Lang, value: string | number): string {
  // Pages show the same dates many times (every card of a story): Intl is slow enough to remember them.
  const key = `${lang}\0${value}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) formattedDates.set(key, (formatted = formatDate(lang, String(value).trim())));
  return formatted;
}

const formattedDates = new Map<string, string>();

function formatDate(lang: Lang, text: string): string {
  const span = YEAR_SPAN.exec(text);
  if (span) return `${span[1]}–${span[2]}`;
  const match = PARTIAL_DATE.exec(text);
  if (!match) return text;
  const [, year, month, day] = match;
  if (month === undefined) return year!;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return text;
  const date = new Date(Date.UTC(Number(year), monthNumber - 1, day === undefined ? 1 : Number(day)));
  // Years before 1000 never occur here; Date.UTC maps 0-99 to 1900-1999, so guard anyway.
  date.setUTCFullYear(Number(year));
  return dateFormat(lang, day !== undefined).format(date);
}

/** A distance for people on foot or on a bike: "12,4 km" ("12.4 km" in English); below 1 km in metres rounded to 10 m: "850 m". */
export function formatDistanceIn(lang: Lang, km: number): string {
  const metres = Math.round((km * 1000) / 10) * 10;
  if (metres < 1000) return `${numberFormat(lang, 0).format(Math.max(0, metres))} m`;
  return `${numberFormat(lang, 1).format(km)} km`;
}

/** Metres as a whole number: "1.208 m", "1,208 m", "1 208 m". */
export function formatMetresIn(lang: Lang, metres: number): string {
  return `${numberFormat(lang, 0).format(Math.round(metres))} m`;
}

const HOURS: Record<Lang, { hours: string; minutes: string }> = {
  nl: { hours: "u", minutes: "min" },
  en: { hours: "h", minutes: "min" },
  de: { hours: "Std.", minutes: "Min." },
  fr: { hours: "h", minutes: "min" },
};

/** A duration rounded to 5 minutes: "45 min", "2 u 15 min" (nl), "2 h 15 min" (en, fr), "2 Std. 15 Min." (de). Never less than 5 min. */
export function formatDurationIn(lang: Lang, minutes: number): string {
  const rounded = Math.max(5, Math.round(minutes / 5) * 5);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  const unit = HOURS[lang];
  if (hours === 0) return `${rest} ${unit.minutes}`;
  return rest === 0 ? `${hours} ${unit.hours}` : `${hours} ${unit.hours} ${rest} ${unit.minutes}`;
}

/** The letters of the compass after a latitude and a longitude: north, south, east, west. */
const COMPASS: Record<Lang, { n: string; s: string; e: string; w: string }> = {
  nl: { n: "NB", s: "ZB", e: "OL", w: "WL" },
  en: { n: "N", s: "S", e: "E", w: "W" },
  de: { n: "N", s: "S", e: "O", w: "W" },
  fr: { n: "N", s: "S", e: "E", w: "O" },
};

/** Coordinates as the language writes them: "51,01278° NB, 5,57972° OL" (nl), "51.01278° N, 5.57972° E" (en). */
export function formatCoordinatesIn(lang: Lang, location: { lat: number; lng: number }): string {
  const degrees = numberFormat(lang, 5);
  const compass = COMPASS[lang];
  const lat = `${degrees.format(Math.abs(location.lat))}° ${location.lat < 0 ? compass.s : compass.n}`;
  const lng = `${degrees.format(Math.abs(location.lng))}° ${location.lng < 0 ? compass.w : compass.e}`;
  return `${lat}, ${lng}`;
}
