import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { cachedBundle } from "../bundle-cache.ts";
import type { PressIntent } from "../press-intent.ts";
import type { FlyerContent } from "./content.ts";
import { flyerDocuments, type FlyerMade } from "./documents.ts";

// Flyers are made on every core: a first build of a region with 500 routes makes 500 of them, about
// 40 ms each, nearly all of it pdfkit setting text. The build's own thread makes them too, beside
// worker threads (worker.ts) that run a bundle of the flyer code (made once with esbuild, like the
// browser scripts: it runs the same on plain Node, under tsx and in the tests).

/** Fewer flyers than this are made on the build's thread alone: starting a worker costs about 0.2 s. */
const MIN_FOR_WORKERS = 8;

type Maker = (content: FlyerContent) => Promise<FlyerMade>;

/**
 * Makes `contents` on this thread and on worker threads (one per core but this one, at most three;
 * `workers` sets another number), and hands each flyer to `done` as it is ready. Returns how many
 * the workers made.
 */
export async function makeFlyers(
  contents: readonly FlyerContent[],
  intent: PressIntent,
  projectDir: string,
  done: (index: number, made: FlyerMade) => Promise<void>,
  options: { workers?: number } = {},
): Promise<{ byWorkers: number }> {
  const count = options.workers ?? (contents.length >= MIN_FOR_WORKERS ? Math.min(availableParallelism() - 1, 3) : 0);
  const workers = startWorkers(projectDir, intent, count);
  let byWorkers = 0;
  // The build's thread lets the workers' answers in between two flyers: making one never waits on
  // anything but itself, so without the pause the workers would get their second flyer at the end.
  const here: Maker = async (content) => {
    await new Promise((resolve) => setImmediate(resolve));
    return flyerDocuments(content, intent);
  };
  // Two flyers at a time to each worker: it has the next one at hand while the build's thread, busy
  // with its own, has not yet read the answer.
  const counted = (make: Maker): Maker => async (content) => {
    const made = await make(content);
    byWorkers++;
    return made;
  };
  const makers: Maker[] = [here, ...workers.flatMap((worker) => [counted(worker.make), counted(worker.make)])];
  let next = 0;
  try {
    await Promise.all(
      makers.map(async (make) => {
        while (next < contents.length) {
          const index = next++;
          await done(index, await make(contents[index]!));
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }
  return { byWorkers };
}

interface FlyerWorker {
  make: Maker;
  close(): Promise<number>;
}

function startWorkers(projectDir: string, intent: PressIntent, count: number): FlyerWorker[] {
  if (count < 1) return [];
  let file: string;
  try {
    file = workerFile(projectDir);
  } catch {
    // No sources to bundle (a packaged copy of the program): the build's thread makes them all.
    return [];
  }
  return Array.from({ length: count }, () => {
    const worker = new Worker(pathToFileURL(file), { workerData: { intent } });
    const waiting = new Map<number, { resolve: (made: FlyerMade) => void; reject: (error: Error) => void }>();
    let id = 0;
    worker.on("message", (message: { id: number; made?: FlyerMade; error?: string }) => {
      const job = waiting.get(message.id)!;
      waiting.delete(message.id);
      if (message.error || !message.made) return job.reject(new Error(`a route flyer could not be made: ${message.error}`));
      // Buffers arrive as plain Uint8Arrays.
      const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      job.resolve({ ...message.made, pdf: buffer(message.made.pdf), outside: buffer(message.made.outside), inside: buffer(message.made.inside) });
    });
    worker.on("error", (error) => {
      for (const job of waiting.values()) job.reject(error);
      waiting.clear();
    });
    return {
      make: (content) =>
        new Promise<FlyerMade>((resolve, reject) => {
          waiting.set(++id, { resolve, reject });
          worker.postMessage({ id, content });
        }),
      close: () => worker.terminate(),
    };
  });
}

/** The worker's bundle, as a file named by its digest (node_modules/.cache/schachtbok/bundles/), made when missing. */
function workerFile(projectDir: string): string {
  const entry = path.join(projectDir, "src", "outputs", "flyers", "worker.ts");
  if (!existsSync(entry)) throw new Error(`${entry} is missing`);
  const code = cachedBundle(projectDir, "flyer-worker", {
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: ["node20"],
    packages: "external",
    logLevel: "silent",
  });
  const folder = path.join(projectDir, "node_modules", ".cache", "schachtbok", "bundles");
  const file = path.join(folder, `flyer-worker-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, file);
  }
  return file;
}
