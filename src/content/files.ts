import { existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";

export type FileKind = "image" | "audio" | "track";

const EXTENSIONS: Record<FileKind, string[]> = {
  image: [".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif", ".svg", ".tif", ".tiff"],
  audio: [".mp3", ".m4a", ".ogg", ".oga", ".wav"],
  track: [".gpx"],
};

export type ResolvedFile = { ok: true; absolutePath: string; url: string } | { ok: false; message: string; hint: string };

/**
 * Resolves a file named in front matter: relative to the Markdown file, or to
 * the content folder when it starts with "/". Refuses anything outside the
 * content folder (also through symbolic links), web addresses and wrong types.
 */
export function resolveContentFile(contentDir: string, fromFile: string, reference: string, kind: FileKind): ResolvedFile {
  const root = path.resolve(contentDir);
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) {
    return {
      ok: false,
      message: `"${reference}" is a web address, not a file`,
      hint: "download the file, put it next to the Markdown file and write its name",
    };
  }
  const absolutePath = reference.startsWith("/")
    ? path.resolve(root, `.${reference}`)
    : path.resolve(path.dirname(fromFile), reference);
  if (!isInside(root, absolutePath)) {
    return {
      ok: false,
      message: `"${reference}" points outside the content folder`,
      hint: "only files inside content/ are published; copy the file there",
    };
  }
  const extension = path.extname(absolutePath).toLowerCase();
  if (!EXTENSIONS[kind].includes(extension)) {
    return {
      ok: false,
      message: `"${reference}" is not ${kind === "image" ? "an image" : kind === "audio" ? "an audio file" : "a GPX file"}`,
      hint: `use a file ending in ${EXTENSIONS[kind].join(", ")}`,
    };
  }
  if (!existsSync(absolutePath) || !statSync(absolutePath).isFile()) {
    return {
      ok: false,
      message: `file "${reference}" does not exist`,
      hint: `looked for ${path.relative(process.cwd(), absolutePath).split(path.sep).join("/")}; check the spelling and the folder`,
    };
  }
  if (!isInside(realpathSync.native(root), realpathSync.native(absolutePath))) {
    return {
      ok: false,
      message: `"${reference}" is a link to a file outside the content folder`,
      hint: "copy the file into content/ instead of linking to it",
    };
  }
  const relative = path.relative(root, absolutePath).split(path.sep).join("/");
  return { ok: true, absolutePath, url: `/media/${relative.split("/").map(encodeURIComponent).join("/")}` };
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
