// Geometry is in millimetres everywhere; PDF speaks points. The one conversion.

export const POINTS_PER_MM = 72 / 25.4;

export function mmToPt(mm: number): number {
  return mm * POINTS_PER_MM;
}

export function ptToMm(points: number): number {
  return points / POINTS_PER_MM;
}
