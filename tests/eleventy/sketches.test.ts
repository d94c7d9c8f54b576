import { describe, expect, it } from "vitest";
import { leadImage } from "../../src/eleventy/sketches.ts";
import { useSampleBuild } from "../helpers/images.ts";

const sample = useSampleBuild();

describe("leadImage", () => {
  it("takes the first image of the monument site.yaml names as home.leadMonument", () => {
    const model = { ...sample.model, config: { ...sample.model.config, home: { leadMonument: "c-mine" } } };
    const lead = leadImage(model)!;
    expect(lead.monument.slug).toBe("c-mine");
    expect(lead.image).toBe(lead.monument.images[0]);
  });

  it("without one, takes the first monument with an image on the first featured route", () => {
    const model = { ...sample.model, config: { ...sample.model.config, home: {} } };
    const firstStop = sample.model.featuredRoutes[0]!.stops.find((stop) => stop.type === "monument" && stop.monument.images.length > 0)!;
    expect(leadImage(model)!.monument).toBe(firstStop.type === "monument" ? firstStop.monument : undefined);
  });

  it("passes over a named monument without an image", () => {
    const bare = { ...sample.model.monuments[0]!, slug: "zonder-beeld", images: [] };
    const model = { ...sample.model, monuments: [bare, ...sample.model.monuments], config: { ...sample.model.config, home: { leadMonument: "zonder-beeld" } } };
    expect(leadImage(model)!.monument.slug).not.toBe("zonder-beeld");
  });
});
