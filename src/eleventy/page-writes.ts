import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

// npm run build: the pages are written by a thread of their own.
//
// Eleventy 3 writes each page with writeFileSync, so the rendering of the next page waits for
// the disk: at 4000 monuments that is 60 MB of pages, and on a busy machine over a second of
// the build. It has a setting to write them asynchronously instead
// (`configureTemplateHandling({ writeMode: "async" })`), but in 3.1 the setting never reaches
// the templates: they read it from the TemplateConfig, which does not carry it. It is set there
// directly. Left as it is, the asynchronous mode would open every page's file at once (measured:
// 4400 open files at 4000 monuments, "EMFILE: too many open files" on larger sites, Eleventy
// issue #3271). And a write through fs.promises takes several turns of the main thread (open,
// write, close, each answered on it): 0.2 s of it for the 4400 pages of a 4000-monument build.
// So the pages go to a worker thread (PageWriter), which makes each folder once and writes the
// files one after the other, and answers when a page is on disk. A page's bytes move there (its
// Buffer's memory is transferred, not copied): the main thread lets go of a page once it is
// handed over, except the pages the build reads afterwards (`keep`). Eleventy's writer reaches
// into its internals: when they are not there as expected (another version of Eleventy), its
// pages are written as it writes them by default, the same files, only not in the background.

/** The worker's code: each folder made once, the files written one after the other. */
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const fs = require("node:fs");
const path = require("node:path");
const folders = new Set();
parentPort.on("message", ({ id, file, content }) => {
  try {
    const folder = path.dirname(file);
    if (!folders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    fs.writeFileSync(file, content);
    parentPort.postMessage({ id });
  } catch (error) {
    parentPort.postMessage({ id, message: error.message, code: error.code });
  }
});
`;

let written = 0;
/** The writer Eleventy's pages go to (one build at a time in a process); null: Eleventy's own writes. */
// eslint-disable-next-line prefer-const
let active: PageWriter | null = null;

/** How many pages PageWriters have written since the process started. */
export function pagesWrittenInBackground(): number {
  return written;
}

/** Pages handed to a worker thread to write; one per build. */
export class PageWriter {
  #worker: Worker;
  #next = 0;
  #pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  #keep: (file: string) => boolean;
  #closed = false;

  /** `keep(file)` (absolute paths): the pages the build reads after writing them, whose bytes are copied to the thread, not moved. */
  constructor(keep: (file: string) => boolean = () => false) {
    this.#keep = keep;
    this.#worker = new Worker(WORKER_SOURCE, { eval: true });
    this.#worker.on("message", ({ id, message, code }: { id: number; message?: string; code?: string }) => {
      const pending = this.#pending.get(id);
      if (!pending) return;
      this.#pending.delete(id);
      if (message === undefined) {
        written++;
        pending.resolve();
      } else {
        pending.reject(Object.assign(new Error(message), { code }));
      }
    });
    this.#worker.on("error", (error) => this.#failAll(error));
    this.#worker.on("exit", () => this.#failAll(new Error("the thread writing the pages stopped")));
  }

  /**
   * Writes `content` to `file`, its folder made first; resolves once it is on disk. A Buffer that
   * owns its memory is emptied here (its memory moved to the thread) unless keep(file) is true.
   */
  write(file: string, content: string | Uint8Array): Promise<void> {
    if (this.#closed) return Promise.reject(new Error(`the pages are no longer being written (${file})`));
    const absolute = path.resolve(file);
    const id = this.#next++;
    const done = new Promise<void>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    const transfer = typeof content !== "string" && ownsMemory(content) && !this.#keep(absolute) ? [content.buffer as ArrayBuffer] : [];
    this.#worker.postMessage({ id, file: absolute, content }, transfer);
    return done;
  }

  /** How many pages are handed over and not yet on disk. */
  get pending(): number {
    return this.#pending.size;
  }

  /** Waits for every page handed over (their failures are write()'s to report), then stops the thread. */
  async close(): Promise<void> {
    this.#closed = true;
    if (active === this) active = null;
    while (this.#pending.size) await new Promise((resolve) => setTimeout(resolve, 2));
    await this.#worker.terminate();
  }

  #failAll(error: Error): void {
    for (const { reject } of this.#pending.values()) reject(error);
    this.#pending.clear();
  }
}

/** Whether a Buffer owns all of its memory (not a slice of Node's shared pool, not empty). */
function ownsMemory(content: Uint8Array): boolean {
  const memory = content.buffer;
  return memory instanceof ArrayBuffer && content.byteOffset === 0 && memory.byteLength === content.byteLength && memory.byteLength > 0;
}

let installed: boolean | undefined;

/**
 * Initialises `eleventy` (a new Eleventy instance) and makes it hand its pages to `writer` until the
 * writer is closed. Returns false when this Eleventy does not have the internals it relies on: it
 * then writes as it does by default.
 */
export async function writePagesInBackground(eleventy: object, writer: PageWriter): Promise<boolean> {
  // Eleventy's init() (which write() otherwise calls) makes the TemplateConfig the templates read.
  const instance = eleventy as { init?: () => Promise<unknown>; eleventyConfig?: Record<string, unknown> };
  await instance.init?.();
  const templateConfig = instance.eleventyConfig;
  if (!templateConfig || !(await installWriter())) return false;
  templateConfig.templateHandling = { writeMode: "async" };
  active = writer;
  return true;
}

async function installWriter(): Promise<boolean> {
  if (installed !== undefined) return installed;
  installed = false;
  try {
    // Eleventy's own module instance (its package does not export it): the file next to its entry point.
    const entry = createRequire(import.meta.url).resolve("@11ty/eleventy");
    const file = path.join(path.dirname(entry), "Util", "FileSystemManager.js");
    const { FileSystemManager } = (await import(pathToFileURL(file).href)) as { FileSystemManager?: { prototype: Record<string, unknown> } };
    const prototype = FileSystemManager?.prototype;
    if (typeof prototype?.writeFile !== "function" || typeof prototype.createDirectoryForFile !== "function") return false;
    const makeFolder = prototype.createDirectoryForFile as (file: string) => Promise<unknown>;
    // The writer's thread makes the folders; without a writer (another Eleventy in this process), Eleventy does.
    prototype.createDirectoryForFile = function (this: unknown, file: string) {
      return active ? Promise.resolve() : makeFolder.call(this, file);
    };
    prototype.writeFile = (file: string, content: string | Buffer) => (active ? active.write(file, content) : writeFile(file, content));
    installed = true;
  } catch {
    // Another layout of Eleventy's files: its default, synchronous writes.
  }
  return installed;
}
