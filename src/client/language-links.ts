// The language switcher's links (layouts/partials/header.njk) carry the page's choices along:
// the filters of the map and the pack listing and the words of a search are in the address
// (?gemeente=genk&soort=church, ?q=kerk) under the same names in every language, so the same
// page in German shows the same choice.

export function carryChoicesToOtherLanguages(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".language-switch a[hreflang]")) {
    const target = new URL(link.getAttribute("href") ?? "", location.href);
    if (target.origin !== location.origin) continue;
    link.setAttribute("href", `${target.pathname}${location.search}${location.hash}`);
  }
}
