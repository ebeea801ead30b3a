// Loads and validates relation dictionaries (the defaults and a user's --relations files).
import { readFileSync } from "node:fs";
import { z } from "zod";
import { DictionaryError, InputError } from "../../lib/errors.js";
import { projectPath } from "../../lib/paths.js";
import { parseJsonText } from "../actors/read-file.js";
import type { RelationSpec } from "./types.js";

const Trigger = z
  .object({
    pos: z.enum(["verb", "noun"]),
    words: z.string().regex(/^[\p{L}\p{N}'-]+(\|[\p{L}\p{N}'-]+)*( [\p{L}\p{N}'-]+(\|[\p{L}\p{N}'-]+)*)*$/u, {
      message: "words must be slots of letters separated by spaces, alternatives by |",
    }),
    object: z.boolean().optional(),
    preps: z.array(z.string().regex(/^[a-z]+$/)).optional(),
    reciprocal: z.boolean().optional(),
    targetTypes: z.array(z.string()).optional(),
    cameo: z
      .string()
      .regex(/^\d{2,4}$/)
      .optional(),
    // A record's confidence is in (0, 1]: 0 would rank evidence below nothing.
    confidence: z.number().gt(0, "must be above 0").max(1).optional(),
  })
  .strict()
  .refine((t) => t.object || (t.preps && t.preps.length > 0), { message: "a trigger needs object or preps" });

const Relation = z
  .object({
    relation: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { message: "relation names are kebab-case" }),
    polarity: z.enum(["cooperative", "hostile"]),
    symmetric: z.boolean(),
    cameo: z.string().regex(/^\d{2,4}$/),
    triggers: z.array(Trigger),
  })
  .strict();

const File = z.object({ $comment: z.string().optional(), relations: z.array(z.unknown()) }).strict();

export const DEFAULT_RELATIONS = projectPath("ingest", "dictionaries", "relations.json");

function parseFile(path: string): RelationSpec[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(path, undefined, `cannot read relation dictionary: ${(error as Error).message}`);
  }
  const parsed = parseJsonText(text);
  if (parsed.kind === "error") throw new InputError(path, parsed.line, parsed.message);
  const raw = parsed.value;
  const file = File.safeParse(raw);
  if (!file.success) throw new DictionaryError(path, "(top level)", file.error.issues[0]!.message);
  return file.data.relations.map((entry, i) => {
    const parsed = Relation.safeParse(entry);
    const label = `#${i + 1}${typeof (entry as { relation?: unknown })?.relation === "string" ? ` ("${(entry as { relation: string }).relation}")` : ""}`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DictionaryError(path, label, `${issue.path.join(".") || "entry"}: ${issue.message}`);
    }
    return parsed.data;
  });
}

/** The default relations, then each extra file's: a relation named again gains the new triggers. */
export function loadRelations(extraFiles: string[] = []): RelationSpec[] {
  const byName = new Map<string, RelationSpec>();
  for (const path of [DEFAULT_RELATIONS, ...extraFiles]) {
    for (const spec of parseFile(path)) {
      const known = byName.get(spec.relation);
      if (known) known.triggers.push(...spec.triggers);
      else byName.set(spec.relation, { ...spec, triggers: [...spec.triggers] });
    }
  }
  return [...byName.values()];
}
