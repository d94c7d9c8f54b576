import { describe, expect, it } from "vitest";
import { listItemLines } from "../../src/client/list-source.ts";

describe("listItemLines", () => {
  it("takes the <li> lines of the server's list, without the <ul> around them or blank lines", () => {
    const source = `
    <ul class="map-list__items" data-map-list>
    <li data-id="c-mine"><a href="/monumenten/c-mine/">C-mine</a></li>

    <li data-id="be-mine"><a href="/monumenten/be-mine/">be-MINE &amp; museum</a></li>
    </ul>
    `;
    expect(listItemLines(source)).toEqual([
      '<li data-id="c-mine"><a href="/monumenten/c-mine/">C-mine</a></li>',
      '<li data-id="be-mine"><a href="/monumenten/be-mine/">be-MINE &amp; museum</a></li>',
    ]);
  });

  it("gives nothing for an empty list", () => {
    expect(listItemLines('<ul data-map-list>\n</ul>')).toEqual([]);
  });
});
