import { describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { CHURCH_MD, regionWith } from "../helpers/content-dir.ts";

// Teaching packs (content/packs/*.md): worksheets per stop of a route, questions of four
// kinds with their answers, and what staff are told when something does not add up.

function pack(stops: string, extra = "route: mijnwandeling\n"): string {
  return `---
title: Op stap bij de mijn
summary: Een wandeling met werkbladen voor het vijfde en zesde leerjaar.
level: lager
grades: [6, 5]
subjects: [wereldorientatie]
duration: 120
${extra}goals:
  - De leerlingen herkennen een schachtbok.
stops:
${stops}glossary:
  - term: terril
    definition: Een berg van mijnsteen.
  - term: cité
    definition: Een woonwijk van de mijn.
---
Een inleiding voor de leerlingen.
`;
}

const QUESTIONS = `    questions:
      - choice: Waarvan is de schachtbok gemaakt?
        options: [staal, hout]
        answer: staal
      - find: Kruis aan wat je ziet.
        options: [een wiel, een kabel, een boot]
        answer: [een wiel, een kabel]
      - open: Waarom staat hier een toren?
        answer: Om de kooi in de schacht op en neer te laten.
      - draw: Teken de toren.
        answer: Een hoge toren met wielen bovenaan.
`;

async function problemsOf(files: Record<string, string>) {
  const { model, problems } = await loadSite(regionWith({ "monuments/heilig-hartkerk.md": CHURCH_MD, ...files }));
  return { model, lines: problems.map((problem) => formatProblem(problem).replace(/^.*?(content\/)/, "$1")) };
}

describe("a teaching pack", () => {
  it("puts its worksheets in route order, numbered like the route's stops, with four kinds of question", async () => {
    const { model, lines } = await problemsOf({
      "packs/mijn.md": pack(`  - monument: heilig-hartkerk\n    text: Een kerk die de mijn liet bouwen voor de mijnwerkers.\n${QUESTIONS}  - monument: c-mine\n${QUESTIONS}`),
    });
    expect(lines).toEqual([]);
    const [only] = model!.packs;
    expect(only).toMatchObject({ slug: "mijn", url: "/lespakketten/mijn/", level: "lager", grades: [5, 6], durationMinutes: 120 });
    expect(only!.route!.slug).toBe("mijnwandeling");
    // The route: c-mine (1), a waypoint (2), heilig-hartkerk (3).
    expect(only!.stops.map((stop) => [stop.number, stop.monument.slug])).toEqual([
      [1, "c-mine"],
      [3, "heilig-hartkerk"],
    ]);
    expect(only!.stops[0]!.text).toBe("De vroegere steenkoolmijn van Winterslag, nu een creatieve site.");
    expect(only!.stops[1]!.text).toBe("Een kerk die de mijn liet bouwen voor de mijnwerkers.");
    expect(only!.stops[0]!.questions).toEqual([
      { kind: "choice", question: "Waarvan is de schachtbok gemaakt?", options: ["staal", "hout"], answer: "staal" },
      { kind: "find", question: "Kruis aan wat je ziet.", options: ["een wiel", "een kabel", "een boot"], answers: ["een wiel", "een kabel"] },
      { kind: "open", question: "Waarom staat hier een toren?", answer: "Om de kooi in de schacht op en neer te laten.", lines: 3 },
      { kind: "draw", question: "Teken de toren.", answer: "Een hoge toren met wielen bovenaan." },
    ]);
    expect(only!.glossary.map((entry) => entry.term)).toEqual(["cité", "terril"]);
  });

  it("says when an answer is not one of its options, on the answer's line", async () => {
    const { lines } = await problemsOf({
      "packs/mijn.md": pack(`  - monument: c-mine
    questions:
      - choice: Waarvan is de schachtbok gemaakt?
        options: [staal, hout]
        answer: beton
      - find: Kruis aan wat je ziet.
        options: [een wiel, een kabel]
        answer: [een wiel, een boot]
`),
    });
    expect(lines).toEqual([
      'content/packs/mijn.md:16 stops[0].questions[0].answer: "beton" is not one of the options (write it exactly as one of "staal" or "hout")',
      'content/packs/mijn.md:19 stops[0].questions[1].answer[1]: "een boot" is not one of the options (write it exactly as one of "een wiel" or "een kabel")',
    ]);
  });

  it("says an empty answer is empty, with a hint for answers (not for dates)", async () => {
    const { lines } = await problemsOf({
      "packs/mijn.md": pack(`  - monument: c-mine
    questions:
      - open: Waarom staat hier een toren?
        answer:
`),
    });
    expect(lines).toEqual([
      "content/packs/mijn.md:15 stops[0].questions[0].answer: is empty (the answer for the teacher's key: a text; for a find: question the list of things that are there)",
    ]);
  });

  it("names a stop that is not on the route, a monument that does not exist, and a question without a kind", async () => {
    const { lines } = await problemsOf({
      "monuments/zwartberg.md": CHURCH_MD.replace("title: Heilig Hartkerk", "title: Zwartberg").replace(/^summary: .*$/m, "summary: De mijn van Zwartberg sloot in 1966."),
      "packs/mijn.md": pack(`  - monument: zwartberg
${QUESTIONS}  - monument: c-mjne
${QUESTIONS}  - monument: c-mine
    questions:
      - answer: iets
`),
    });
    expect(lines).toEqual([
      'content/packs/mijn.md:12 stops[0].monument: "zwartberg" is not a stop of the route "mijnwandeling" (use one of its stops (c-mine, heilig-hartkerk), or add it to monuments: for a worksheet off the route)',
      'content/packs/mijn.md:24 stops[1].monument: there is no monument "c-mjne" (did you mean "c-mine"?)',
      "content/packs/mijn.md:38 stops[2].questions[0]: a question needs its kind and text (write the question after open:, choice:, find: or draw:)",
    ]);
  });

  it("checks grades against the level and the subjects against the list", async () => {
    const { lines } = await problemsOf({
      "packs/mijn.md": pack(`  - monument: c-mine\n${QUESTIONS}`).replace("grades: [6, 5]", "grades: [6, 7]").replace("subjects: [wereldorientatie]", "subjects: [geschiedennis]"),
    });
    expect(lines).toEqual([
      'content/packs/mijn.md:5 grades[1]: 7 is not a grade of lager onderwijs (use leerjaren 1 to 6)',
      expect.stringMatching(/^content\/packs\/mijn\.md:6 subjects\[0\]: "geschiedennis" is not allowed; use .* \(did you mean "geschiedenis"\?\)$/),
    ]);
  });

  it("has its labels in the site's language unless it names another: one schachtbok has labels for", async () => {
    const stops = `  - monument: c-mine\n${QUESTIONS}`;
    const plain = await problemsOf({ "packs/mijn.md": pack(stops) });
    expect(plain.lines).toEqual([]);
    expect(plain.model!.packs[0]).toMatchObject({ language: "nl", i18n: { lang: "nl", original: "nl", untranslated: false } });

    const german = await problemsOf({ "packs/mijn.md": pack(stops, "route: mijnwandeling\nlanguage: de\n") });
    expect(german.lines).toEqual([]);
    expect(german.model!.packs[0]).toMatchObject({ language: "de", i18n: { lang: "nl", original: "de", untranslated: true } });

    const spanish = await problemsOf({ "packs/mijn.md": pack(stops, "route: mijnwandeling\nlanguage: es\n") });
    expect(spanish.lines).toEqual([expect.stringMatching(/^content\/packs\/mijn\.md:9 language: "es" is not allowed; use "nl", "en", "de" or "fr"/)]);
  });

  it("without a route, takes its worksheets from its monuments, in the order written", async () => {
    const { model, lines } = await problemsOf({
      "packs/mijn.md": pack(`  - monument: heilig-hartkerk\n${QUESTIONS}  - monument: c-mine\n${QUESTIONS}`, "monuments: [c-mine, heilig-hartkerk]\n"),
    });
    expect(lines).toEqual([]);
    expect(model!.packs[0]!.stops.map((stop) => [stop.number, stop.monument.slug])).toEqual([
      [1, "heilig-hartkerk"],
      [2, "c-mine"],
    ]);
  });
});
