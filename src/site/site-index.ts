import type { Monument, Municipality, Route, SiteModel, Story } from "../content/model.ts";
import { MONUMENT_KINDS, type MonumentKind } from "../content/schemas/monument.ts";
import { MONUMENT_KINDS_NL } from "../i18n/nl.ts";
import type { SiteView } from "../i18n/localize.ts";

// The groupings of the site's lists (by municipality, by kind, the routes and stories of each
// municipality), made in one pass over a model and kept for it: the listings, the municipality pages
// and their filters all read them.

export interface MunicipalityGroup {
  municipality: Municipality;
  monuments: Monument[];
}

export interface KindGroup {
  kind: MonumentKind;
  label: string;
  monuments: Monument[];
}

/** Everything the listings and municipality pages group by, built in one pass over the model. */
export interface SiteIndex {
  /** Every municipality in site order, also those without monuments. */
  byMunicipality: MunicipalityGroup[];
  /** Kinds in schema order; only kinds that have monuments. */
  byKind: KindGroup[];
  routesByMunicipality: Map<string, Route[]>;
  storiesByMunicipality: Map<string, Story[]>;
}

// Keyed on the monuments array, not the model: Eleventy hands every paginated
// page its own proxy of the global data, but arrays inside it stay the same.
const indexes = new WeakMap<Monument[], SiteIndex>();

export function siteIndex(model: Pick<SiteModel, "municipalities" | "monuments" | "routes" | "stories">): SiteIndex {
  const cached = indexes.get(model.monuments);
  if (cached) return cached;

  const monumentsBySlug = new Map<string, Monument[]>(model.municipalities.map((m) => [m.slug, []]));
  const byKindMap = new Map<MonumentKind, Monument[]>();
  for (const monument of model.monuments) {
    monumentsBySlug.get(monument.municipality.slug)?.push(monument);
    const ofKind = byKindMap.get(monument.kind) ?? [];
    ofKind.push(monument);
    byKindMap.set(monument.kind, ofKind);
  }

  const routesByMunicipality = new Map<string, Route[]>();
  for (const route of model.routes) {
    for (const municipality of route.municipalities) pushTo(routesByMunicipality, municipality.slug, route);
  }
  // model.stories is newest first, so each municipality's list is too.
  const storiesByMunicipality = new Map<string, Story[]>();
  for (const story of model.stories) {
    const slugs = new Set(story.monuments.map((monument) => monument.municipality.slug));
    for (const slug of slugs) pushTo(storiesByMunicipality, slug, story);
  }

  const index: SiteIndex = {
    byMunicipality: model.municipalities.map((municipality) => ({
      municipality,
      monuments: monumentsBySlug.get(municipality.slug) ?? [],
    })),
    byKind: MONUMENT_KINDS.flatMap((kind) => {
      const monuments = byKindMap.get(kind);
      return monuments ? [{ kind, label: ((model as Partial<SiteView>).t?.kinds ?? MONUMENT_KINDS_NL)[kind].plural, monuments }] : [];
    }),
    routesByMunicipality,
    storiesByMunicipality,
  };
  indexes.set(model.monuments, index);
  return index;
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
