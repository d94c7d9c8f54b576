// Text that ends up in HTML strings (Leaflet's attribution control only takes HTML).

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Only web addresses become links: a config value can never become a javascript: URL. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s"'<>]+$/i.test(url);
}

/** The tile attribution as HTML: the configured text, linked to its URL when there is one. */
export function attributionHtml(text: string, url?: string): string {
  const label = escapeHtml(text);
  if (!url || !isWebUrl(url)) return label;
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer external">${label}</a>`;
}
