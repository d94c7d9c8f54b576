import sharp from "sharp";

/**
 * A JPEG (6000 x 4000 by default) that compresses like a photo (a few MB at full size): colour fields with
 * fine noise, and an EXIF orientation and camera data as phones write them.
 */
export async function syntheticPhoto(seed: number, width = 6000, height = 4000): Promise<Buffer> {
  const hue = (seed * 47) % 360;
  const noise = await sharp({ create: { width: Math.round(width / 4), height: Math.round(height / 4), channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .blur(0.8)
    .png()
    .toBuffer();
  const block = { width: Math.round(width / 3), height: Math.round(height * 0.65) };
  return sharp({ create: { width, height, channels: 3, background: `hsl(${hue}, 45%, 55%)` } })
    .composite([
      { input: await sharp(noise).resize(width, height, { kernel: "nearest" }).toBuffer(), blend: "soft-light" },
      { input: { create: { ...block, channels: 3, background: `hsl(${(hue + 180) % 360}, 40%, 35%)` } }, left: Math.round(width / 3 + (seed % 5) * (width / 20)), top: Math.round(height / 5) },
    ])
    .jpeg({ quality: 88 })
    .withMetadata({ orientation: 1 })
    .withExif({ IFD0: { Make: "BenchPhone", Model: "6000x4000" } })
    .toBuffer();
}
