import type { SiteModel } from "../content/model.ts";
import { plural } from "../content/problems.ts";

export function summariseModel(model: SiteModel): string {
  return [
    plural(model.monuments.length, "monument"),
    plural(model.routes.length, "route"),
    plural(model.stories.length, "story", "stories"),
    ...(model.series.length > 0 ? [plural(model.series.length, "postcard series", "postcard series")] : []),
    ...(model.packs.length > 0 ? [plural(model.packs.length, "teaching pack")] : []),
  ].join(", ");
}
