import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { treeResidentBytes } from "../../scripts/process-memory.ts";
import { until } from "../helpers/polling.ts";

// npm run bench:scale reports a build's memory with everything it starts (Pagefind's indexer runs
// as a process of its own): the sum over the process tree, read from /proc.
describe.runIf(process.platform === "linux")("treeResidentBytes", () => {
  it("counts a child process's memory with its parent's", async () => {
    const alone = treeResidentBytes(process.pid);
    expect(alone).toBeGreaterThan(10 * 1024 * 1024);
    // A child that fills 300 MB (filled, so the pages are resident) and waits.
    const child = spawn(process.execPath, ["-e", "const b = Buffer.alloc(300 * 1024 * 1024, 1); console.log('ready'); setTimeout(() => b, 60000)"]);
    try {
      let ready = false;
      child.stdout.on("data", () => (ready = true));
      await until("the child to fill its memory", () => (ready ? true : undefined), { timeoutMs: 20_000, intervalMs: 50 });
      const withChild = treeResidentBytes(process.pid);
      expect(withChild - alone).toBeGreaterThan(250 * 1024 * 1024);
      // Only the tree: the child alone is its own memory, without the parent's.
      const childOnly = treeResidentBytes(child.pid!);
      expect(childOnly).toBeGreaterThan(250 * 1024 * 1024);
      expect(childOnly).toBeLessThan(withChild);
    } finally {
      child.kill();
    }
  });

  it("is 0 for a process that does not exist", () => {
    expect(treeResidentBytes(2 ** 22 + 12345)).toBe(0);
  });
});
