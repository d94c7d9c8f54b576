import { describe, expect, it } from "vitest";
import { THUMB_SIZES, WEB_SIZES } from "../../../src/images/options.ts";
import { chooseCandidate, lengthPx, parseSrcset, PHONE, sizesPx } from "../../../src/outputs/offline/srcset.ts";

const PAGE_SRCSET = "/img/a-480-0000000000.webp 480w, /img/a-800-1111111111.webp 800w, /img/a-1200-2222222222.webp 1200w, /img/a-1600-3333333333.webp 1600w";
const THUMB_SRCSET = "/img/a-thumb-320-4444444444.webp 320w, /img/a-thumb-640-5555555555.webp 640w";
const DESKTOP = { widthPx: 1280, dpr: 1, remPx: 16 };

describe("sizesPx", () => {
  it("takes the first entry whose media condition holds", () => {
    expect(sizesPx(WEB_SIZES, PHONE)).toBe(390 - 32);
    expect(sizesPx(WEB_SIZES, DESKTOP)).toBe(768);
    expect(sizesPx(THUMB_SIZES, DESKTOP)).toBe(320);
  });

  it("is the viewport's width without sizes", () => {
    expect(sizesPx(undefined, PHONE)).toBe(390);
  });
});

describe("lengthPx", () => {
  it("reads px, rem, vw and calc() sums", () => {
    expect(lengthPx("20rem", PHONE)).toBe(320);
    expect(lengthPx("50vw", PHONE)).toBe(195);
    expect(lengthPx("calc(100vw - 2rem + 10px)", PHONE)).toBe(368);
    expect(lengthPx("auto", PHONE)).toBeUndefined();
  });
});

describe("chooseCandidate", () => {
  it("picks the page picture a 390 px phone at 2x downloads: 800 w for a 358 px column", () => {
    expect(chooseCandidate(PAGE_SRCSET, WEB_SIZES, PHONE)?.url).toBe("/img/a-800-1111111111.webp");
  });

  it("takes the largest when none is dense enough (a card's thumbnail: 640 w)", () => {
    expect(chooseCandidate(THUMB_SRCSET, THUMB_SIZES, PHONE)?.url).toBe("/img/a-thumb-640-5555555555.webp");
  });

  it("picks by the screen's density: 1x on a wide screen needs only 800 w for 768 px", () => {
    expect(chooseCandidate(PAGE_SRCSET, WEB_SIZES, DESKTOP)?.url).toBe("/img/a-800-1111111111.webp");
    expect(chooseCandidate(PAGE_SRCSET, WEB_SIZES, { ...DESKTOP, dpr: 2 })?.url).toBe("/img/a-1600-3333333333.webp");
  });

  it("reads x descriptors and single URLs", () => {
    expect(parseSrcset("/a.webp, /b.webp 2x")).toEqual([
      { url: "/a.webp", density: 1 },
      { url: "/b.webp", density: 2 },
    ]);
    expect(chooseCandidate("/a.webp, /b.webp 2x", undefined, PHONE)?.url).toBe("/b.webp");
    expect(chooseCandidate("", undefined, PHONE)).toBeUndefined();
  });
});
