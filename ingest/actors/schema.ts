// The schema of an actor dictionary file (defaults and `--actors FILE` alike), checked with zod at load.
import { z } from "zod";

/** Upper-case ASCII slug; states are further held to three letters once their type is known. */
export const ACTOR_ID = /^[A-Z][A-Z0-9_]*$/;
export const STATE_ID = /^[A-Z]{3}$/;

const name = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .refine((text) => text.replace(/^the\s*/i, "").length > 0, "must be more than an article");
const names = z.array(name);
const actorId = z.string().regex(ACTOR_ID, "must be an upper-case ASCII slug such as IRQ or ISLAMIC_STATE");
const year = z.int().min(1900).max(2100);

/** One actor, or an extension of an actor already defined earlier (then `name` and `type` may be left out). */
export const fileActorSchema = z.strictObject({
  id: actorId,
  name: name.optional(),
  type: z.enum(["state", "igo", "armed-group", "coalition", "other"]).optional(),
  aliases: names.optional(),
  acronyms: names.optional(),
  demonyms: names.optional(),
  capitals: names.optional(),
  institutions: names.optional(),
  ambiguous: names.optional(),
  /** Names to drop from what earlier sources (the world-countries package, earlier files) gave this actor. */
  remove: names.optional(),
  /** The world-countries `cca3` to build this state from when it differs from `id` (Kosovo: UNK → XKX). */
  packageCode: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});

export const filePersonSchema = z
  .strictObject({
    name,
    aliases: names,
    actor: actorId,
    role: name,
    from: year,
    to: year.optional(),
  })
  .refine((person) => person.to === undefined || person.from <= person.to, {
    message: "`from` must not be after `to`",
    path: ["to"],
  });

export const fileRegionSchema = z.strictObject({
  name,
  demonyms: names.min(1, "needs at least one demonym"),
  state: z.string().regex(STATE_ID, "must be a state id (three upper-case letters)"),
});

export const dictionaryFileSchema = z.strictObject({
  /** Free text for the file's readers (what it holds, decisions taken); ignored by the loader. */
  $comment: z.union([z.string(), z.array(z.string())]).optional(),
  actors: z.array(fileActorSchema).optional(),
  people: z.array(filePersonSchema).optional(),
  regions: z.array(fileRegionSchema).optional(),
  nonActors: names.optional(),
});

export type FileActor = z.infer<typeof fileActorSchema>;
export type FilePerson = z.infer<typeof filePersonSchema>;
export type FileRegion = z.infer<typeof fileRegionSchema>;
export type DictionaryFile = z.infer<typeof dictionaryFileSchema>;
