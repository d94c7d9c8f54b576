import MarkdownIt from "markdown-it";

// Content Markdown is written by staff, but it is still untrusted input for the
// page: raw HTML is escaped (html: false), and only http(s), mailto, tel and
// site-relative links survive. markdown-it already drops javascript:, vbscript:
// and data: URLs; the allow-list below also drops anything unexpected.
const SAFE_LINK = /^(?:https?:|mailto:|tel:|\/(?!\/)|#|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/i;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

const defaultValidateLink = markdown.validateLink.bind(markdown);
markdown.validateLink = (url: string): boolean => {
  const trimmed = url.trim();
  return defaultValidateLink(trimmed) && SAFE_LINK.test(trimmed);
};

// External links open in the same tab (better on phones) but never leak the opener.
const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  const href = String(token.attrGet("href") ?? "");
  if (/^https?:/i.test(href)) token.attrSet("rel", "noopener noreferrer external");
  return defaultLinkOpen(tokens, index, options, env, self);
};

/**
 * Renders a content body. Its highest heading becomes `topHeading` (default h2),
 * whether the writer started at "#" or "##", so headings never skip a level below
 * the page's own <h1>.
 */
export function renderMarkdown(source: string, options: { topHeading?: number } = {}): string {
  const tokens = markdown.parse(source, {});
  const headings = tokens.filter((token) => token.type === "heading_open" || token.type === "heading_close");
  if (headings.length > 0) {
    const highest = Math.min(...headings.map((token) => Number(token.tag.slice(1))));
    const offset = (options.topHeading ?? 2) - highest;
    for (const token of headings) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + offset)}`;
  }
  return markdown.renderer.render(tokens, markdown.options, {});
}

/** The tokens of a content body, parsed with the same safe settings as the pages (for the PDFs). */
export function parseMarkdown(source: string): ReturnType<typeof markdown.parse> {
  return markdown.parse(source, {});
}

/** Renders one line of Markdown (no paragraph), for summaries and captions. */
export function renderInlineMarkdown(source: string): string {
  return markdown.renderInline(source);
}
