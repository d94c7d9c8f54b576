import { parentPort, workerData } from "node:worker_threads";
import type { PressIntent } from "../press-intent.ts";
import type { FlyerContent } from "./content.ts";
import { flyerDocuments } from "./documents.ts";

// A worker thread that makes flyers (workers.ts starts it, bundled): it gets each flyer's content,
// and sends back its files. The press intent comes once, with the worker's data, so its profile is
// compressed once per worker.

const intent = (workerData as { intent: PressIntent }).intent;

parentPort!.on("message", (message: { id: number; content: FlyerContent }) => {
  flyerDocuments(message.content, intent).then(
    ({ pdf, outside, inside, omitted }) => parentPort!.postMessage({ id: message.id, made: { pdf, outside, inside, omitted } }),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
