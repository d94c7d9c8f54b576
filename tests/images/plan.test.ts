import { describe, expect, it } from "vitest";
import { planVariants, type ImageUse } from "../../src/images/plan.ts";
import { DEFAULT_PRINT } from "../../src/print/formats.ts";

// The print master of a postcard front, planned for an RGB or a CMYK series, with or without a
// print shop's own profile: each a file of its own in the cache.

const size = { width: 4000, height: 3000 };
const settings = { formats: ["webp" as const] };
const front = (use: Partial<ImageUse>) => {
  const [variant, ...rest] = planVariants("bron", size, { page: false, thumb: false, social: false, print: DEFAULT_PRINT, ...use }, settings);
  expect(rest).toEqual([]);
  return variant!;
};

describe("planVariants: a postcard's print master", () => {
  it("is another file for CMYK, and another again for each print shop's profile, known by its contents' digest, not its path", () => {
    const rgb = front({});
    const cmyk = front({ printColour: "cmyk" });
    const shop = front({ printColour: "cmyk", printProfile: { sourcePath: "/content/drukkerij/PSOcoated_v3.icc", digest: "aaa" } });
    const moved = front({ printColour: "cmyk", printProfile: { sourcePath: "/elders/content/drukkerij/PSOcoated_v3.icc", digest: "aaa" } });
    const newer = front({ printColour: "cmyk", printProfile: { sourcePath: "/content/drukkerij/PSOcoated_v3.icc", digest: "bbb" } });
    expect(new Set([rgb.key, cmyk.key, shop.key, newer.key]).size).toBe(4);
    expect(moved.key).toBe(shop.key);
    // The file to separate with goes along, outside the key.
    expect(shop.profilePath).toBe("/content/drukkerij/PSOcoated_v3.icc");
    expect(cmyk.profilePath).toBeUndefined();
  });

  it("ignores a profile for an RGB series", () => {
    expect(front({ printColour: "rgb", printProfile: { sourcePath: "/x.icc", digest: "aaa" } }).key).toBe(front({}).key);
  });
});
