// The overview map's list arrives as the text of a <noscript> (see monument-list.ts).
// The server writes one <li> per line; these are the lines to insert. Pure: tested in tests/client.

export function listItemLines(source: string): string[] {
  const items: string[] = [];
  for (const line of source.split("\n")) {
    const item = line.trim();
    if (item.startsWith("<li")) items.push(item);
  }
  return items;
}
