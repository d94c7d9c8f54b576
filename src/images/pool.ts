import { availableParallelism } from "node:os";

/**
 * Runs `work` for every item, `limit` at a time (by default one per core: sharp's
 * work runs on libuv's thread pool, so this keeps both cores of the build busy).
 * Rejects with the first error once the running items have settled.
 */
export async function forEachLimited<T>(items: readonly T[], work: (item: T) => Promise<void>, limit = availableParallelism()): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
}
