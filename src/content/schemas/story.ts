import { z } from "zod";
import { image, partialDate, slug, text } from "./common.ts";

export const STORY_KINDS = ["testimony", "story", "event"] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

export const storySchema = z
  .strictObject({
    title: text(2, 120),
    kind: z.enum(STORY_KINDS),
    date: partialDate,
    summary: text(10, 200),
    narrators: z.array(text(2, 120)).default([]),
    authors: z.array(text(2, 120)).default([]),
    monuments: z.array(slug).default([]),
    images: z.array(image).default([]),
    audio: z
      .strictObject({
        file: z.string().min(1),
        transcript: text(20, 20000),
      })
      .optional(),
  })
  .superRefine((story, context) => {
    if (story.kind === "testimony" && story.narrators.length === 0) {
      context.addIssue({ code: "custom", message: "testimony-narrator", path: ["narrators"] });
    }
  });
export type StoryData = z.infer<typeof storySchema>;
