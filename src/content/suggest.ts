import { closest, distance } from "fastest-levenshtein";

/** The closest candidate when it is near enough to be a likely typo, else undefined. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || input.length === 0) return undefined;
  const lowered = input.toLowerCase();
  const exactCase = candidates.find((candidate) => candidate.toLowerCase() === lowered);
  if (exactCase) return exactCase;
  const best = closest(lowered, candidates.map((candidate) => candidate.toLowerCase()));
  const index = candidates.findIndex((candidate) => candidate.toLowerCase() === best);
  const limit = Math.max(2, Math.floor(best.length / 3));
  if (distance(lowered, best) <= limit) return candidates[index];
  // One containing the other ("bij benadering" in "locatie bij benadering") also counts.
  return candidates.find((candidate) => {
    const other = candidate.toLowerCase();
    return Math.min(other.length, lowered.length) >= 4 && (other.includes(lowered) || lowered.includes(other));
  });
}

/** "a, b or c" */
export function listChoices(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}
