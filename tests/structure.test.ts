import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The direction of the code's dependencies (README, "How the project is laid out"): content →
// model → outputs, with the Eleventy glue on top. Read from the import lines of src/.

const SRC = path.resolve(import.meta.dirname, "..", "src");

interface Import {
  from: string;
  to: string;
  /** `import type` / `export type`: gone at run time. */
  typeOnly: boolean;
}

function imports(): Import[] {
  const files = readdirSync(SRC, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"));
  return files.flatMap((file) => {
    const text = readFileSync(path.join(SRC, file), "utf8");
    return [...text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?\sfrom\s+"(\.[^"]+)"/gms)].map((match) => ({
      from: file.split(path.sep).join("/"),
      to: path.relative(SRC, path.resolve(SRC, path.dirname(file), match[2]!)).split(path.sep).join("/"),
      typeOnly: Boolean(match[1]),
    }));
  });
}

/** The groups of modules that import each other in a circle (Tarjan's strongly connected components). */
function circles(edges: Import[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const { from, to } of edges) graph.set(from, [...(graph.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe("the structure of src/", () => {
  const all = imports();

  it("reads the imports (a check that finds none would pass anything)", () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all).toContainEqual({ from: "eleventy/build-site.ts", to: "content/load.ts", typeOnly: false });
    expect(all).toContainEqual({ from: "outputs/offline/write.ts", to: "site/languages.ts", typeOnly: true });
    expect(all.some((edge) => edge.typeOnly)).toBe(true);
  });

  it("has no modules that import each other in a circle", () => {
    expect(circles(all.filter((edge) => !edge.typeOnly))).toEqual([]);
    // The finder itself: a circle of three is found.
    expect(circles([{ from: "a.ts", to: "b.ts", typeOnly: false }, { from: "b.ts", to: "c.ts", typeOnly: false }, { from: "c.ts", to: "a.ts", typeOnly: false }])).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });

  it("keeps the content model free of outputs and of Eleventy", () => {
    const wrong = all.filter((edge) => edge.from.startsWith("content/") && /^(outputs|eleventy)\//.test(edge.to));
    expect(wrong).toEqual([]);
  });

  it("keeps the outputs free of the Eleventy glue, types included", () => {
    const wrong = all.filter((edge) => edge.from.startsWith("outputs/") && edge.to.startsWith("eleventy/"));
    expect(wrong).toEqual([]);
  });
});
