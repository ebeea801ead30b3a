// Compiles relation dictionaries into an index from a trigger's first word to the triggers it can start.
import type { Polarity } from "../record.js";
import { nounForms, verbForms } from "./inflect.js";
import type { RelationSpec, TriggerSpec } from "./types.js";

export interface CompiledTrigger {
  relation: string;
  polarity: Polarity;
  symmetric: boolean;
  cameo: string;
  pos: "verb" | "noun";
  /** Accepted lower-case forms per slot. */
  slots: ReadonlySet<string>[];
  object: boolean;
  preps: ReadonlySet<string>;
  reciprocal: boolean;
  targetTypes: ReadonlySet<string> | undefined;
  confidence: number;
}

export type TriggerIndex = Map<string, CompiledTrigger[]>;

function compileOne(spec: RelationSpec, t: TriggerSpec): CompiledTrigger {
  const raw = t.words
    .toLowerCase()
    .split(" ")
    .map((slot) => slot.split("|"));
  const slots = raw.map((alternatives, i) => {
    const inflect =
      t.pos === "verb" && i === 0
        ? verbForms
        : t.pos === "noun" && i === raw.length - 1
          ? nounForms
          : undefined;
    return new Set(inflect ? alternatives.flatMap(inflect) : alternatives);
  });
  return {
    relation: spec.relation,
    polarity: spec.polarity,
    symmetric: spec.symmetric,
    cameo: t.cameo ?? spec.cameo,
    pos: t.pos,
    slots,
    object: t.object ?? false,
    preps: new Set(t.preps ?? []),
    reciprocal: t.reciprocal ?? false,
    targetTypes: t.targetTypes ? new Set(t.targetTypes) : undefined,
    confidence: t.confidence ?? 0.9,
  };
}

export function compileTriggers(relations: RelationSpec[]): TriggerIndex {
  const index: TriggerIndex = new Map();
  for (const spec of relations) {
    for (const t of spec.triggers) {
      const compiled = compileOne(spec, t);
      for (const word of compiled.slots[0]!) {
        const list = index.get(word) ?? [];
        list.push(compiled);
        index.set(word, list);
      }
    }
  }
  return index;
}
