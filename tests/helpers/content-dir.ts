import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// A tiny but complete region; tests override single files to break one thing.
export const SITE_YAML = `title: Testregio
description: Een kleine regio om schachtbok te testen.
language: nl
baseUrl: https://example.org
organisation: Testcel
region:
  name: Testregio
  intro: Een regio met een mijn en een kerk.
  bounds: { south: 50.9, west: 5.1, north: 51.2, east: 5.8 }
municipalities:
  - name: Genk
    intro: Genk had drie steenkoolmijnen.
  - name: Heusden-Zolder
    intro: In Zolder sloot in 1992 de laatste mijn.
featuredRoutes: [mijnwandeling]
`;

export const MONUMENT_MD = `---
title: C-mine
municipality: Genk
location:
  lat: 50.98259
  lng: 5.49053
  precision: exact
kind: mine-site
summary: De vroegere steenkoolmijn van Winterslag, nu een creatieve site.
images:
  - file: schets.svg
    alt: Tekening van een stalen schachtbok
    credit: "Illustratie: test"
    licence: CC0-1.0
stories: [laatste-mijn]
---
De mijn van **Winterslag**.
`;

export const CHURCH_MD = `---
title: Heilig Hartkerk
municipality: Genk
location: { lat: 50.98, lng: 5.49, precision: approximate }
kind: church
summary: Een mijnkathedraal van Adrien Blomme, gebouwd in 1923-1925.
---
Een kerk.
`;

export const ROUTE_MD = `---
title: Mijnwandeling
mode: walk
summary: Een korte wandeling langs de mijn en de kerk.
start: Parking C-mine
finish: Heilig Hartkerk
stops:
  - monument: c-mine
  - name: Uitkijkpunt
    location: { lat: 50.99, lng: 5.50, precision: approximate }
  - monument: heilig-hartkerk
---
Een wandeling.
`;

export const STORY_MD = `---
title: De laatste mijn
kind: event
date: "1992-09-30"
summary: In 1992 sloot in Zolder de laatste steenkoolmijn van België.
authors: [Testcel]
monuments: [heilig-hartkerk]
---
Het einde van een tijdperk.
`;

/** A pack without a route, in the test region (its two monuments are in validRegion()). */
export const PLEKKEN_PACK = `---
title: Twee plekken in Genk
summary: Een pakket zonder route, met een werkblad bij twee monumenten.
level: kleuter
grades: [3]
subjects: [wereldorientatie]
duration: 60
monuments: [heilig-hartkerk, c-mine]
goals:
  - De kleuters zien het verschil tussen een kerk en een mijn.
stops:
  - monument: heilig-hartkerk
    questions:
      - draw: Teken de kerk.
        answer: Een kerk met een toren.
  - monument: c-mine
    questions:
      - choice: Wat staat er boven de schacht?
        options: [een schachtbok, een boom]
        answer: een schachtbok
---
Vandaag bekijken we twee plekken.
`;

export const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 8"><rect width="12" height="8"/></svg>`;

export function validRegion(): Record<string, string> {
  return {
    "site.yaml": SITE_YAML,
    "monuments/c-mine.md": MONUMENT_MD,
    "monuments/schets.svg": SVG,
    "monuments/heilig-hartkerk.md": CHURCH_MD,
    "routes/mijnwandeling.md": ROUTE_MD,
    "stories/laatste-mijn.md": STORY_MD,
  };
}

/** Writes files (path → text) into a new temporary content folder and returns its path. */
export function makeContentDir(files: Record<string, string | undefined>): string {
  const root = mkdtempSync(path.join(tmpdir(), "schachtbok-content-"));
  const contentDir = path.join(root, "content");
  for (const [name, text] of Object.entries(files)) {
    if (text === undefined) continue;
    const target = path.join(contentDir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  mkdirSync(contentDir, { recursive: true });
  return contentDir;
}

/** A region with some files replaced (or removed with undefined). */
export function regionWith(overrides: Record<string, string | undefined>): string {
  return makeContentDir({ ...validRegion(), ...overrides });
}
