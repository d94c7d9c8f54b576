import { readIccProfile, type IccProfile } from "../print/icc.ts";
import { sharpLibrary } from "./sharp-library.ts";

// The CMYK profile the print masters of a `colour: cmyk` series are separated with when no print
// shop's profile is named: sharp's built-in one ("Chemical proof", by Graeme W. Gill, released into
// the public domain, as its own text says), the one `withIccProfile("cmyk")` converts to and attaches.
// It ships with sharp (libvips), so nothing is copied into the project; its bytes are read back from
// a 1-pixel JPEG. It is licence-clean to embed as a PDF/X output intent, but it is no press standard
// such as FOGRA39: README, "Print-shop PDFs".

let builtIn: Promise<IccProfile> | undefined;

/** sharp's built-in CMYK profile, read once per process. */
export function builtInCmykProfile(): Promise<IccProfile> {
  return (builtIn ??= (async () => {
    const sharp = sharpLibrary();
    const jpeg = await sharp({ create: { width: 1, height: 1, channels: 3, background: "#ffffff" } })
      .toColourspace("cmyk")
      .withIccProfile("cmyk")
      .jpeg()
      .toBuffer();
    const { icc } = await sharp(jpeg).metadata();
    if (!icc) throw new Error("sharp did not attach its CMYK profile");
    return readIccProfile(new Uint8Array(icc));
  })());
}
