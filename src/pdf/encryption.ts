import { createHmac } from "node:crypto";
import { createRequire } from "node:module";

// A PDF that opens only with a password, AES-256 (pdfkit's `userPassword` with PDF 1.7 extension
// level 3), and still the same bytes for the same content and password. pdfkit draws the file's
// key, its salts and every stream's IV from crypto-js's WordArray.random; while such a document is
// made, they come from HMAC-SHA256 keyed with the password over a seed (the digest of the document
// unencrypted) and a counter instead. Unpredictable without the password, as random ones are; the
// same when nothing changed, so a build stays deterministic.

interface WordArray {
  words: number[];
  sigBytes: number;
}
interface CryptoJs {
  lib: { WordArray: { random(bytes: number): WordArray; create(words: number[], sigBytes: number): WordArray } };
}

// crypto-js as pdfkit itself loads it.
const require = createRequire(createRequire(import.meta.url).resolve("pdfkit"));
let queue: Promise<unknown> = Promise.resolve();

/** Runs `make` with pdfkit's randomness drawn from (password, seed); one such document at a time. */
export function withSeededRandom<T>(password: string, seed: string, make: () => Promise<T>): Promise<T> {
  const run = async () => {
    const cryptoJs = require("crypto-js") as CryptoJs;
    const original = cryptoJs.lib.WordArray.random;
    let counter = 0;
    cryptoJs.lib.WordArray.random = (bytes: number) => {
      const out = Buffer.alloc(Math.ceil(bytes / 4) * 4);
      for (let offset = 0; offset < out.length; offset += 32) {
        createHmac("sha256", password).update(`${seed}:${counter++}`).digest().copy(out, offset);
      }
      const words = Array.from({ length: out.length / 4 }, (_, index) => out.readInt32BE(index * 4));
      return cryptoJs.lib.WordArray.create(words, bytes);
    };
    try {
      return await make();
    } finally {
      cryptoJs.lib.WordArray.random = original;
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
