import { describe, expect, it } from "vitest";
import { renderInlineMarkdown, renderMarkdown } from "../../src/markdown/render.ts";

describe("renderMarkdown", () => {
  it("escapes raw HTML, so script tags and event handlers never run", () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java&#x73;cript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "file:///etc/passwd",
    "//evil.example/x",
  ])("never turns %s into a link", (url) => {
    const html = renderMarkdown(`[klik](${url}) en ![beeld](${url})`);
    expect(html).not.toMatch(/<a |<img /);
  });

  it("keeps ordinary links and marks external ones", () => {
    const html = renderMarkdown("[C-mine](/monumenten/c-mine/) en [bron](https://www.c-mine.be/geschiedenis) en [mail](mailto:info@example.org)");
    expect(html).toContain('<a href="/monumenten/c-mine/">C-mine</a>');
    expect(html).toContain('<a href="https://www.c-mine.be/geschiedenis" rel="noopener noreferrer external">bron</a>');
    expect(html).toContain('<a href="mailto:info@example.org">mail</a>');
  });

  it("escapes quotes in link targets so attributes cannot be injected", () => {
    const html = renderMarkdown('[x](/a" onmouseover="alert(1))');
    expect(html).not.toMatch(/onmouseover="/);
  });

  it("shifts headings down so the page title stays the only h1", () => {
    expect(renderMarkdown("# Geschiedenis\n\n## Vandaag")).toBe("<h2>Geschiedenis</h2>\n<h3>Vandaag</h3>\n");
    expect(renderMarkdown("### Bronnen\n\n#### Boeken", { topHeading: 3 })).toBe("<h3>Bronnen</h3>\n<h4>Boeken</h4>\n");
  });
});

describe("renderInlineMarkdown", () => {
  it("renders emphasis without a paragraph and escapes HTML", () => {
    expect(renderInlineMarkdown("*Kohle* <b>angebohrt</b>")).toBe("<em>Kohle</em> &lt;b&gt;angebohrt&lt;/b&gt;");
  });
});
