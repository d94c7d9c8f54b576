import { readdirSync, readFileSync } from "node:fs";

// The memory a command takes with everything it starts (Pagefind's indexer, esbuild), sampled
// from /proc: /usr/bin/time only reports the largest single process. Linux only; elsewhere the
// sampler reports nothing.

/** Resident memory in bytes of `root` and all its descendants, now (0 when /proc is not there). */
export function treeResidentBytes(root: number): number {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const resident = new Map<number, number>();
  for (const name of entries) {
    try {
      // The process's name (field 2) may hold spaces and parentheses: the fields after its last ")".
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(name);
      const parent = Number(fields[1]);
      const pages = Number(fields[21]);
      resident.set(pid, pages * 4096);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
    } catch {
      // Gone between the listing and the read.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += resident.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples `root`'s tree every `intervalMs`; stop() returns the highest total seen. */
export function sampleTreeMemory(root: number, intervalMs = 500): { stop(): number } {
  let peak = treeResidentBytes(root);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeResidentBytes(root));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
