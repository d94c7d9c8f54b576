import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { ContentProblem } from "./problems.ts";
import { SLUG_PATTERN } from "./schemas/common.ts";
import { ContentCache } from "./cache.ts";
import { cachedMarkdownFile, parseMarkdownFile, type SourceFile } from "./source-file.ts";
import { validate } from "./validate.ts";
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
): Promise<Entry<z.output<S>>[]> {
  const directory = path.join(contentDir, folder);
  const files = listMarkdownFiles(directory);
  const entries: Entry<z.output<S>>[] = [];
  const bySlug = new Map<string, SourceFile>();
  for (const absolutePath of files) {
    // Synchronous reads: thousands of small files are read faster without a promise each.
    const text = readFileSync(absolutePath, "utf8");
    const digest = cache && ContentCache.digest(text);
    const cached = digest && cache.lookup(absolutePath, digest);
    const source = cached
      ? cachedMarkdownFile(displayPath(absolutePath), absolutePath, text, cached.data, cached.body)
      : parseMarkdownFile(displayPath(absolutePath), absolutePath, text);
    problems.push(...source.problems);
    const slug = path.basename(source.absolutePath, path.extname(source.absolutePath));
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

function listMarkdownFiles(directory: string): string[] {
  let names: string[];
  try {
    // Sync: Node 20's recursive fs.promises.readdir is several times slower.
    names = readdirSync(directory, { recursive: true, encoding: "utf8" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
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
