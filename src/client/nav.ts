// Entry of /assets/map/nav.js, on every page: on a phone, the main menu is folded behind a
// "Menu" button (a disclosure: aria-expanded on the button). The folding itself is CSS, keyed
// to the "js" class that a line in the page's <head> sets before anything is drawn, so the page
// does not shift when this script arrives; without scripts the sections simply wrap. Escape
// closes the menu and gives the focus back to the button, as does a tap outside it.

function mount(nav: HTMLElement): void {
  const button = nav.querySelector<HTMLButtonElement>(".site-nav__toggle");
  const list = nav.querySelector<HTMLElement>("ul");
  if (!button || !list) return;
  const isOpen = () => button.getAttribute("aria-expanded") === "true";
  const set = (open: boolean) => {
    button.setAttribute("aria-expanded", String(open));
    list.classList.toggle("site-nav__list--open", open);
  };
  button.addEventListener("click", () => set(!isOpen()));
  nav.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && isOpen()) {
      set(false);
      button.focus();
    }
  });
  document.addEventListener("click", (event) => {
    if (isOpen() && !nav.contains(event.target as Node)) set(false);
  });
}

const nav = document.querySelector<HTMLElement>("[data-site-nav]");
if (nav) mount(nav);
