// Adds the diacritic-free spelling of every name ("Türkiye" → "Turkiye", "Erdoğan" → "Erdogan").
import { foldAscii } from "./text.js";
import type { ActorEntry, PersonEntry } from "./types.js";

/** `texts` plus each text's ASCII-folded form where that differs and is not there yet. */
export function withFoldedVariants(texts: string[]): string[] {
  const out = [...texts];
  const seen = new Set(texts.map((text) => text.toLowerCase()));
  for (const text of texts) {
    const folded = foldAscii(text);
    if (!seen.has(folded.toLowerCase())) {
      seen.add(folded.toLowerCase());
      out.push(folded);
    }
  }
  return out;
}

export function foldActor(actor: ActorEntry): ActorEntry {
  const folded: ActorEntry = { ...actor, aliases: withFoldedVariants(actor.aliases) };
  for (const list of ["demonyms", "capitals", "institutions", "ambiguous"] as const) {
    const texts = actor[list];
    if (texts) folded[list] = withFoldedVariants(texts);
  }
  return folded;
}

export function foldPerson(person: PersonEntry): PersonEntry {
  return { ...person, aliases: withFoldedVariants(person.aliases) };
}
