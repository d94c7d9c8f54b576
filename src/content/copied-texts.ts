import type { Entry } from "./collections.ts";
import type { PostcardSeries } from "./model.ts";
import { formatFieldPath, type ContentProblem } from "./problems.ts";
import type { SourceFile } from "./source-file.ts";

// A text copied from another entry to start from and then left unchanged: two monuments
// with the same summary, two cards of a series with the same fun fact. Each is a warning on
// the later file (by name), naming the earlier one with its line.

/** Where a text is written, and the text. */
interface Written {
  source: SourceFile;
  path: PropertyKey[];
  text: string;
}

const HINTS = {
  monument: "copied and not changed? write this monument's own",
  route: "copied and not changed? write this route's own",
  story: "copied and not changed? write this story's own",
  card: "copied and not changed? write this card's own fun fact",
};

/** Case, spacing and line breaks do not make a text another one. */
export function normaliseText(text: string): string {
  let normalised = NORMALISED.get(text);
  if (normalised === undefined) {
    normalised = text.normalize("NFC").toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
    if (NORMALISED.size >= 100_000) NORMALISED.clear();
    NORMALISED.set(text, normalised);
  }
  return normalised;
}

// npm start checks every text again on every rebuild (0.06 s of each at 4000 monuments, mostly
// lowercasing in Dutch): a text seen before is not normalised again.
const NORMALISED = new Map<string, string>();

export interface CopiedTextSources {
  monuments: Entry<{ summary: string; postcard?: { text: string } }>[];
  routes: Entry<{ summary: string }>[];
  stories: Entry<{ summary: string }>[];
  /** Every content file by its path (ContentProblem.file), to find the line of a card's text. */
  files: ReadonlyMap<string, SourceFile>;
}

export function checkCopiedTexts(sources: CopiedTextSources, series: readonly PostcardSeries[], problems: ContentProblem[]): void {
  const warned = new Set<string>();
  const warn = (copy: Written, original: Written, message: string, hint: string) => {
    const place = `${copy.source.path}:${formatFieldPath(copy.path)}`;
    if (warned.has(place)) return;
    warned.add(place);
    const where = `${original.source.path}:${original.source.lineOf(original.path)}`;
    problems.push({
      file: copy.source.path,
      line: copy.source.lineOf(copy.path),
      field: formatFieldPath(copy.path),
      message: `${message} ${where}`,
      hint,
      severity: "warning",
    });
  };
  const byName = <T>(entries: Entry<T>[]) => entries.filter((entry) => entry.data !== undefined).sort((a, b) => (a.source.path < b.source.path ? -1 : 1));

  for (const [kind, entries] of [["monument", sources.monuments], ["route", sources.routes], ["story", sources.stories]] as const) {
    const summaries = byName<{ summary: string }>(entries).map((entry) => ({ source: entry.source, path: ["summary"], text: entry.data!.summary }));
    for (const [original, copy] of repeats(summaries)) warn(copy, original, "the same summary as", HINTS[kind]);
  }
  const postcards = byName(sources.monuments).flatMap((entry) =>
    entry.data!.postcard ? [{ source: entry.source, path: ["postcard", "text"], text: entry.data!.postcard.text }] : [],
  );
  for (const [original, copy] of repeats(postcards)) warn(copy, original, "the same postcard text as", HINTS.monument);

  // A series' own texts for its cards (cards[n].text), against each other and its monuments' texts.
  for (const each of series) {
    const texts = each.cards.flatMap((card) => {
      const source = sources.files.get(card.textSource.file);
      return source ? [{ source, path: card.textSource.path, text: card.text }] : [];
    });
    for (const [original, copy] of repeats(texts)) {
      // Two monuments' own postcard texts are reported above, once, not again for every series.
      const fromSeries = copy.source.path === each.source.path ? copy : original.source.path === each.source.path ? original : undefined;
      if (!fromSeries) continue;
      const other = fromSeries === copy ? original : copy;
      warn(fromSeries, other, "the same postcard text as", HINTS.card);
    }
  }
}

/** [first, later] for every text that repeats an earlier one, in the order given. */
function repeats(texts: Written[]): [Written, Written][] {
  const first = new Map<string, Written>();
  const pairs: [Written, Written][] = [];
  for (const written of texts) {
    const key = normaliseText(written.text);
    if (!key) continue;
    const earlier = first.get(key);
    if (earlier) pairs.push([earlier, written]);
    else first.set(key, written);
  }
  return pairs;
}
