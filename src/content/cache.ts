import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";

interface CachedEntry {
  digest: string;
  data: unknown;
  body: string;
  /** The body rendered as HTML: rendering is pure, so an unchanged file need not be rendered again. */
  html: string;
}

/**
 * Validated front matter and rendered body of unchanged files, keyed by file and
 * by a digest of its text, so a rebuild skips parsing, validating and rendering them. References between
 * files are checked again on every run. The cache is thrown away whenever the
 * code changes (`version` is a digest of the bundled program).
 */
export class ContentCache {
  private previous: Record<string, CachedEntry>;
  private current: Record<string, CachedEntry> = {};
  private changed = false;

  private constructor(
    /** Absent: kept in memory only, from one load to the next (npm start's rebuilds). */
    private readonly file: string | undefined,
    private readonly version: string,
    previous: Record<string, CachedEntry>,
  ) {
    this.previous = previous;
  }

  /**
   * A cache kept in memory by whoever holds it, for the dev server: each rebuild parses,
   * validates and renders only the files that changed since the one before.
   */
  static inMemory(): ContentCache {
    return new ContentCache(undefined, "", {});
  }

  static open(file: string, version: string): ContentCache {
    try {
      const stored = JSON.parse(readFileSync(file, "utf8")) as { version?: string; entries?: Record<string, CachedEntry> };
      if (stored.version === version && stored.entries) return new ContentCache(file, version, stored.entries);
    } catch {
      // Missing or unreadable: start empty.
    }
    return new ContentCache(file, version, {});
  }

  static digest(text: string): string {
    return createHash("sha1").update(text).digest("base64");
  }

  lookup(key: string, digest: string): { data: unknown; body: string; html: string } | undefined {
    const entry = this.previous[key];
    if (entry?.digest !== digest) return undefined;
    this.current[key] = entry;
    return entry;
  }

  store(key: string, digest: string, data: unknown, body: string, html: string): void {
    // Kept in memory, the same front matter serves every rebuild after this one: frozen, so
    // that nothing one build does to it can show in the next (copying it cost more).
    if (this.file === undefined) deepFreeze(data);
    this.current[key] = { digest, data, body, html };
    this.changed = true;
  }

  /** Writes the entries seen in this run (atomically), when anything changed or was removed. */
  save(): void {
    if (this.file === undefined) {
      // In memory: the next load sees the files of this one (a removed file is forgotten).
      this.previous = this.current;
      this.current = {};
      this.changed = false;
      return;
    }
    const removed = Object.keys(this.previous).some((key) => !(key in this.current));
    if (!this.changed && !removed) {
      // Marks it as in use: scripts/run.mjs forgets content caches untouched for a week.
      const now = new Date();
      try {
        utimesSync(this.file, now, now);
      } catch {
        // No file yet: nothing to mark.
      }
      return;
    }
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: this.version, entries: this.current }));
    renameSync(temporary, this.file);
  }
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}
