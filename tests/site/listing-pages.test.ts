import { describe, expect, it } from "vitest";
import { listingPages, listingPageSize, listingPageUrl, pageNumbers, splitIntoPages } from "../../src/site/listing-pages.ts";

describe("listing-pages", () => {
  describe("splitIntoPages", () => {
    it("keeps every item once, in order, in pages of the size", () => {
      const items = Array.from({ length: 11 }, (_, index) => index);
      const pages = splitIntoPages(items, 4);
      expect(pages.map((page) => page.length)).toEqual([4, 4, 3]);
      expect(pages.flat()).toEqual(items);
    });
    it("makes one page of a list that fits, and one empty page of none", () => {
      expect(splitIntoPages([1, 2, 3], 3)).toEqual([[1, 2, 3]]);
      expect(splitIntoPages([], 3)).toEqual([[]]);
    });
    it("refuses a page size that is not positive", () => {
      expect(() => splitIntoPages([1], 0)).toThrow(/page size/);
    });
  });

  describe("listingPageUrl", () => {
    it("puts page 1 at the list's address and page n under it", () => {
      expect(listingPageUrl("/gemeenten/genk/monumenten/", 1)).toBe("/gemeenten/genk/monumenten/");
      expect(listingPageUrl("/gemeenten/genk/monumenten/", 2)).toBe("/gemeenten/genk/monumenten/2/");
    });
  });

  describe("pageNumbers", () => {
    it("shows the first, the last and two either side of the current page", () => {
      expect(pageNumbers(7, 14)).toEqual([1, null, 5, 6, 7, 8, 9, null, 14]);
    });
    it("shows a single left-out number instead of a gap", () => {
      expect(pageNumbers(5, 14)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 14]);
    });
    it("shows every number of a short list", () => {
      expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
      expect(pageNumbers(1, 1)).toEqual([1]);
    });
  });

  describe("listingPages", () => {
    it("links each page to the previous and next and numbers them", () => {
      const pages = listingPages(["a", "b", "c", "d", "e"], 2, "/monumenten/per-soort/church/");
      expect(pages.map((page) => [page.number, page.count, page.url, page.items])).toEqual([
        [1, 3, "/monumenten/per-soort/church/", ["a", "b"]],
        [2, 3, "/monumenten/per-soort/church/2/", ["c", "d"]],
        [3, 3, "/monumenten/per-soort/church/3/", ["e"]],
      ]);
      expect(pages[0]!.previousUrl).toBeUndefined();
      expect(pages[1]!.previousUrl).toBe("/monumenten/per-soort/church/");
      expect(pages[1]!.nextUrl).toBe("/monumenten/per-soort/church/3/");
      expect(pages[2]!.nextUrl).toBeUndefined();
      expect(pages[1]!.links).toEqual([
        { number: 1, url: "/monumenten/per-soort/church/" },
        { number: 2, url: "/monumenten/per-soort/church/2/" },
        { number: 3, url: "/monumenten/per-soort/church/3/" },
      ]);
    });
  });

  describe("listingPageSize", () => {
    it("is 150 unless SCHACHTBOK_LISTING_PAGE_SIZE sets a positive whole number", () => {
      expect(listingPageSize({})).toBe(150);
      expect(listingPageSize({ SCHACHTBOK_LISTING_PAGE_SIZE: "25" })).toBe(25);
      expect(listingPageSize({ SCHACHTBOK_LISTING_PAGE_SIZE: "zero" })).toBe(150);
    });
  });
});
