import { z } from "zod";
import { location, slug, text } from "./common.ts";

export const ROUTE_MODES = ["walk", "bike", "car"] as const;
export type RouteMode = (typeof ROUTE_MODES)[number];

// A stop is either a monument reference or an inline waypoint. One strict
// object with a check gives clearer errors than a union of two shapes.
export const stopSchema = z
  .strictObject({
    monument: slug.optional(),
    name: text(2, 120).optional(),
    location: location.optional(),
    note: text(2, 300).optional(),
  })
  .superRefine((stop, context) => {
    if (stop.monument !== undefined && (stop.name !== undefined || stop.location !== undefined)) {
      context.addIssue({ code: "custom", message: "stop-both", path: [] });
    } else if (stop.monument === undefined) {
      if (stop.name === undefined) context.addIssue({ code: "custom", message: "stop-name", path: [] });
      if (stop.location === undefined) context.addIssue({ code: "custom", message: "stop-location", path: [] });
    }
  });
export type StopData = z.infer<typeof stopSchema>;

export const routeSchema = z.strictObject({
  title: text(2, 120),
  mode: z.enum(ROUTE_MODES),
  summary: text(10, 200),
  start: text(2, 200),
  finish: text(2, 200),
  stops: z.array(stopSchema).min(2),
  track: z.string().min(1).optional(),
  accessibility: text(2, 600).optional(),
});
export type RouteData = z.infer<typeof routeSchema>;
