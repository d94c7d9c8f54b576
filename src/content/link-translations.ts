import type { TranslationEntry } from "./collections.ts";
import type { Municipality, SiteTranslation, SourceRef, Translation, Translations } from "./model.ts";
import { formatFieldPath, type ContentProblem } from "./problems.ts";
import type { SourceFile } from "./source-file.ts";
import { didYouMean } from "./suggest.ts";
import { isLang, LANGUAGES, type Lang } from "../i18n/locales.ts";
import type { SiteTranslationData } from "./schemas/translations.ts";

// Translations are linked to what they translate: the language must be one of the
// site's, the original must exist, and every translated field must be a field the
// original has (a translation never adds a text the site's own language lacks).
// Lists translated by position (images, a route's stops) must have the original's
// length: otherwise the order may have changed since, and they are left out, with a warning.

export interface SiteLanguages {
  language: Lang;
  translations: readonly Lang[];
}

export type TranslatedCollection = "monument" | "route" | "story";
const FOLDER: Record<TranslatedCollection, string> = { monument: "monuments", route: "routes", story: "stories" };

/** What a translation is checked against (the original's validated front matter) and attached to (the linked entry's translations). */
export interface Original {
  data?: unknown;
  translations?: Translations<Translation<object>>;
}

/** The language of a translation file, when the site has it; reports the file otherwise. */
export function translationLanguage(source: SourceFile, code: string, languages: SiteLanguages, problems: ContentProblem[], original: string): Lang | undefined {
  const declared = languages.translations;
  const report = (message: string, hint: string) => problems.push({ file: source.path, line: 1, field: "", severity: "error", message, hint });
  if (isLang(code) && declared.includes(code)) return code;
  if (code === languages.language) {
    report(`this file translates into ${code}, the language the site is written in`, `write the text in ${original} itself, and remove this file`);
  } else if (isLang(code)) {
    report(`"${code}" is not a language of this site`, `add ${code} to translations: in content/site.yaml (now: ${declared.length > 0 ? declared.join(", ") : "none"}), or rename the file`);
  } else {
    report(
      `"${code}" is not a language of this site`,
      `the site is in ${languages.language}${declared.length > 0 ? ` with translations into ${declared.join(", ")}` : ""}; schachtbok has interface texts for ${LANGUAGES.join(", ")}`,
    );
  }
  return undefined;
}

/**
 * Attaches each translation of a collection to its original (in `originals` by name), after
 * checking its language, that the original exists and that it translates only what is there.
 */
