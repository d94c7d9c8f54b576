import { entryUrl } from "../i18n/locales.ts";
import type { EntryLanguage } from "./model.ts";
import type { Monument, Pack, PackStop, Question, Route, Story } from "./model.ts";
import type { ReferenceChecker } from "./references.ts";
import type { PackData, QuestionData } from "./schemas/pack.ts";
import { GRADES, PACK_LEVELS, type PackLevel } from "./schemas/pack.ts";
import type { SourceFile } from "./source-file.ts";

// A pack's references: its route, the monument of each worksheet (a stop of that
// route, or one of the pack's monuments), its other monuments and its stories.

const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

export function linkPack(
  slug: string,
  source: SourceFile,
  data: PackData,
  bodyHtml: string,
  entries: { monuments: Map<string, Monument>; routes: Map<string, Route>; stories: Map<string, Story> },
  check: ReferenceChecker,
  language: EntryLanguage,
): Pack {
  checkGrades(source, data, check);
  const route = data.route !== undefined && check.entry(source, ["route"], data.route, "route") ? entries.routes.get(data.route) : undefined;
  const extra = data.monuments.flatMap((name, index) => (check.entry(source, ["monuments", index], name, "monument") && entries.monuments.has(name) ? [entries.monuments.get(name)!] : []));
  const stories = data.stories.flatMap((name, index) => (check.entry(source, ["stories", index], name, "story") && entries.stories.has(name) ? [entries.stories.get(name)!] : []));
  if (data.route === undefined && data.monuments.length === 0) {
    check.report(source, ["stops"], "a pack needs a route or a list of monuments", "add route: <route file name>, or monuments: [<names>] with the monuments of the worksheets");
  }

  const routeStops = route ? stopNumbers(route) : new Map<string, number>();

  const stops: PackStop[] = [];
  const seen = new Set<string>();
  data.stops.forEach((stop, index) => {
    const where = ["stops", index, "monument"];
    if (!check.entry(source, where, stop.monument, "monument")) return;
    const monument = entries.monuments.get(stop.monument);
    if (!monument) return; // its own file has errors, reported there
    if (seen.has(stop.monument)) {
      check.report(source, where, `"${stop.monument}" already has a worksheet in this pack`, "put all questions about one stop together, under one entry");
      return;
    }
    seen.add(stop.monument);
    let number = stops.length + 1;
    if (route) {
      const onRoute = routeStops.get(stop.monument);
      if (onRoute === undefined) {
        if (!extra.includes(monument)) {
          reportOffRoute(source, where, stop.monument, route, check);
          return;
        }
        number = 0; // numbered after the route's stops, below
      } else {
        number = onRoute;
      }
    } else if (data.route === undefined && !extra.includes(monument)) {
      check.report(source, where, `"${stop.monument}" is not one of this pack's monuments`, `add it to monuments: [${[...data.monuments, stop.monument].join(", ")}]`);
      return;
    }
    stops.push({
      number,
      monument,
      text: stop.text ?? monument.summary,
      questions: stop.questions.map(toQuestion),
      ...(stop.note ? { note: stop.note } : {}),
      ...(monument.images[0] ? { image: monument.images[0] } : {}),
    });
  });
  if (route) {
    // Worksheets follow the route; ones off the route come after it, in the order written.
    const onRoute = stops.filter((stop) => stop.number > 0).sort((a, b) => a.number - b.number);
    const off = stops.filter((stop) => stop.number === 0);
    off.forEach((stop, index) => (stop.number = route.stops.length + index + 1));
    stops.splice(0, stops.length, ...onRoute, ...off);
  }

  const monuments = [...new Set([...stops.map((stop) => stop.monument), ...extra])];
  // The labels' language; a pack that names one is taken to be written in it, so its pages mark its content so.
  const packLanguage = data.language ?? language.lang;
  return {
    slug,
    url: entryUrl("pack", slug, language.lang, language.lang),
    source: { path: source.path },
    title: data.title,
    summary: data.summary,
    level: data.level,
    grades: [...new Set(data.grades)].sort((a, b) => a - b),
    subjects: data.subjects,
    durationMinutes: data.duration,
    ...(route ? { route } : {}),
    monuments,
    stories: stories.map((story) => ({ story, ...(story.images[0] ? { image: story.images[0] } : {}) })),
    goals: data.goals,
    prepare: data.prepare,
    stops,
    glossary: [...data.glossary].sort((a, b) => collator.compare(a.term, b.term)),
    sources: data.sources,
    body: source.body,
    bodyHtml,
    language: packLanguage,
    newPagePerStop: data.newPagePerStop,
    // Its own object: `language` is shared by every entry of the model.
    i18n: { ...language, original: packLanguage, untranslated: packLanguage !== language.lang },
  };
}

