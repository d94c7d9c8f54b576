// Small DOM helpers: elements are built with textContent, never from HTML strings,
// so no text from the data can become markup.

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A link when there is a safe target, plain text otherwise. */
export function linkOrText(text: string, href: string | null): HTMLElement {
  return href ? element("a", { href }, text) : element("span", {}, text);
}

/** The first element matching `selector` inside `root`; throws a clear error when the markup lacks it. */
export function required<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`map: missing ${selector}`);
  return found;
}
