// The edge record of ../shared/ONTOLOGY.md as a zod schema, to check what the extractor emits (tests, fuzzing).
import { z } from "zod";
import { ACTOR_ID } from "./actors/schema.js";
import type { EdgeRecord } from "./record.js";

const actorRef = z.strictObject({
  id: z.string().regex(ACTOR_ID, "an upper-case ASCII slug (IRQ, ISLAMIC_STATE)"),
  name: z.string().min(1),
  type: z.enum(["state", "igo", "armed-group", "coalition", "other"]),
  via: z.string().min(1).optional(),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

export const edgeRecordSchema = z
  .strictObject({
    source: actorRef,
    relation: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "kebab-case"),
    target: actorRef,
    polarity: z.enum(["cooperative", "hostile"]),
    symmetric: z.boolean(),
    modality: z.enum(["asserted", "intended", "negated", "hypothetical"]),
    cameo: z.string().regex(/^\d{2,4}$/, "a CAMEO code of 2-4 digits"),
    confidence: z.number().gt(0).lte(1),
    doc: z.string().min(1),
    sentence: z.int().min(0),
    text: z.string().min(1),
    start: z.int().min(0),
    end: z.int().min(1),
    date: isoDate.optional(),
  })
  .refine((r) => r.start < r.end, { message: "start must be before end", path: ["end"] })
  .refine((r) => r.text.length === r.end - r.start, {
    message: "text must be the span start..end",
    path: ["text"],
  });

/** The schema's records are EdgeRecords (and back): the compiler keeps the two in step. */
export type CheckedRecord = z.infer<typeof edgeRecordSchema>;
const _sameShape: [CheckedRecord, EdgeRecord] extends [EdgeRecord, CheckedRecord] ? true : never = true;
void _sameShape;

/** The problems of a record as "path: message" lines; empty when it is valid. */
export function recordProblems(record: unknown): string[] {
  const result = edgeRecordSchema.safeParse(record);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".") || "record"}: ${issue.message}`);
}
