import { afterEach, describe, expect, it, vi } from "vitest";
import { progressBar } from "../../src/images/progress.ts";

/** A stand-in for process.stderr that records what is written. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, columns: 80, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream & { written: string[] };
}

describe("progressBar", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("draws a bar with the count on a terminal, and clears it when done", () => {
    vi.stubEnv("CI", "");
    const terminal = stream(true);
    const progress = progressBar("Beelden", 4, terminal);
    for (let index = 0; index < 4; index++) progress.tick();
    progress.done();
    expect(terminal.written[0]).toMatch(/^\rBeelden \[-+\] 0\/4$/);
    expect(terminal.written).toContainEqual(expect.stringMatching(/^\rBeelden \[#+\] 4\/4$/));
    expect(terminal.written.at(-1)).toBe("\r\x1b[2K");
  });

  it("prints nothing in CI or when the output is not a terminal", () => {
    vi.stubEnv("CI", "true");
    const ci = stream(true);
    progressBar("Beelden", 4, ci).tick();
    vi.stubEnv("CI", "");
    const pipe = stream(false);
    progressBar("Beelden", 4, pipe).tick();
    expect([...ci.written, ...pipe.written]).toEqual([]);
  });
});
