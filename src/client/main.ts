import { isMapConfig, MAP_CONFIG_ELEMENT_ID, type MapConfig } from "./config.ts";
import { currentLang, MAP_MESSAGES, type MapMessages } from "./messages.ts";
import { mountMonumentMap } from "./monument-map.ts";
import { mountOverviewMap } from "./overview-map.ts";
import { mountRouteMap } from "./route-map.ts";
import { mountRoutesMap } from "./routes-map.ts";

// Entry of /assets/map/map.js. Every element with data-map="<kind>" gets its map;
// a map that fails leaves the rest of the page (its lists and links) as it was.
// The page's language is read here, once: every map gets its words from the caller.

const MOUNTS: Record<string, (root: HTMLElement, config: MapConfig, messages: MapMessages) => void> = {
  overview: mountOverviewMap,
  route: mountRouteMap,
  routes: mountRoutesMap,
  monument: mountMonumentMap,
};

function readConfig(): MapConfig | undefined {
  try {
    const config: unknown = JSON.parse(document.getElementById(MAP_CONFIG_ELEMENT_ID)?.textContent ?? "null");
    return isMapConfig(config) ? config : undefined;
  } catch {
    return undefined;
  }
}

const config = readConfig();
const messages = MAP_MESSAGES[currentLang()];
if (!config) console.error(`map: no valid <script id="${MAP_CONFIG_ELEMENT_ID}">`);
else {
  for (const root of document.querySelectorAll<HTMLElement>("[data-map]")) {
    const mount = MOUNTS[root.dataset.map ?? ""];
    try {
      mount?.(root, config, messages);
    } catch (error) {
      console.error(error);
    }
  }
}
