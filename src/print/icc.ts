// ICC colour profiles, read from their header and description tag: which colours a profile is for
// and what kind of device. The content model checks a print shop's profile with it, the PDF code
// embeds one as the output intent (src/pdf/pdfx.ts).

/** An ICC profile as read from its header and description tag. */
export interface IccProfile {
  bytes: Uint8Array;
  /** The data colour space: "CMYK", "RGB ", "GRAY", ... (four characters). */
  colourSpace: string;
  /** The device class: "prtr" for an output (press) profile. */
  deviceClass: string;
  /** The profile's description ("Coated FOGRA39 (ISO 12647-2:2004)"), or "" when it has none. */
  description: string;
}

/** Reads an ICC profile's header; throws a plain-language error when the bytes are not one. */
export function readIccProfile(bytes: Uint8Array): IccProfile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (offset: number, length: number) => String.fromCharCode(...bytes.subarray(offset, offset + length));
  if (bytes.byteLength < 132 || ascii(36, 4) !== "acsp") throw new Error("the file is not an ICC colour profile");
  if (view.getUint32(0) > bytes.byteLength) throw new Error("the ICC profile is cut short");
  return { bytes, colourSpace: ascii(16, 4), deviceClass: ascii(12, 4), description: profileDescription(bytes, view) };
}

function profileDescription(bytes: Uint8Array, view: DataView): string {
  const count = view.getUint32(128);
  for (let index = 0; index < count && 132 + index * 12 + 12 <= bytes.byteLength; index++) {
    const entry = 132 + index * 12;
    if (String.fromCharCode(...bytes.subarray(entry, entry + 4)) !== "desc") continue;
    const offset = view.getUint32(entry + 4);
    const type = String.fromCharCode(...bytes.subarray(offset, offset + 4));
    if (type === "desc") {
      // ICC v2: a length-prefixed ASCII text.
      const length = view.getUint32(offset + 8);
      return trimText(new TextDecoder("latin1").decode(bytes.subarray(offset + 12, offset + 12 + length)));
    }
    if (type === "mluc") {
      // ICC v4: UTF-16BE records; the first one.
      const recordLength = view.getUint32(offset + 20);
      const recordOffset = view.getUint32(offset + 24);
      const text = bytes.subarray(offset + recordOffset, offset + recordOffset + recordLength);
      let decoded = "";
      for (let at = 0; at + 1 < text.length; at += 2) decoded += String.fromCharCode((text[at]! << 8) | text[at + 1]!);
      return trimText(decoded);
    }
  }
  return "";
}

const trimText = (text: string) => text.replace(/\0+$/, "").trim();
