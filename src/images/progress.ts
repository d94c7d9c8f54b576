// A progress bar for long work, on a terminal only: in CI, in a pipe or in a log
// file it prints nothing, and the caller's summary line says what happened.

export interface Progress {
  /** One more unit done. */
  tick(): void;
  /** Clears the bar. */
  done(): void;
}

const SILENT: Progress = { tick() {}, done() {} };

export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (total === 0 || !stream.isTTY || process.env.CI) return SILENT;
  let done = 0;
  let lastDraw = 0;
  const draw = () => {
    const columns = Math.max(10, Math.min(30, (stream.columns ?? 80) - label.length - 20));
    const filled = Math.round((done / total) * columns);
    stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(columns - filled)}] ${done}/${total}`);
  };
  draw();
  return {
    tick() {
      done++;
      const now = Date.now();
      // At most ten redraws a second: a terminal is slow compared with a cached file.
      if (now - lastDraw >= 100 || done === total) {
        lastDraw = now;
        draw();
      }
    },
    done() {
      stream.write("\r\x1b[2K");
    },
  };
}
