import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import type { PDFDocument } from "pdf-lib";
import { pdfLibrary } from "../outputs/pdf-libraries.ts";
import type { IccProfile } from "../print/icc.ts";

// PDF/X-4 (ISO 15930-7), the entries a print shop's preflight looks for, written once for every
// print PDF (pdfkit and pdf-lib have no PDF/X API): an output intent (`/OutputIntents`, `/S
// /GTS_PDFX`) with the press profile embedded, the PDF/X version and `Trapped` in the Info
// dictionary and in the XMP metadata (`pdfxid:GTS_PDFXVersion`, with the document and instance IDs
// and version PDF/X-4 asks for), the same dates in both, a file ID, and PDF 1.6 (pdfX4Bytes). The rest of what
// PDF/X asks (TrimBox and BleedBox on every page, fonts embedded, CMYK only, nothing transparent) is
// the drawing code's; tests/pdf/preflight.ts checks all of it on every print PDF.

export interface PdfXOptions {
  /** The press profile the CMYK colours were separated for: it is embedded as the output intent. */
  profile: IccProfile;
  /**
   * The printing condition the profile stands for, as registered at www.color.org ("FOGRA39",
   * "FOGRA51"), or "Custom" with `condition` saying what it is.
   */
  conditionIdentifier: string;
  condition?: string;
  title: string;
  author?: string;
  /** The document's date (fixed, so the same content gives the same bytes). */
  date: Date;
}

/**
 * Makes `doc` a PDF/X-4 file: the output intent with the profile, the Info entries, the XMP
 * metadata and a file ID derived from the title, the date and the profile (the same for the same
 * content). Call it last, then save() and pdfX4Bytes(). Throws when the profile is not a CMYK output profile.
 */
export function markPdfX4(doc: PDFDocument, options: PdfXOptions): void {
  const { profile } = options;
  if (profile.colourSpace !== "CMYK") throw new Error(`the press profile is for ${profile.colourSpace.trim()} colours, not CMYK`);
  if (profile.deviceClass !== "prtr") throw new Error(`the press profile is not an output (printer) profile but a "${profile.deviceClass}" profile`);
  const { PDFArray, PDFDict, PDFHexString, PDFName, PDFString } = pdfLibrary();
  const context = doc.context;
  const producer = "schachtbok (pdf-lib)";

  const profileStream = context.stream(deflatedProfile(profile), { N: 4, Filter: "FlateDecode" });
  const intent = context.obj({
    Type: "OutputIntent",
    S: "GTS_PDFX",
    OutputConditionIdentifier: PDFString.of(options.conditionIdentifier),
    ...(options.condition ? { OutputCondition: PDFString.of(options.condition) } : {}),
    Info: PDFString.of(profile.description || options.condition || options.conditionIdentifier),
    RegistryName: PDFString.of("http://www.color.org"),
    DestOutputProfile: context.register(profileStream),
  });
  doc.catalog.set(PDFName.of("OutputIntents"), context.obj([context.register(intent)]));

  doc.setTitle(options.title);
  if (options.author) doc.setAuthor(options.author);
  doc.setCreator("schachtbok");
  doc.setProducer(producer);
  doc.setCreationDate(options.date);
  doc.setModificationDate(options.date);
  const info = context.lookup(context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of("GTS_PDFXVersion"), PDFString.of("PDF/X-4"));
  info.set(PDFName.of("Trapped"), PDFName.of("False"));

  const digest = createHash("sha256").update(options.title).update(options.date.toISOString()).update(profile.bytes).digest("hex");
  const id = digest.slice(0, 32);
  const metadata = context.stream(xmp({ ...options, producer, documentId: uuid(id), instanceId: uuid(digest.slice(32, 64)) }), { Type: "Metadata", Subtype: "XML" });
  doc.catalog.set(PDFName.of("Metadata"), context.register(metadata));
  // The file ID, two equal strings for a file as first written.
  const fileId = PDFArray.withContext(context);
  fileId.push(PDFHexString.of(id));
  fileId.push(PDFHexString.of(id));
  context.trailerInfo.ID = fileId;
}

/** The profile compressed once per profile (zlib's, not pdf-lib's JavaScript one: every print PDF embeds it). */
const deflated = new WeakMap<IccProfile, Uint8Array>();
function deflatedProfile(profile: IccProfile): Uint8Array {
  let bytes = deflated.get(profile);
  if (!bytes) {
    bytes = deflateSync(profile.bytes, { level: 9 });
    deflated.set(profile, bytes);
  }
  return bytes;
}

/**
 * The saved bytes of a document markPdfX4 made, declared PDF 1.6 as PDF/X-4 asks: pdf-lib's
 * writer always writes a 1.7 header (it uses nothing of 1.7). Same length, so no offset moves.
 */
export function pdfX4Bytes(saved: Uint8Array): Uint8Array {
  const header = new TextDecoder("latin1").decode(saved.subarray(0, 8));
  if (!/^%PDF-1\.[0-7]$/.test(header)) throw new Error(`not a PDF file (it starts with ${JSON.stringify(header)})`);
  saved.set(new TextEncoder().encode("%PDF-1.6"), 0);
  return saved;
}

function uuid(hex: string): string {
  return `uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The XMP packet: the same title, author, dates and tools as the Info dictionary. */
function xmp(options: PdfXOptions & { producer: string; documentId: string; instanceId: string }): string {
  const date = options.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(options.title)}</rdf:li></rdf:Alt></dc:title>${
     options.author ? `\n   <dc:creator><rdf:Seq><rdf:li>${escapeXml(options.author)}</rdf:li></rdf:Seq></dc:creator>` : ""
   }
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmp:CreatorTool>schachtbok</xmp:CreatorTool>
   <pdf:Producer>${escapeXml(options.producer)}</pdf:Producer>
   <pdf:Trapped>False</pdf:Trapped>
   <xmpMM:DocumentID>${options.documentId}</xmpMM:DocumentID>
   <xmpMM:InstanceID>${options.instanceId}</xmpMM:InstanceID>
   <xmpMM:VersionID>1</xmpMM:VersionID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
   <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
