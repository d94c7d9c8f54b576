import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// A synthetic region of any size for benchmarks: valid content in the shape of
// the sample region (monuments in seven municipalities, routes, stories).

const MUNICIPALITIES = ["As", "Beringen", "Genk", "Heusden-Zolder", "Houthalen-Helchteren", "Leopoldsburg", "Maasmechelen"];
const KINDS = ["mine-site", "headframe", "church", "garden-city", "casino", "slag-heap", "memorial", "museum", "military", "other"];

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 800"><rect width="1200" height="800" fill="#cfe3ef"/></svg>\n';

export function syntheticRegion(monumentCount: number): Record<string, string> {
  const files: Record<string, string> = {};
  const pad = (index: number) => String(index).padStart(5, "0");
  const routeCount = Math.max(1, Math.floor(monumentCount / 100));
  const storyCount = Math.max(1, Math.floor(monumentCount / 20));
  files["site.yaml"] = [
    "title: Benchmarkregio",
    "description: Een kunstmatige regio om de bouwtijd te meten.",
    "language: nl",
    "baseUrl: https://bench.example.org",
    "organisation: Benchmark",
    "region:",
    "  name: Benchmarkregio",
    "  intro: Duizenden monumenten in zeven gemeenten.",
    "  bounds: { south: 50.9, west: 5.1, north: 51.2, east: 5.8 }",
    "municipalities:",
    ...MUNICIPALITIES.flatMap((name) => [`  - name: ${name}`, `    intro: Monumenten in ${name}, gegenereerd voor de benchmark.`]),
    "featuredRoutes: [route-00000]",
    "",
  ].join("\n");
  files["media/beeld.svg"] = SVG;
  for (let index = 0; index < monumentCount; index++) {
    const lat = 50.95 + ((index * 7919) % 2000) / 10000;
    const lng = 5.15 + ((index * 104729) % 6000) / 10000;
    files[`monuments/monument-${pad(index)}.md`] = `---
title: Monument ${index}
municipality: ${MUNICIPALITIES[index % MUNICIPALITIES.length]}
location:
  lat: ${lat.toFixed(5)}
  lng: ${lng.toFixed(5)}
  precision: ${index % 3 === 0 ? "exact" : "approximate"}
address: Mijnstraat ${index}, 3600 Genk
kind: ${KINDS[index % KINDS.length]}
dates:
  built: ${1900 + (index % 60)}
  closed: "${1960 + (index % 30)}-0${1 + (index % 9)}-1${index % 9}"
protection:
  status: protected-monument
  year: ${1990 + (index % 30)}
  erfgoedobject: ${100000 + index}
summary: Een gegenereerd monument met een korte samenvatting voor kaarten en lijsten, nummer ${index}.
images:
  - file: /media/beeld.svg
    alt: Een effen blauwe rechthoek als testbeeld
    credit: "Illustratie: benchmark"
    licence: CC0-1.0
visiting:
  openingHours: Elke zondag van 14 tot 17 uur
  wheelchair: partly
postcard:
  title: Wist je dat?
  text: Dit monument (nummer ${index}) bestaat alleen om de bouwtijd van schachtbok te meten.
stories: [verhaal-${pad(index % storyCount)}]
---
## Geschiedenis

Monument ${index} werd gebouwd in een **mijnregio**. Deze tekst heeft een paar alinea's,
zodat Markdown echt werk te doen krijgt, met een [link](/monumenten/monument-${pad((index + 1) % monumentCount)}/).

- een opsomming
- met twee punten

## Vandaag

Het gebouw is vandaag een plek voor cultuur, sport en ontmoeting.
`;
  }
  for (let index = 0; index < routeCount; index++) {
    const stops = Array.from({ length: 10 }, (_, stop) => `  - monument: monument-${pad((index * 10 + stop) % monumentCount)}`);
    files[`routes/route-${pad(index)}.md`] = `---
title: Route ${index}
mode: ${["walk", "bike", "car"][index % 3]}
summary: Een gegenereerde route langs tien monumenten, nummer ${index}.
start: Monument ${index * 10}
finish: Monument ${index * 10 + 9}
stops:
${stops.join("\n")}
---
Een route voor de benchmark.
`;
  }
  for (let index = 0; index < storyCount; index++) {
    files[`stories/verhaal-${pad(index)}.md`] = `---
title: Verhaal ${index}
kind: story
date: "19${String(10 + (index % 80)).padStart(2, "0")}-05-01"
summary: Een gegenereerd verhaal over de mijnen, voor de benchmark, nummer ${index}.
authors: [Benchmark]
---
Er was eens een mijn. Dit verhaal hoort bij enkele monumenten.
`;
  }
  return files;
}

/** Writes the synthetic region into `contentDir`; returns its files (path → text) as syntheticRegion does. */
export function writeSyntheticRegion(contentDir: string, monumentCount: number): Record<string, string> {
  const files = syntheticRegion(monumentCount);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(contentDir, name)), { recursive: true });
    writeFileSync(path.join(contentDir, name), text);
  }
  return files;
}