export function linkTranslations<T extends object>(
  collection: TranslatedCollection,
  entries: readonly TranslationEntry<T>[],
  originals: ReadonlyMap<string, Original>,
  /** Names of every entry of the collection, also those with errors. */
  known: readonly string[],
  languages: SiteLanguages,
  problems: ContentProblem[],
): void {
  for (const entry of entries) {
    const originalFile = entry.source.path.replace(/\.[a-z]{2}\.md$/, ".md");
    const lang = translationLanguage(entry.source, entry.lang, languages, problems, originalFile.split("/").at(-1)!);
    if (!known.includes(entry.slug)) {
      const suggestion = didYouMean(entry.slug, [...known]);
      problems.push({
        file: entry.source.path,
        line: 1,
        field: "",
        severity: "error",
        message: `there is no ${collection} "${entry.slug}" to translate`,
        hint: suggestion
          ? `did you mean "${suggestion}"? Rename the file to ${suggestion}.${entry.lang}.md`
          : `a translation is named after the file it translates, next to it in content/${FOLDER[collection]}: c-mine.${entry.lang}.md translates c-mine.md`,
      });
      continue;
    }
    const original = originals.get(entry.slug);
    if (!lang || entry.data === undefined || !original?.data || !original.translations) continue;
    const report = (path: PropertyKey[], message: string, hint: string, severity: "error" | "warning" = "error") =>
      problems.push({ file: entry.source.path, line: entry.source.lineOf(path), field: formatFieldPath(path), severity, message, hint });
    const data = { ...(entry.data as Record<string, unknown>) };
    let broken = false;
    for (const list of ["images", "stops"]) {
      const translated = data[list];
      if (!Array.isArray(translated)) continue;
      const length = asList((original.data as Record<string, unknown>)[list]).length;
      if (translated.length === length) continue;
      const noun = list === "images" ? "image" : "stop";
      const counted = (count: number) => `${count} ${noun}${count === 1 ? "" : "s"}`;
      if (translated.length > length) {
        report([list], `lists ${counted(translated.length)}, but ${originalFile} has ${counted(length)}`, `write one entry per ${noun} of ${originalFile}, in its order`);
        broken = true;
      } else {
        report(
          [list],
          `lists ${counted(translated.length)}, but ${originalFile} has ${counted(length)}: its ${list} are shown untranslated`,
          `the ${list} are translated in order, one entry each (write {} for one without a text); add the missing ones where ${originalFile} has them`,
          "warning",
        );
        delete data[list];
      }
    }
    for (const path of leafPaths(data)) {
      if (valueAt(original.data, path) !== undefined) continue;
      broken = true;
      const stop = path[0] === "stops" && path[2] === "name" ? asList((original.data as Record<string, unknown>).stops)[path[1] as number] : undefined;
      const monument = (stop as { monument?: string } | undefined)?.monument;
      if (monument) {
        report(path, `stop ${(path[1] as number) + 1} is the monument "${monument}"`, `its name comes from that monument (and its translation); remove name: here`);
      } else {
        report(path, `${originalFile} has no ${formatFieldPath(path)} to translate`, `add it to ${originalFile} first, or remove it here`);
      }
    }
    if (broken) continue;
    const source: SourceRef = { path: entry.source.path };
    original.translations[lang] = { ...(data as T), source, body: entry.source.body.trim() === "" ? "" : entry.source.body, bodyHtml: entry.source.body.trim() === "" ? "" : entry.bodyHtml() };
  }
}

/** A site translation file (content/site.de.yaml), read and validated. */
export interface SiteTranslationFile {
  lang: string;
  source: SourceFile;
  data?: SiteTranslationData;
}

/** The site's own texts per language, and each municipality's name and intro attached to it. */
export function linkSiteTranslations(
  files: readonly SiteTranslationFile[],
  municipalities: readonly Municipality[],
  languages: SiteLanguages,
  problems: ContentProblem[],
): Translations<SiteTranslation> {
  const site: Translations<SiteTranslation> = {};
  for (const file of files) {
    const lang = translationLanguage(file.source, file.lang, languages, problems, "site.yaml");
    if (!lang || !file.data) continue;
    const { municipalities: byName, ...texts } = file.data;
    let broken = false;
    for (const [name, translation] of Object.entries(byName)) {
      const municipality = municipalities.find((candidate) => candidate.name === name);
      if (!municipality) {
        const suggestion = didYouMean(name, municipalities.map((candidate) => candidate.name));
        problems.push({
          file: file.source.path,
          line: file.source.lineOf(["municipalities", name]),
          field: formatFieldPath(["municipalities", name]),
          severity: "error",
          message: `"${name}" is not a municipality of this region`,
          hint: suggestion ? `did you mean "${suggestion}"?` : `use a name as written in content/site.yaml: ${municipalities.map((candidate) => candidate.name).join(", ")}`,
        });
        broken = true;
        continue;
      }
      municipality.translations[lang] = translation;
    }
    if (!broken) site[lang] = { ...texts, source: { path: file.source.path } };
  }
  return site;
}

/** Every path to a text in a translation's data: [["title"], ["stops", 2, "note"], ...]. */
function leafPaths(value: unknown, at: PropertyKey[] = []): PropertyKey[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...at, index]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...at, key]));
  return at.length > 0 ? [at] : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment as string];
  }
  return node;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
