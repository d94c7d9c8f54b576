import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { didYouMean } from "./suggest.ts";

export type FileKind = "image" | "audio" | "track" | "profile";

const EXTENSIONS: Record<FileKind, string[]> = {
  image: [".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif", ".svg", ".tif", ".tiff"],
  audio: [".mp3", ".m4a", ".ogg", ".oga", ".wav"],
  track: [".gpx"],
  profile: [".icc", ".icm"],
};

const KIND_WORDS: Record<FileKind, string> = { image: "an image", audio: "an audio file", track: "a GPX file", profile: "an ICC colour profile" };

export type ResolvedFile = { ok: true; absolutePath: string; url: string } | { ok: false; message: string; hint: string };

// A file on the author's own computer: C:\Users\..., \\server\share\..., file:///...
const LOCAL_PATH = /^(?:[a-z]:[\\/]|\\\\|file:)/i;
// The same, from a Mac or Linux home folder; only when there is no such file in content/.
const HOME_PATH = /^\/(?:Users|home|Volumes|private|tmp)\//;

/**
 * Resolves a file named in front matter: relative to the Markdown file, or to
 * the content folder when it starts with "/". Refuses anything outside the
 * content folder (also through symbolic links), paths on the author's computer,
 * web addresses, wrong types, and names whose capitals differ from the file's.
 * `fieldName` is the key the reference is written under, for the hint (file:, track:).
 */
export function resolveContentFile(contentDir: string, fromFile: string, reference: string, kind: FileKind, fieldName = "file"): ResolvedFile {
  const root = path.resolve(contentDir);
  const besideMarkdown = (name: string) =>
    `put ${name} next to the Markdown file (in ${displayFolder(path.dirname(fromFile))}/) and write ${fieldName}: ${name}`;
  if (LOCAL_PATH.test(reference)) {
    return { ok: false, message: `"${reference}" is a path on this computer, not a file in the content folder`, hint: besideMarkdown(localFileName(reference)) };
  }
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
      message: `"${reference}" is not ${KIND_WORDS[kind]}`,
      hint: `use a file ending in ${EXTENSIONS[kind].join(", ")}`,
    };
  }
  if (!existsSync(absolutePath) || !statSync(absolutePath).isFile()) {
    if (HOME_PATH.test(reference)) {
      return { ok: false, message: `"${reference}" is a path on this computer, not a file in the content folder`, hint: besideMarkdown(localFileName(reference)) };
    }
    const suggestion = didYouMean(path.basename(absolutePath), filesOfKind(path.dirname(absolutePath), kind));
    return {
      ok: false,
      message: `file "${reference}" does not exist`,
      hint: suggestion
        ? didYouMeanFile(reference, suggestion)
        : `looked for ${displayFolder(absolutePath)}; check the spelling and the folder`,
    };
  }
  // On Windows and macOS "Tuinwijk.svg" opens tuinwijk.svg; the web server would not find it.
  const realName = path.basename(realpathSync.native(absolutePath));
  if (realName !== path.basename(absolutePath) && realName.toLowerCase() === path.basename(absolutePath).toLowerCase() && !lstatSync(absolutePath).isSymbolicLink()) {
    return { ok: false, message: `file "${reference}" does not exist`, hint: didYouMeanFile(reference, realName) };
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

/** `did you mean "tuinwijk.svg"?`, in the folder the reference names; with a word on capitals when only they differ. */
function didYouMeanFile(reference: string, fileName: string): string {
  const slash = Math.max(reference.lastIndexOf("/"), reference.lastIndexOf("\\"));
  const written = reference.slice(slash + 1);
  const capitals = written.toLowerCase() === fileName.toLowerCase() ? " Capitals count on the web" : "";
  return `did you mean "${reference.slice(0, slash + 1)}${fileName}"?${capitals}`;
}

/** The files of a kind in a folder, for a did-you-mean; none when the folder does not exist. */
function filesOfKind(folder: string, kind: FileKind): string[] {
  try {
    return readdirSync(folder).filter((name) => EXTENSIONS[kind].includes(path.extname(name).toLowerCase()));
  } catch {
    return [];
  }
}

/** The last part of a path on the author's computer, or of a file:/// address. */
function localFileName(reference: string): string {
  const name = reference.split(/[\\/]/).filter(Boolean).at(-1) ?? reference;
  try {
    return reference.toLowerCase().startsWith("file:") ? decodeURIComponent(name) : name;
  } catch {
    return name;
  }
}

/** A path as staff see it in messages: from the working directory, with forward slashes. */
function displayFolder(absolutePath: string): string {
  return path.relative(process.cwd(), absolutePath).split(path.sep).join("/");
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
