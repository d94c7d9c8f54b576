import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { writeFile, rename, mkdir, unlink } from "node:fs/promises";
import path from "node:path";
import type { SourceFacts } from "./inspect.ts";

// The image cache, in node_modules/.cache/schachtbok/images/ (ignored by git):
//
//   files/<ab>/<key>.<ext>   derived files, named by the digest of the source bytes
//                            and every setting that made them (plan.ts)
//   sources.json             what is known of each source file (digest, size in
//                            pixels, whether it decodes), by path, size and mtime,
//                            so an unchanged photo is not read again
//
// Every file is written under a temporary name and renamed: an interrupted build
// leaves no half-written file under a real name, and a parallel build sees all of
// a file or nothing.

const INDEX_VERSION = 1;

interface IndexEntry {
  size: number;
  mtimeMs: number;
  facts: SourceFacts;
}

export class ImageCache {
  private readonly index = new Map<string, IndexEntry>();
  private dirty = false;

  private constructor(readonly directory: string) {}

  static open(directory: string): ImageCache {
    const cache = new ImageCache(directory);
    try {
      const stored = JSON.parse(readFileSync(path.join(directory, "sources.json"), "utf8")) as { version: number; entries: Record<string, IndexEntry> };
      if (stored.version === INDEX_VERSION) for (const [file, entry] of Object.entries(stored.entries)) cache.index.set(file, entry);
    } catch {
      // No index yet, or an unreadable one: sources are read again.
    }
    return cache;
  }

  /** What is known of a source file, if it has not changed since (same size and modification time). */
  facts(sourcePath: string, stat: { size: number; mtimeMs: number }): SourceFacts | undefined {
    const entry = this.index.get(sourcePath);
    return entry && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs ? entry.facts : undefined;
  }

  remember(sourcePath: string, stat: { size: number; mtimeMs: number }, facts: SourceFacts): void {
    this.index.set(sourcePath, { size: stat.size, mtimeMs: stat.mtimeMs, facts });
    this.dirty = true;
  }

  /** Writes the source index (atomically); a no-op when nothing changed. */
  save(): void {
    if (!this.dirty) return;
    mkdirSync(this.directory, { recursive: true });
    const file = path.join(this.directory, "sources.json");
    const temporary = `${file}.${process.pid}.tmp`;
    const entries = Object.fromEntries([...this.index].sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(temporary, JSON.stringify({ version: INDEX_VERSION, entries }));
    renameSync(temporary, file);
    this.dirty = false;
  }

  /** Where the derived file with this key lives (whether or not it exists yet). */
  fileFor(key: string, extension: string): string {
    return path.join(this.directory, "files", key.slice(0, 2), `${key}.${extension}`);
  }

  has(key: string, extension: string): boolean {
    return existsSync(this.fileFor(key, extension));
  }

  async store(key: string, extension: string, contents: Uint8Array): Promise<string> {
    const file = this.fileFor(key, extension);
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await writeFile(temporary, contents);
      await rename(temporary, file);
    } catch (error) {
      await unlink(temporary).catch(() => {});
      throw error;
    }
    return file;
  }

  /** Removes everything (for --no-cache and tests). */
  clear(): void {
    rmSync(this.directory, { recursive: true, force: true });
    this.index.clear();
    this.dirty = false;
  }
}

/** node_modules/.cache/schachtbok/images under the project (the working directory), or under SCHACHTBOK_CACHE_DIR. */
export function defaultImageCacheDir(projectDir = process.cwd()): string {
  return path.join(process.env.SCHACHTBOK_CACHE_DIR ?? path.join(projectDir, "node_modules", ".cache", "schachtbok"), "images");
}

/** A short, stable digest of anything JSON can write. */
export function digestOf(...parts: unknown[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(typeof part === "string" ? part : (JSON.stringify(part) ?? "\u0001undefined")).update("\0");
  return hash.digest("hex");
}
