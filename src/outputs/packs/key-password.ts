import { readFileSync } from "node:fs";
import path from "node:path";

// The answer keys' password. It is never in the content or the repository: the build reads it from
// the environment, SCHACHTBOK_KEY_PASSWORD, or from a file named by SCHACHTBOK_KEY_PASSWORD_FILE
// (its first line), e.g. a secret of the host that builds the site. With it, each pack's key is
// published as a PDF that opens only with it (AES-256); without it, the key is not published at all.

export const KEY_PASSWORD_VARIABLE = "SCHACHTBOK_KEY_PASSWORD";
export const KEY_PASSWORD_FILE_VARIABLE = "SCHACHTBOK_KEY_PASSWORD_FILE";
/** Shorter passwords are guessed by trying them all. */
export const KEY_PASSWORD_MIN_LENGTH = 8;

export class KeyPasswordError extends Error {}

export interface KeyPassword {
  password: string;
  /** Where it came from, for the build's summary: the variable's name, or the file. */
  source: string;
}

/** Whether a key is published (a password is set), for the pack pages: read once per setting. */
let known: { setting: string; published: boolean } | undefined;
export function keysPublished(env: NodeJS.ProcessEnv = process.env): boolean {
  const setting = `${env[KEY_PASSWORD_VARIABLE] ?? ""}\0${env[KEY_PASSWORD_FILE_VARIABLE] ?? ""}`;
  if (known?.setting !== setting) {
    let published = false;
    try {
      published = keyPassword(env) !== undefined;
    } catch {
      // An unusable password stops the build before any page (build-site.ts).
    }
    known = { setting, published };
  }
  return known.published;
}

/** The password from the environment, or undefined when none is set; a set but unusable one is an error. */
export function keyPassword(env: NodeJS.ProcessEnv = process.env): KeyPassword | undefined {
  let password = env[KEY_PASSWORD_VARIABLE];
  let source = KEY_PASSWORD_VARIABLE;
  const file = env[KEY_PASSWORD_FILE_VARIABLE];
  if (!password && file) {
    try {
      password = readFileSync(path.resolve(file), "utf8").split(/\r?\n/)[0];
    } catch (error) {
      throw new KeyPasswordError(`${KEY_PASSWORD_FILE_VARIABLE} names ${file}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): write the answer keys' password on its first line, or unset the variable`);
    }
    source = file;
  }
  if (password === undefined || password === "") {
    if (file) throw new KeyPasswordError(`the first line of ${file} (${KEY_PASSWORD_FILE_VARIABLE}) is empty: write the answer keys' password on it`);
    return undefined;
  }
  if ([...password].length < KEY_PASSWORD_MIN_LENGTH) {
    throw new KeyPasswordError(`the answer keys' password (${source}) has ${[...password].length} characters: use at least ${KEY_PASSWORD_MIN_LENGTH}, or a few words`);
  }
  return { password, source };
}
