import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

// npm run build: Eleventy writes the pages in the background, a few at a time.
//
// Eleventy 3 writes each page with writeFileSync, so the rendering of the next page waits for
// the disk: at 4000 monuments that is 60 MB of pages, and on a busy machine over a second of
// the build. It has a setting to write them asynchronously instead
// (`configureTemplateHandling({ writeMode: "async" })`), but in 3.1 the setting never reaches
// the templates: they read it from the TemplateConfig, which does not carry it. It is set there
// directly. Left as it is, the asynchronous mode would open every page's file at once (measured:
// 4400 open files at 4000 monuments, "EMFILE: too many open files" on larger sites, Eleventy
// issue #3271), so Eleventy's writer is given a queue of its own. Both reach into Eleventy's
// internals: when they are not there as expected (another version of Eleventy), pages are
// written as Eleventy writes them by default, the same files, only not in the background.

/** At most this many pages are being written at the same time (an open file each). */
export const CONCURRENT_PAGE_WRITES = 16;

let queueInstalled: boolean | undefined;
let writing = 0;
let written = 0;
const waiting: (() => void)[] = [];

/** How many files queuedWriteFile is writing now, and has written since the process started. */
export function pageWritesUnderWay(): number {
  return writing;
}
export function pagesWrittenInBackground(): number {
  return written;
}

/**
 * Pages whose bytes are let go once written (npm run build, see releasePagesAfterWrite); null: none.
 * The build's pages are Buffers (the transform in plugin.ts), and Eleventy keeps every page's output
 * to the end of its write(): at 200,000 monuments about 3 GB held for nothing.
 */
let releasable: ((file: string) => boolean) | null = null;

/**
 * From now on, a page written through queuedWriteFile for which `release(file)` is true gives its
 * memory back once it is on disk: its Buffer is emptied (its ArrayBuffer detached), so Eleventy's
 * results then hold an empty Buffer for it. Only for pages nothing reads after writing: the build
 * keeps the pages the offline manifests read (build-site.ts). null turns it off.
 */
export function releasePagesAfterWrite(release: ((file: string) => boolean) | null): void {
  releasable = release;
}

/** Empties a Buffer that owns its memory (not a slice of Node's shared pool); true if it did. */
export function releaseBuffer(content: Buffer): boolean {
  const memory = content.buffer;
  if (!(memory instanceof ArrayBuffer) || content.byteOffset !== 0 || memory.byteLength !== content.byteLength || memory.byteLength === 0) return false;
  // Transferring detaches it here; the copy that receives it is dropped at once.
  structuredClone(memory, { transfer: [memory] });
  return true;
}

/**
 * Writes one file, with at most CONCURRENT_PAGE_WRITES under way. `release`: whether to empty the
 * page's Buffer once written (by default as releasePagesAfterWrite says).
 */
export async function queuedWriteFile(file: string, content: string | Buffer, release?: boolean): Promise<void> {
  if (writing >= CONCURRENT_PAGE_WRITES) await new Promise<void>((resolve) => waiting.push(resolve));
  writing++;
  try {
    await writeFile(file, content);
    written++;
    if (Buffer.isBuffer(content) && (release ?? (releasable !== null && releasable(file)))) releaseBuffer(content);
  } finally {
    writing--;
    waiting.shift()?.();
  }
}

/**
 * Initialises `eleventy` (a new Eleventy instance) and makes it write its pages in the background
 * through queuedWriteFile. Returns false, when this Eleventy does not have the internals it
 * relies on: it then writes as it does by default.
 */
export async function writePagesInBackground(eleventy: object): Promise<boolean> {
  // Eleventy's init() (which write() otherwise calls) makes the TemplateConfig the templates read.
  const instance = eleventy as { init?: () => Promise<unknown>; eleventyConfig?: Record<string, unknown> };
  await instance.init?.();
  const templateConfig = instance.eleventyConfig;
  if (!templateConfig || !(await installQueue())) return false;
  templateConfig.templateHandling = { writeMode: "async" };
  return true;
}

async function installQueue(): Promise<boolean> {
  if (queueInstalled !== undefined) return queueInstalled;
  queueInstalled = false;
  try {
    // Eleventy's own module instance (its package does not export it): the file next to its entry point.
    const entry = createRequire(import.meta.url).resolve("@11ty/eleventy");
    const file = path.join(path.dirname(entry), "Util", "FileSystemManager.js");
    const { FileSystemManager } = (await import(pathToFileURL(file).href)) as { FileSystemManager?: { prototype: Record<string, unknown> } };
    if (typeof FileSystemManager?.prototype.writeFile !== "function") return false;
    FileSystemManager.prototype.writeFile = queuedWriteFile;
    queueInstalled = true;
  } catch {
    // Another layout of Eleventy's files: its default, synchronous writes.
  }
  return queueInstalled;
}
