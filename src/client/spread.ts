// Numbered markers that would touch at the map's zoom (two mines a few hundred metres apart
// on a route across the region, or be-MINE and its museum at one address) are set side by
// side in a row, centred on their places, so every number can be read and tapped (targets
// of at least 24 px that do not overlap: WCAG 2.2's target size). Pure: screen pixels in,
// offsets out; tested in tests/client.

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface Offset {
  dx: number;
  dy: number;
}

/**
 * How far to move each marker (`size` px square) from its point so that no two markers are
 * closer than `gap` px. Markers that would touch form a row, ordered west to east (then by
 * their order in the list), centred on the mean of their points; rows that would touch in
 * turn are merged, until none do. Markers that touch nothing stay where they are.
 */
export function spreadOffsets(points: readonly ScreenPoint[], size: number, gap = 2): Offset[] {
  let rows: number[][] = points.map((_, index) => [index]);
  const step = size + gap;
  const place = (row: readonly number[]) => {
    const members = [...row].sort((a, b) => points[a]!.x - points[b]!.x || a - b);
    const centreX = mean(members.map((index) => points[index]!.x));
    const centreY = mean(members.map((index) => points[index]!.y));
    return members.map((index, slot) => ({ index, x: centreX + (slot - (members.length - 1) / 2) * step, y: centreY }));
  };
  for (;;) {
    const placed = rows.map(place);
    const merge = findTouching(placed, step);
    if (!merge) {
      const offsets: Offset[] = points.map(() => ({ dx: 0, dy: 0 }));
      for (const slot of placed.flat()) offsets[slot.index] = { dx: Math.round(slot.x - points[slot.index]!.x), dy: Math.round(slot.y - points[slot.index]!.y) };
      return offsets;
    }
    const [a, b] = merge;
    rows = rows.filter((_, index) => index !== a && index !== b).concat([[...rows[a]!, ...rows[b]!]]);
  }
}

/** The first two rows with markers closer than `step` px centre to centre (on both axes), or undefined. */
function findTouching(placed: readonly { x: number; y: number }[][], step: number): [number, number] | undefined {
  for (let a = 0; a < placed.length; a++) {
    for (let b = a + 1; b < placed.length; b++) {
      for (const one of placed[a]!) {
        for (const other of placed[b]!) {
          if (Math.abs(one.x - other.x) < step && Math.abs(one.y - other.y) < step) return [a, b];
        }
      }
    }
  }
  return undefined;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
