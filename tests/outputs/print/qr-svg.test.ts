import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { qrCodeSvg } from "../../../src/outputs/print/qr-svg.ts";
import { readQr } from "../../helpers/images.ts";

describe("qrCodeSvg", () => {
  const url = "https://mijnerfgoed.example.be/routes/wandeling-tuinwijk-eisden/";
  const svg = qrCodeSvg(url, "QR-code: deze route online");

  it("decodes to the address it was made for, as a phone reads it", async () => {
    expect(await readQr(sharp(Buffer.from(svg), { density: 300 }).flatten({ background: "#fff" }))).toBe(url);
  });

  it("is one small path with its name for screen readers", () => {
    expect(svg).toContain('role="img"');
    expect(svg).toContain("<title>QR-code: deze route online</title>");
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg.length).toBeLessThan(6000);
  });
});
