import { containsPoint, type Bounds } from "../geo/bounds.ts";
import type { LatLng } from "../geo/distance.ts";
import { dirname } from "node:path";
import { resolveContentFile, type FileKind, type ResolvedFile } from "./files.ts";
import type { Image, Municipality } from "./model.ts";
import type { ImageSource } from "./schemas/common.ts";
import { formatFieldPath, type ContentProblem, type Severity } from "./problems.ts";
import type { SourceFile } from "./source-file.ts";
import { didYouMean } from "./suggest.ts";

export type Collection = "monument" | "route" | "story";

const FOLDER: Record<Collection, string> = { monument: "monuments", route: "routes", story: "stories" };

/**
 * Checks what a file refers to (other entries, files, municipalities, the
 * region) and reports each broken reference on the file that makes it.
 */
export class ReferenceChecker {
  constructor(
    private readonly contentDir: string,
    private readonly problems: ContentProblem[],
    private readonly bounds: Bounds,
    private readonly municipalities: Municipality[],
    /** Names of every entry, including files with errors, so they are not reported twice. */
    known: Record<Collection, string[]>,
  ) {
    this.known = { monument: new Set(known.monument), route: new Set(known.route), story: new Set(known.story) };
  }

  private readonly known: Record<Collection, Set<string>>;
  private readonly resolvedFiles = new Map<string, ResolvedFile>();

  report(source: SourceFile, path: PropertyKey[], message: string, hint?: string, severity: Severity = "error"): void {
    this.problems.push({ file: source.path, line: source.lineOf(path), field: formatFieldPath(path), message, hint, severity });
  }

  municipality(source: SourceFile, name: string): Municipality | undefined {
    const found = this.municipalities.find((municipality) => municipality.name.toLowerCase() === name.toLowerCase());
    if (!found) {
      const names = this.municipalities.map((municipality) => municipality.name);
      const suggestion = didYouMean(name, names);
      this.report(
        source,
        ["municipality"],
        `"${name}" is not a municipality of this region`,
        suggestion ? `did you mean "${suggestion}"?` : `use one of ${names.join(", ")} (listed in content/site.yaml)`,
      );
    }
    return found;
  }

  /** True when an entry of that collection has this name. */
  entry(source: SourceFile, path: PropertyKey[], slug: string, collection: Collection): boolean {
    if (this.known[collection].has(slug)) return true;
    const suggestion = didYouMean(slug, [...this.known[collection]]);
    this.report(
      source,
      path,
      `there is no ${collection} "${slug}"`,
      suggestion ? `did you mean "${suggestion}"?` : `use the file name of a ${collection} in content/${FOLDER[collection]}, without .md`,
    );
    return false;
  }

  file(source: SourceFile, path: PropertyKey[], reference: string, kind: FileKind): { absolutePath: string; url: string } | undefined {
    // Many files share one image: resolve each distinct file once per load.
    const key = `${kind}\0${reference.startsWith("/") ? "" : dirname(source.absolutePath)}\0${reference}`;
    let resolved = this.resolvedFiles.get(key);
    if (!resolved) {
      resolved = resolveContentFile(this.contentDir, source.absolutePath, reference, kind, String(path.at(-1)));
      this.resolvedFiles.set(key, resolved);
    }
    if (!resolved.ok) this.report(source, path, resolved.message, resolved.hint);
    return resolved.ok ? resolved : undefined;
  }

  image(source: SourceFile, index: number, image: { file: string; alt?: unknown }): { absolutePath: string; url: string } | undefined {
    const fileName = image.file.split("/").at(-1) ?? image.file;
    if (typeof image.alt === "string") {
      const alt = image.alt.trim().toLowerCase();
      if (alt === fileName.toLowerCase() || /\.(jpe?g|png|webp|svg|gif|avif|tiff?)$/.test(alt)) {
        this.report(source, ["images", index, "alt"], "is a file name, not a description", "describe what the image shows for someone who cannot see it");
      }
    }
    return this.file(source, ["images", index, "file"], image.file, "image");
  }

  images(source: SourceFile, images: ImageSource[]): Image[] {
    return images.flatMap((image, index) => {
      const resolved = this.image(source, index, image);
      if (!resolved) return [];
      const field: PropertyKey[] = ["images", index, "file"];
      const declaredAt = () => ({ file: source.path, line: source.lineOf(field), field: formatFieldPath(field) });
      return [{ ...image, sourcePath: resolved.absolutePath, url: resolved.url, declaredAt }];
    });
  }

  /** Positions outside the region are a warning: the map would zoom out to show them. */
  inRegion(source: SourceFile, path: PropertyKey[], point: LatLng): void {
    if (containsPoint(this.bounds, point)) return;
    const swapped = containsPoint(this.bounds, { lat: point.lng, lng: point.lat });
    this.report(
      source,
      path,
      `${point.lat}, ${point.lng} lies outside the region's bounds set in content/site.yaml`,
      swapped ? "lat and lng look swapped" : "check the coordinates, or widen region.bounds in content/site.yaml",
      "warning",
    );
  }

  /**
   * For a file with schema errors: check the references that are well-formed
   * anyway, so one run reports every problem.
   */
  rawEntry(collection: Collection, source: SourceFile): void {
    const data = asRecord(source.data);
    if (!data) return;
    if (typeof data.municipality === "string" && collection === "monument") this.municipality(source, data.municipality);
    const location = asRecord(data.location);
    if (location && typeof location.lat === "number" && typeof location.lng === "number" && Math.abs(location.lat) <= 90 && Math.abs(location.lng) <= 180) {
      this.inRegion(source, ["location"], { lat: location.lat, lng: location.lng });
    }
    asList(data.images).forEach((image, index) => {
      const record = asRecord(image);
      if (record && typeof record.file === "string") this.image(source, index, { file: record.file, alt: record.alt });
    });
    const references: [string, Collection][] = [["stories", "story"], ["monuments", "monument"]];
    for (const [field, target] of references) {
      asList(data[field]).forEach((slug, index) => {
        if (typeof slug === "string") this.entry(source, [field, index], slug, target);
      });
    }
    asList(data.stops).forEach((stop, index) => {
      const record = asRecord(stop);
      if (record && typeof record.monument === "string") this.entry(source, ["stops", index, "monument"], record.monument, "monument");
    });
    if (typeof data.track === "string") this.file(source, ["track"], data.track, "track");
    const audio = asRecord(data.audio);
    if (audio && typeof audio.file === "string") this.file(source, ["audio", "file"], audio.file, "audio");
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
