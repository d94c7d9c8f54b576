import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { ContentProblem } from "./problems.ts";
import { SLUG_PATTERN } from "./schemas/common.ts";
import { ContentCache } from "./cache.ts";
import { cachedMarkdownFile, parseMarkdownFile, type SourceFile } from "./source-file.ts";
import { allowedKeys, validate } from "./validate.ts";
import { formatFieldPath } from "./problems.ts";
import { renderMarkdown } from "../markdown/render.ts";

/** An entry of a collection, before references are resolved. */
export interface Entry<T> {
  slug: string;
  source: SourceFile;
  /** The validated data; undefined when the file has errors (its references are still checked). */
  data?: T;
  /** The body as HTML (src/markdown/render.ts), kept in the content cache with the front matter. */
  bodyHtml: () => string;
}

/**
 * A translation of an entry: a sibling file named after it with a language code
 * (c-mine.de.md translates c-mine.md), holding only the translatable fields.
 */
export interface TranslationEntry<T> {
  /** The name of the entry it translates. */
  slug: string;
  /** The language code as written in the file name; checked against the site's languages when linking. */
  lang: string;
  source: SourceFile;
  /** The validated fields; undefined when the file has errors. */
  data?: T;
  bodyHtml: () => string;
}

/** How a collection's translations are read: their schema, and the original's (for fields that are not translated). */
export interface TranslationReading<T> {
  schema: z.ZodType<T>;
  original: z.ZodType;
  /** Read translations are appended here. */
  into: TranslationEntry<T>[];
}

/** Files as a save in the editor would leave them (src/cms/check.ts): absolute path → text, read instead of the disk. */
export type ContentOverlay = ReadonlyMap<string, string>;

/** "c-mine.de" → ["c-mine", "de"]: a file name ending in a dot and two letters is a translation. */
export const TRANSLATION_NAME = /^(.+)\.([a-z]{2})$/;

/** Path relative to the working directory with forward slashes, as shown in messages. */
export function displayPath(absolutePath: string): string {
  return path.relative(process.cwd(), absolutePath).split(path.sep).join("/");
}

/**
 * Reads every Markdown file under `content/<folder>` (subfolders included, files
 * starting with "_" or "." are drafts and skipped), validates each against the
 * schema and checks that names are usable and unique. Problems are appended.
 */
export async function readCollection<S extends z.ZodType>(
  contentDir: string,
  folder: string,
  schema: S,
  problems: ContentProblem[],
  cache?: ContentCache,
  translations?: TranslationReading<unknown>,
  overlay?: ContentOverlay,
): Promise<Entry<z.output<S>>[]> {
  const directory = path.join(contentDir, folder);
  const files = listMarkdownFiles(directory, overlay);
  const entries: Entry<z.output<S>>[] = [];
  const bySlug = new Map<string, SourceFile>();
  for (const absolutePath of files) {
    // Synchronous reads: thousands of small files are read faster without a promise each.
    const text = overlay?.get(absolutePath) ?? readFileSync(absolutePath, "utf8");
    const digest = cache && ContentCache.digest(text);
    const cached = digest && cache.lookup(absolutePath, digest);
    const source = cached
      ? cachedMarkdownFile(displayPath(absolutePath), absolutePath, text, cached.data, cached.body)
      : parseMarkdownFile(displayPath(absolutePath), absolutePath, text);
    problems.push(...source.problems);
    const slug = path.basename(source.absolutePath, path.extname(source.absolutePath));
    const translated = translations && TRANSLATION_NAME.exec(slug);
    if (translated) {
      readTranslation(source, translated[1]!, translated[2]!, translations, problems, cached, digest, cache);
      continue;
    }
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({
        file: source.path,
        line: 1,
        field: "",
        severity: "error",
        message: `the file name "${slug}" cannot be used as a page address`,
        hint: `rename the file to ${slugify(slug)}.md (lowercase letters, digits and hyphens)`,
      });
    }
    const earlier = bySlug.get(slug);
    if (earlier) {
      problems.push({
        file: source.path,
        line: 1,
        field: "",
        severity: "error",
        message: `the name "${slug}" is already used by ${earlier.path}`,
        hint: "two pages cannot have the same address; rename one of the files",
      });
      continue;
    }
    bySlug.set(slug, source);
    let html = cached ? cached.html : undefined;
    const bodyHtml = () => (html ??= renderMarkdown(source.body));
    if (source.data === undefined) {
      entries.push({ slug, source, bodyHtml });
      continue;
    }
    if (cached) {
      entries.push({ slug, source, data: cached.data as z.output<S>, bodyHtml });
      continue;
    }
    const { value, problems: found } = validate(schema, source);
    problems.push(...found);
    if (value !== undefined && digest) cache.store(absolutePath, digest, value, source.body, bodyHtml());
    entries.push({ slug, source, data: value, bodyHtml });
  }
  return entries;
}

