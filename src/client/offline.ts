import { fillTemplate, formatBytes } from "./offline-plan.ts";
import { removeRoute, storedRoute, storeRoute, type StoredRoute } from "./offline-store.ts";

// Entry of /assets/map/offline.js: the "Bewaar offline" panel of a route page
// (layouts/partials/offline-panel.njk). It registers the site's service worker (/sw.js) when
// the browser is idle, stores the route into the Cache Storage (src/client/offline-store.ts),
// says what is stored, and removes it. The panel's texts are in the page, in its language.
// Its states swap elements that share one place (CSS grid), so nothing on the page moves.

interface OfflineTexts {
  storing: string;
  progress: string;
  stored: string;
  pagesOne: string;
  pagesMany: string;
  outdated: string;
  failed: string;
  removed: string;
}

type PanelState = "unsupported" | "idle" | "storing" | "stored";

const panel = document.querySelector<HTMLElement>("[data-offline]");
if (panel) mount(panel);

function mount(panel: HTMLElement): void {
  const manifestUrl = panel.dataset.offlineManifest;
  const key = panel.dataset.offlineKey;
  const workerUrl = panel.dataset.offlineWorker;
  const texts = readTexts(panel);
  const status = panel.querySelector<HTMLElement>("[data-offline-status]");
  const storeButton = panel.querySelector<HTMLButtonElement>("[data-offline-store]");
  const removeButton = panel.querySelector<HTMLButtonElement>("[data-offline-remove]");
  if (!manifestUrl || !key || !workerUrl || !texts || !status || !storeButton || !removeButton) return;
  if (!("serviceWorker" in navigator) || !("caches" in window)) return setState(panel, "unsupported");
  const lang = document.documentElement.lang || "nl";

  const say = (text: string) => {
    status.textContent = text;
  };
  const describe = (record: StoredRoute) => {
    const pages = fillTemplate(record.pages === 1 ? texts.pagesOne : texts.pagesMany, { count: record.pages });
    const text = fillTemplate(texts.stored, { size: formatBytes(record.bytes, lang), pages });
    return record.outdated ? `${text} ${texts.outdated}` : text;
  };
  const show = async () => {
    const record = await storedRoute(key).catch(() => undefined);
    setState(panel, record ? "stored" : "idle");
    panel.dataset.offlineBytes = record ? String(record.bytes) : "";
    if (record) say(describe(record));
  };

  const register = () => navigator.serviceWorker.register(workerUrl, { scope: "/" });
  // Registering waits until the browser is idle: the page comes first.
  const idle = (callback: () => void) => ("requestIdleCallback" in window ? window.requestIdleCallback(callback, { timeout: 4000 }) : setTimeout(callback, 2000));
  idle(() => {
    register()
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (navigator.onLine) registration.active?.postMessage({ type: "refresh" });
      })
      .catch(() => undefined);
  });
  navigator.serviceWorker.addEventListener("message", (event) => {
    if ((event.data as { type?: string } | null)?.type === "offline-changed" && panel.dataset.offlineState !== "storing") void show();
  });
  window.addEventListener("online", () => {
    navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: "refresh" })).catch(() => undefined);
  });

  storeButton.addEventListener("click", async () => {
    setState(panel, "storing");
    status.setAttribute("aria-busy", "true");
    say(texts.storing);
    // Asks the browser not to clear the store when space runs low (granted or not, storing goes on).
    void navigator.storage?.persist?.().catch(() => false);
    try {
      // The worker must be there to answer once the phone is offline.
      await register();
      await navigator.serviceWorker.ready;
      const record = await storeRoute(manifestUrl, ({ done, total }) => {
        if (total > 0) status.textContent = fillTemplate(texts.progress, { done, total });
      });
      setState(panel, "stored");
      panel.dataset.offlineBytes = String(record.bytes);
      status.removeAttribute("aria-busy");
      say(describe(record));
      removeButton.focus();
    } catch (error) {
      console.error(error);
      setState(panel, "idle");
      status.removeAttribute("aria-busy");
      say(texts.failed);
      storeButton.focus();
    }
  });

  removeButton.addEventListener("click", async () => {
    await removeRoute(key);
    setState(panel, "idle");
    panel.dataset.offlineBytes = "";
    say(texts.removed);
    storeButton.focus();
  });

  void show();
}

function setState(panel: HTMLElement, state: PanelState): void {
  panel.dataset.offlineState = state;
  const storeButton = panel.querySelector<HTMLButtonElement>("[data-offline-store]");
  const removeButton = panel.querySelector<HTMLButtonElement>("[data-offline-remove]");
  if (storeButton) {
    storeButton.hidden = state === "stored";
    storeButton.disabled = state === "storing";
  }
  if (removeButton) removeButton.hidden = state !== "stored";
}

function readTexts(panel: HTMLElement): OfflineTexts | undefined {
  try {
    return JSON.parse(panel.querySelector("[data-offline-texts]")?.textContent ?? "null") as OfflineTexts;
  } catch {
    return undefined;
  }
}
