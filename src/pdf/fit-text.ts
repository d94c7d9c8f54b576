// Fitting a text into a box by shrinking it in small steps, never below a size
// that is still readable. Text is never cut: when it does not fit at the smallest
// size, the answer says how many characters too long it is.

/** Height in mm that `text` takes at `sizePt`, wrapped to `widthMm`. */
export type MeasureText = (text: string, sizePt: number, widthMm: number) => number;

export interface FitOptions {
  maxSizePt: number;
  minSizePt: number;
  /** Shrink in steps of this many points. */
  stepPt?: number;
}

export type FitResult = { fits: true; sizePt: number } | { fits: false; sizePt: number; tooLongBy: number };

export function fitText(text: string, box: { width: number; height: number }, measure: MeasureText, options: FitOptions): FitResult {
  const step = options.stepPt ?? 0.5;
  for (let size = options.maxSizePt; size >= options.minSizePt - 1e-9; size -= step) {
    if (measure(text, size, box.width) <= box.height + 1e-6) return { fits: true, sizePt: size };
  }
  // How much of it would fit at the smallest size: the longest run of whole words.
  const words = text.split(/(\s+)/);
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(words.slice(0, middle).join("").trimEnd(), options.minSizePt, box.width) <= box.height + 1e-6) low = middle;
    else high = middle - 1;
  }
  const fitting = words.slice(0, low).join("").trimEnd().length;
  return { fits: false, sizePt: options.minSizePt, tooLongBy: Math.max(1, text.length - fitting) };
}