function readTranslation(
  source: SourceFile,
  slug: string,
  lang: string,
  reading: TranslationReading<unknown>,
  problems: ContentProblem[],
  cached: { data: unknown; html: string } | undefined | "" | false,
  digest: string | undefined,
  cache: ContentCache | undefined,
): void {
  let html = cached ? cached.html : undefined;
  const bodyHtml = () => (html ??= renderMarkdown(source.body));
  const entry: TranslationEntry<unknown> = { slug, lang, source, bodyHtml };
  reading.into.push(entry);
  if (source.data === undefined) return;
  if (cached) {
    entry.data = cached.data;
    return;
  }
  const { value, problems: found } = validateTranslation(source, reading);
  problems.push(...found);
  entry.data = value;
  if (value !== undefined && found.length === 0 && digest && cache) cache.store(source.absolutePath, digest, value, source.body, bodyHtml());
}

/** Validates a translation against its schema; a field that is never translated (a position, a date, an image file) is reported as such. */
export function validateTranslation<T>(source: SourceFile, reading: Pick<TranslationReading<T>, "schema" | "original">, originalName?: string): { value?: T; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const { value, problems: invalid } = validate(reading.schema, withoutUntranslatable(source, reading, problems, originalName));
  return { value, problems: [...problems, ...invalid] };
}

/**
 * A translation's data without the fields that are not translated, each reported with
 * what to do: they always come from the original.
 */
function withoutUntranslatable(source: SourceFile, reading: Pick<TranslationReading<unknown>, "schema" | "original">, problems: ContentProblem[], originalName?: string): SourceFile {
  const original = originalName ?? source.path.replace(/\.[a-z]{2}\.md$/, ".md");
  const strip = (value: unknown, at: PropertyKey[]): unknown => {
    if (Array.isArray(value)) return value.map((item, index) => strip(item, [...at, index]));
    if (value === null || typeof value !== "object") return value;
    const translatable = allowedKeys(reading.schema, at);
    const known = allowedKeys(reading.original, at);
    const kept: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (!translatable.includes(key) && known.includes(key)) {
        problems.push({
          file: source.path,
          line: source.lineOf([...at, key]),
          field: formatFieldPath([...at, key]),
          severity: "error",
          message: "is not translated",
          hint: `it is the same in every language and comes from ${original}; remove it here. Translated here: ${[...translatable, ...(at.length === 0 && !original.endsWith(".yaml") ? ["the text"] : [])].join(", ")}`,
        });
      } else {
        kept[key] = strip(item, [...at, key]);
      }
    }
    return kept;
  };
  return { ...source, data: strip(source.data, []) };
}

function listMarkdownFiles(directory: string, overlay?: ContentOverlay): string[] {
  let names: string[];
  try {
    // Sync: Node 20's recursive fs.promises.readdir is several times slower.
    names = readdirSync(directory, { recursive: true, encoding: "utf8" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    names = [];
  }
  for (const file of overlay?.keys() ?? []) {
    const relative = path.relative(directory, file);
    if (!relative.startsWith("..") && !path.isAbsolute(relative) && !names.includes(relative)) names.push(relative);
  }
  return names
    .filter((name) => name.endsWith(".md") && path.basename(name).toLowerCase() !== "readme.md")
    .filter((name) => !name.split(path.sep).some((part) => part.startsWith("_") || part.startsWith(".")))
    .map((name) => path.join(directory, name))
    .sort();
}

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
