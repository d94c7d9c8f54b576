// Which file of a srcset a phone downloads: the page's `sizes` evaluated for a viewport,
// then the candidate a browser picks for the screen's pixel density. Pure, so the offline
// manifests store the pictures the phone will ask for, not every width and format.

/** The phone the offline store is made for: 390 CSS px wide, 2 device pixels per CSS pixel. */
export const PHONE = { widthPx: 390, dpr: 2, remPx: 16 } as const;

export interface Viewport {
  widthPx: number;
  dpr: number;
  /** The root font size, for rem and em. */
  remPx: number;
}

export interface SrcsetCandidate {
  url: string;
  /** The w descriptor; undefined for x descriptors or none. */
  width?: number;
  /** The x descriptor (1 when there is none). */
  density: number;
}

/** "a.webp 480w, b.webp 800w" → candidates (URLs never contain a comma followed by a space here). */
export function parseSrcset(srcset: string): SrcsetCandidate[] {
  return srcset
    .split(/,\s+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [url, descriptor = ""] = part.split(/\s+/, 2) as [string, string?];
      const widthMatch = /^(\d+)w$/.exec(descriptor);
      const densityMatch = /^(\d+(?:\.\d+)?)x$/.exec(descriptor);
      return widthMatch ? { url, width: Number(widthMatch[1]), density: 1 } : { url, density: densityMatch ? Number(densityMatch[1]) : 1 };
    });
}

/** A CSS length in px: 48rem, 320px, 100vw, calc(100vw - 2rem). Undefined when it is not understood. */
export function lengthPx(text: string, viewport: Viewport): number | undefined {
  const value = text.trim();
  const calc = /^calc\((.+)\)$/.exec(value);
  if (calc) {
    // Sums and differences of plain lengths: what `sizes` attributes use.
    const terms = calc[1]!.split(/\s+([+-])\s+/);
    let total = lengthPx(terms[0]!, viewport);
    for (let index = 1; index < terms.length && total !== undefined; index += 2) {
      const term = lengthPx(terms[index + 1]!, viewport);
      total = term === undefined ? undefined : terms[index] === "+" ? total + term : total - term;
    }
    return total;
  }
  const match = /^(-?\d+(?:\.\d+)?)(px|rem|em|vw)$/.exec(value);
  if (!match) return value === "0" ? 0 : undefined;
  const amount = Number(match[1]);
  switch (match[2]) {
    case "px":
      return amount;
    case "vw":
      return (amount * viewport.widthPx) / 100;
    default:
      return amount * viewport.remPx;
  }
}

/** Whether a media condition of `sizes` holds: (min-width: 52rem), (max-width: 40em), and both with "and". */
function conditionHolds(condition: string, viewport: Viewport): boolean {
  return condition.split(/\s+and\s+/).every((part) => {
    const match = /^\(\s*(min|max)-width\s*:\s*([^)]+)\)$/.exec(part.trim());
    if (!match) return false;
    const limit = lengthPx(match[2]!, viewport);
    if (limit === undefined) return false;
    return match[1] === "min" ? viewport.widthPx >= limit : viewport.widthPx <= limit;
  });
}

/** The width in CSS px a `sizes` attribute gives the image at this viewport (100vw without one). */
export function sizesPx(sizes: string | undefined, viewport: Viewport): number {
  for (const entry of (sizes ?? "").split(",").map((part) => part.trim()).filter(Boolean)) {
    const media = /^(\(.*\))\s+(\S.*)$/.exec(entry);
    if (media) {
      if (!conditionHolds(media[1]!, viewport)) continue;
      const px = lengthPx(media[2]!, viewport);
      if (px !== undefined) return px;
    } else {
      const px = lengthPx(entry, viewport);
      if (px !== undefined) return px;
    }
  }
  return viewport.widthPx;
}

/**
 * The candidate a browser downloads: the smallest whose density reaches the screen's, else the
 * densest. (Chromium also takes the one below when the geometric mean of the two densities
 * still reaches the screen's; so do we.)
 */
export function chooseCandidate(srcset: string, sizes: string | undefined, viewport: Viewport = PHONE): SrcsetCandidate | undefined {
  const slot = sizesPx(sizes, viewport);
  const candidates = parseSrcset(srcset)
    .map((candidate) => ({ candidate, density: candidate.width !== undefined ? candidate.width / slot : candidate.density }))
    .sort((a, b) => a.density - b.density);
  if (candidates.length === 0) return undefined;
  const index = candidates.findIndex((entry) => entry.density >= viewport.dpr);
  if (index === -1) return candidates.at(-1)!.candidate;
  if (index > 0 && Math.sqrt(candidates[index - 1]!.density * candidates[index]!.density) >= viewport.dpr) return candidates[index - 1]!.candidate;
  return candidates[index]!.candidate;
}
