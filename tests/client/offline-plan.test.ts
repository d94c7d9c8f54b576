import { describe, expect, it } from "vitest";
import { cacheNameFor, fillTemplate, formatBytes, keyOfCache, orphanCaches, pictureFamily, refreshAction, refreshDue } from "../../src/client/offline-plan.ts";

describe("refreshAction", () => {
  const stored = { version: "v1", checkedBy: "build-1" };

  it("keeps a copy the new build did not change", () => {
    expect(refreshAction(stored, { status: "ok", version: "v1" }, "build-2")).toBe("keep");
  });

  it("downloads a new copy when the route's files changed", () => {
    expect(refreshAction(stored, { status: "ok", version: "v2" }, "build-2")).toBe("refresh");
  });

  it("removes the copy of a route that is no longer on the site", () => {
    expect(refreshAction(stored, { status: "gone" }, "build-2")).toBe("remove");
  });

  it("marks the copy out of date when a new build is out but the phone is offline, once", () => {
    expect(refreshAction(stored, { status: "unreachable" }, "build-2")).toBe("mark-outdated");
    expect(refreshAction({ ...stored, outdated: true }, { status: "unreachable" }, "build-2")).toBe("wait");
  });
});

describe("refreshDue", () => {
  it("checks each copy once per build, and copies marked out of date every time", () => {
    expect(refreshDue({ version: "v1", checkedBy: "build-1" }, "build-1")).toBe(false);
    expect(refreshDue({ version: "v1", checkedBy: "build-1" }, "build-2")).toBe(true);
    expect(refreshDue({ version: "v1", checkedBy: "build-2", outdated: true }, "build-2")).toBe(true);
    expect(refreshDue({ version: "v1" }, "build-1")).toBe(true);
  });
});

describe("formatBytes", () => {
  it("writes sizes as each language does", () => {
    const bytes = 2.4 * 1024 * 1024;
    expect(formatBytes(bytes, "nl")).toBe("2,4\u00a0MB");
    expect(formatBytes(bytes, "en")).toBe("2.4\u00a0MB");
    expect(formatBytes(bytes, "de")).toBe("2,4\u00a0MB");
    expect(formatBytes(bytes, "fr")).toBe("2,4\u00a0Mo");
  });

  it("writes less than a megabyte in kB", () => {
    expect(formatBytes(572 * 1024, "nl")).toBe("572\u00a0kB");
    expect(formatBytes(100, "fr")).toBe("1\u00a0ko");
  });
});

describe("fillTemplate", () => {
  it("fills the panel's placeholders and leaves unknown ones", () => {
    expect(fillTemplate("Opgeslagen: {size}, {pages}", { size: "2,4 MB", pages: "14 pagina's" })).toBe("Opgeslagen: 2,4 MB, 14 pagina's");
    expect(fillTemplate("{x}", {})).toBe("{x}");
  });
});

describe("the caches of stored copies", () => {
  it("name their route", () => {
    const name = cacheNameFor("nl/alle-zeven-mijnen", "abc", "lx1");
    expect(keyOfCache(name)).toBe("nl/alle-zeven-mijnen");
    expect(keyOfCache("other-cache")).toBeUndefined();
  });

  it("are removed when no record points at them, after a grace time for downloads in progress", () => {
    const now = 10_000_000;
    const old = cacheNameFor("nl/a", "v1", (now - 2_000_000).toString(36));
    const fresh = cacheNameFor("nl/a", "v2", (now - 1000).toString(36));
    const used = cacheNameFor("nl/b", "v1", (now - 5_000_000).toString(36));
    expect(orphanCaches([old, fresh, used, "someone-else"], new Set([used]), now, 1_000_000)).toEqual([old]);
  });
});

describe("pictureFamily", () => {
  it("groups the widths of one picture, apart from its thumbnails", () => {
    expect(pictureFamily("/img/c-mine-2-800-0123456789.webp")).toBe("/img/c-mine-2-");
    expect(pictureFamily("/img/c-mine-2-480-abcdefabcd.jpg")).toBe("/img/c-mine-2-");
    expect(pictureFamily("/img/c-mine-2-thumb-640-abcdefabcd.webp")).toBe("/img/c-mine-2-thumb-");
    expect(pictureFamily("/assets/css/site.css")).toBeUndefined();
  });
});