/** A route's monument stops by name, with their number on the route (the first, if it stops there twice). */
function stopNumbers(route: Route): Map<string, number> {
  const numbers = new Map<string, number>();
  route.stops.forEach((stop, index) => {
    if (stop.type === "monument" && !numbers.has(stop.monument.slug)) numbers.set(stop.monument.slug, index + 1);
  });
  return numbers;
}

function reportOffRoute(source: SourceFile, where: PropertyKey[], monument: string, route: Route, check: ReferenceChecker): void {
  const names = [...stopNumbers(route).keys()];
  check.report(source, where, `"${monument}" is not a stop of the route "${route.slug}"`, `use one of its stops (${names.join(", ")}), or add it to monuments: for a worksheet off the route`);
}

const GRADE_NAMES: Record<PackLevel, string> = { kleuter: "kleuterklassen", lager: "leerjaren", secundair: "jaren" };

/** Grades that the level does not have ("7th leerjaar"). Works on raw front matter too. */
function checkGrades(source: SourceFile, data: unknown, check: ReferenceChecker): void {
  const { level, grades } = (data ?? {}) as { level?: unknown; grades?: unknown };
  if (typeof level !== "string" || !(level in GRADES) || !Array.isArray(grades)) return;
  const range = GRADES[level as PackLevel];
  grades.forEach((grade, index) => {
    if (typeof grade === "number" && (grade < range.min || grade > range.max)) {
      check.report(source, ["grades", index], `${grade} is not a grade of ${level} onderwijs`, `use ${GRADE_NAMES[level as PackLevel]} ${range.min} to ${range.max}`);
    }
  });
}

/**
 * The references of a pack file that has errors, so that they are reported in the same
 * run: its route, monuments, stories and the monument of each worksheet.
 */
export function checkRawPack(source: SourceFile, routes: Map<string, Route>, check: ReferenceChecker): void {
  const data = (source.data ?? {}) as Record<string, unknown>;
  checkGrades(source, data, check);
  const name = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : undefined);
  const route = name(data.route);
  if (route) check.entry(source, ["route"], route, "route");
  for (const [field, collection] of [["monuments", "monument"], ["stories", "story"]] as const) {
    const list = data[field];
    if (Array.isArray(list)) list.forEach((value, index) => name(value) && check.entry(source, [field, index], value as string, collection));
  }
  const onRoute = route ? routes.get(route) : undefined;
  const routeStops = onRoute ? stopNumbers(onRoute) : undefined;
  const extra = Array.isArray(data.monuments) ? data.monuments : [];
  if (Array.isArray(data.stops)) {
    data.stops.forEach((stop, index) => {
      const monument = name((stop as { monument?: unknown } | null)?.monument);
      const where = ["stops", index, "monument"];
      if (!monument || !check.entry(source, where, monument, "monument")) return;
      if (onRoute && !routeStops!.has(monument) && !extra.includes(monument)) reportOffRoute(source, where, monument, onRoute, check);
    });
  }
}

function toQuestion(question: QuestionData): Question {
  const note = question.note ? { note: question.note } : {};
  const answers = typeof question.answer === "string" ? [question.answer] : question.answer;
  if (question.open !== undefined) return { kind: "open", question: question.open, answer: answers.join(" "), lines: question.lines ?? 3, ...note };
  if (question.choice !== undefined) return { kind: "choice", question: question.choice, options: question.options ?? [], answer: answers[0]!, ...note };
  if (question.find !== undefined) return { kind: "find", question: question.find, options: question.options ?? [], answers, ...note };
  return { kind: "draw", question: question.draw!, answer: answers.join(" "), ...note };
}

/** Packs for the listing: by level, then the first grade, then title. */
export function comparePacks(a: Pack, b: Pack): number {
  return PACK_LEVELS.indexOf(a.level) - PACK_LEVELS.indexOf(b.level) || a.grades[0]! - b.grades[0]! || collator.compare(a.title, b.title);
}

