import { readFile } from "node:fs/promises";
import path from "node:path";
import type { SeriesProfile } from "../content/model.ts";
import { builtInCmykProfile } from "../images/cmyk-profile.ts";
import { readIccProfile, type IccProfile } from "../print/icc.ts";

// What a print PDF's CMYK colours are separated for, and so the PDF/X output intent it carries
// (src/pdf/pdfx.ts): the print shop's press profile when the content names one, else sharp's
// built-in CMYK profile (public domain; not a press standard, and the file says so).

/** The press profile a print PDF is separated for, and which printing condition it stands for. */
export interface PressIntent {
  profile: IccProfile;
  conditionIdentifier: string;
  condition?: string;
}

/** The intent for `profile` (checked when the content was loaded, src/content/link.ts), or the built-in one. */
export async function pressIntentFor(profile: SeriesProfile | undefined): Promise<PressIntent> {
  if (profile) {
    const icc = readIccProfile(new Uint8Array(await readFile(profile.sourcePath)));
    return { profile: icc, conditionIdentifier: printingCondition(icc.description), condition: icc.description || path.basename(profile.sourcePath) };
  }
  const icc = await builtInCmykProfile();
  return { profile: icc, conditionIdentifier: "Custom", condition: `${icc.description || "CMYK"} (sharp's built-in CMYK profile, public domain; not a press standard)` };
}

/**
 * The registered printing condition (www.color.org) a press profile is made for, from its
 * description: "FOGRA39" for ISO Coated v2, "FOGRA51" for PSO Coated v3, ...; "Custom" otherwise.
 */
export function printingCondition(description: string): string {
  const named = /\bFOGRA\d{2}\b/i.exec(description)?.[0];
  if (named) return named.toUpperCase();
  const known: [RegExp, string][] = [
    [/ISO ?Coated ?v2|ISOcoated_v2/i, "FOGRA39"],
    [/PSO ?Coated ?v3|PSOcoated_v3/i, "FOGRA51"],
    [/PSO ?Uncoated ?v3|PSOuncoated_v3/i, "FOGRA52"],
    [/PSO ?Uncoated ?ISO12647|PSO_Uncoated_ISO12647/i, "FOGRA47"],
  ];
  return known.find(([pattern]) => pattern.test(description))?.[1] ?? "Custom";
}
