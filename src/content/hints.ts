import { MONUMENT_KINDS } from "./schemas/monument.ts";

// Hints shown after a problem, keyed by field path with list indexes as "*".
// They say how to fix the field, in the words of the authoring guide (README).
const HINTS: Record<string, string> = {
  title: 'write the name as visitors know it, e.g. title: "Sint-Barbarakerk"',
  municipality: "one of the municipalities listed in content/site.yaml",
  location: "add location: with lat, lng and precision on three indented lines",
  "location.lat": "latitude in decimal degrees, e.g. 51.0128 (Midden-Limburg lies around 51)",
  "location.lng": "longitude in decimal degrees, e.g. 5.5797 (Midden-Limburg lies around 5.2 to 5.8)",
  "location.precision":
    'write "exact" only when a survey or a source gives the coordinates; otherwise "approximate", shown as "locatie bij benadering"',
  kind: `one of ${MONUMENT_KINDS.join(", ")}`,
  summary: "one or two sentences for cards and map popups, at most 200 characters",
  "images.*.file": "a file next to the Markdown file, or a path from the content folder starting with /",
  "images.*.alt": "describe what the image shows for someone who cannot see it; not the file name",
  "images.*.credit": 'who made the image, e.g. "Foto: Jan Peeters"',
  "images.*.licence": "CC0-1.0, CC-BY-4.0, CC-BY-SA-4.0, public-domain or all-rights-reserved (then also holder:)",
  "images.*.holder": 'who owns the rights, e.g. holder: "Stad Genk"',
  "images.*.focus": 'the point crops keep in view, from the left and from the top, e.g. focus: "40% 30%"',
  "protection.erfgoedobject": "the number at the end of https://inventaris.onroerenderfgoed.be/erfgoedobjecten/<number>",
  "protection.aanduidingsobject": "the number at the end of https://inventaris.onroerenderfgoed.be/aanduidingsobjecten/<number>",
  "postcard.text": "the fun fact on the back of the postcard, at most 400 characters",
  "postcard.title": "a short headline for the fun fact, at most 60 characters",
  stories: "file names (without .md) of stories in content/stories",
  monuments: "file names (without .md) of monuments in content/monuments",
  stops: "a list of stops: each is '- monument: <file name>' or a waypoint with name and location",
  "stops.*.monument": "the file name (without .md) of a monument in content/monuments",
  mode: "walk, bike or car",
  track: "a GPX file next to the route's Markdown file",
  "audio.transcript": "the full text of the recording, so people who cannot listen can read it",
  date: 'a year (1901), a month ("1901-08") or a day ("1901-08-02")',
  "stops.*.questions.*.answer": "the answer for the teacher's key: a text; for a find: question the list of things that are there",
  "print.card": "A6 (148 x 105 mm), 10x15 (150 x 100 mm) or DL (210 x 99 mm)",
  "print.bleed": "millimetres on every side, e.g. 3",
  baseUrl: "the address the site is published at, e.g. https://mijnerfgoed.example.be",
};

export function hintFor(path: readonly PropertyKey[]): string | undefined {
  const key = path.map((segment) => (typeof segment === "number" ? "*" : String(segment))).join(".");
  return HINTS[key];
}
