import { z } from "zod";
import { LANGUAGES } from "../../i18n/locales.ts";
import { slug, text, webUrl } from "./common.ts";

// An educational pack (content/packs/<name>.md): a worksheet per stop of a route (or
// per monument), with questions of four kinds, each with its answer for the teacher's key.

export const PACK_LEVELS = ["kleuter", "lager", "secundair"] as const;
export type PackLevel = (typeof PACK_LEVELS)[number];

/** The grades each level has: kleuterklassen 1-3, leerjaren 1-6, jaren 1-7 (7 in vocational schools). */
export const GRADES: Record<PackLevel, { min: number; max: number }> = {
  kleuter: { min: 1, max: 3 },
  lager: { min: 1, max: 6 },
  secundair: { min: 1, max: 7 },
};

/** Subjects a teacher filters on: the names of Flemish school subjects and learning areas. */
export const SUBJECTS = {
  wereldorientatie: "Wereldoriëntatie",
  geschiedenis: "Geschiedenis",
  aardrijkskunde: "Aardrijkskunde",
  nederlands: "Nederlands",
  "muzische-vorming": "Muzische vorming",
  techniek: "Techniek",
  wetenschappen: "Wetenschappen",
  "burgerschap": "Burgerschap",
  levensbeschouwing: "Levensbeschouwing",
  wiskunde: "Wiskunde",
} as const;
export type Subject = keyof typeof SUBJECTS;

export const QUESTION_KINDS = ["open", "choice", "find", "draw"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * A question is written with its kind as the key that holds the question:
 *   - open: Waarom ...?          answer: ...   (lines: room to write, default 3)
 *   - choice: Hoe hoog ...?      options: [...]  answer: one of them
 *   - find: Zoek en kruis aan.   options: [...]  answer: [those that are there]
 *   - draw: Teken ...            answer: what a good drawing shows
 * One strict object with a check gives clearer errors than a union of four shapes.
 */
export const questionSchema = z
  .strictObject({
    open: text(5, 300).optional(),
    choice: text(5, 300).optional(),
    find: text(5, 300).optional(),
    draw: text(5, 300).optional(),
    options: z.array(text(1, 120)).min(2).max(8).optional(),
    answer: z.union([text(1, 600), z.array(text(1, 120)).min(1)]),
    lines: z.int().min(1).max(12).optional(),
    // For the teacher's key only.
    note: text(2, 600).optional(),
  })
  .superRefine((question, context) => {
    const kinds = QUESTION_KINDS.filter((kind) => question[kind] !== undefined);
    if (kinds.length !== 1) {
      context.addIssue({ code: "custom", message: kinds.length === 0 ? "question-kind" : "question-kinds", path: [], params: { kinds } });
      return;
    }
    const kind = kinds[0]!;
    const options = question.options;
    if ((kind === "choice" || kind === "find") && !options) {
      context.addIssue({ code: "custom", message: "question-options", path: ["options"], params: { kind } });
      return;
    }
    if ((kind === "open" || kind === "draw") && options) {
      context.addIssue({ code: "custom", message: "question-no-options", path: ["options"], params: { kind } });
    }
    if (kind === "choice" && options) {
      if (typeof question.answer !== "string") context.addIssue({ code: "custom", message: "choice-one-answer", path: ["answer"] });
      else if (!options.includes(question.answer)) context.addIssue({ code: "custom", message: "answer-not-option", path: ["answer"], input: question.answer, params: { options } });
    }
    if (kind === "find" && options) {
      const answers = typeof question.answer === "string" ? [question.answer] : question.answer;
      answers.forEach((answer, index) => {
        if (!options.includes(answer)) {
          const at = typeof question.answer === "string" ? ["answer"] : ["answer", index];
          context.addIssue({ code: "custom", message: "answer-not-option", path: at, input: answer, params: { options } });
        }
      });
    }
    if ((kind === "open" || kind === "draw") && typeof question.answer !== "string") {
      context.addIssue({ code: "custom", message: "answer-text", path: ["answer"], params: { kind } });
    }
    if (question.lines !== undefined && kind !== "open") {
      context.addIssue({ code: "custom", message: "lines-open-only", path: ["lines"] });
    }
  });
export type QuestionData = z.infer<typeof questionSchema>;

export const packSchema = z.strictObject({
    title: text(2, 120),
    summary: text(10, 300),
    // The language of the labels the booklets, the key and LICENTIES.txt add ("Naam", "Antwoord",
    // the level and duration); the content is written by staff in whatever language they choose.
    // Default: the site's language.
    language: z.enum(LANGUAGES).optional(),
    level: z.enum(PACK_LEVELS),
    grades: z.array(z.int().min(1).max(7)).min(1),
    subjects: z.array(z.enum(Object.keys(SUBJECTS) as [Subject, ...Subject[]])).min(1),
    // In minutes, the visit included.
    duration: z.int().min(10).max(1440),
    route: slug.optional(),
    monuments: z.array(slug).default([]),
    stories: z.array(slug).default([]),
    goals: z.array(text(5, 300)).min(1),
    prepare: z.array(text(5, 300)).default([]),
    stops: z
      .array(
        z.strictObject({
          monument: slug,
          // What pupils read on the worksheet; the monument's summary when left out.
          text: text(10, 900).optional(),
          questions: z.array(questionSchema).min(1),
          // For the teacher's key only.
          note: text(2, 600).optional(),
        }),
      )
      .min(1),
    glossary: z.array(z.strictObject({ term: text(2, 60), definition: text(5, 300) })).default([]),
    sources: z.array(z.strictObject({ title: text(2, 200), url: webUrl.optional() })).default([]),
    // Each stop's worksheet on a page of its own (a teacher who hands out one page per stop); by
    // default worksheets follow each other, a new one on a new page only when it would be split.
    newPagePerStop: z.boolean().default(false),
  });
export type PackData = z.infer<typeof packSchema>;
