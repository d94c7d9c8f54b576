import type { PackLevel, QuestionKind } from "../content/schemas/pack.ts";
import { formatDuration } from "./nl.ts";

// How packs are described to teachers, in Dutch: level and grades, duration (the other languages: src/i18n/messages/<lang>.ts).

export const PACK_LEVELS_NL: Record<PackLevel, string> = {
  kleuter: "Kleuteronderwijs",
  lager: "Lager onderwijs",
  secundair: "Secundair onderwijs",
};

export const QUESTION_KINDS_NL: Record<QuestionKind, string> = {
  open: "open vraag",
  choice: "meerkeuzevraag",
  find: "kijk- en zoekopdracht",
  draw: "tekenopdracht",
};

/** "1e", "2e", ... as Flemish schools number their years. */
const ordinal = (grade: number) => `${grade}e`;

/** "Lager onderwijs, 5e en 6e leerjaar"; "Secundair onderwijs, 3e en 4e jaar (2e graad)"; "Kleuteronderwijs, 2e en 3e kleuterklas". */
export function formatLevel(level: PackLevel, grades: readonly number[]): string {
  const listed = grades.map(ordinal);
  const joined = listed.length > 1 ? `${listed.slice(0, -1).join(", ")} en ${listed.at(-1)}` : listed[0] ?? "";
  const noun = { kleuter: "kleuterklas", lager: "leerjaar", secundair: "jaar" }[level];
  let text = `${PACK_LEVELS_NL[level]}, ${joined} ${noun}`;
  if (level === "secundair") {
    const stages = [...new Set(grades.map((grade) => Math.min(3, Math.ceil(grade / 2))))];
    if (stages.length === 1) text += ` (${ordinal(stages[0]!)} graad)`;
  }
  return text;
}


/** "2 u 30 min (3 lestijden)": a lesson period (lestijd) is 50 minutes. */
export function formatPackDuration(minutes: number): string {
  const periods = Math.ceil(minutes / 50);
  return `${formatDuration(minutes)} (${periods} ${periods === 1 ? "lestijd" : "lestijden"})`;
}
