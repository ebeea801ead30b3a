// The other names of each actor (aliases, acronyms, demonyms), as stored on :Actor nodes for search and marking.
import type { ActorDictionary } from "./types.js";

/** Looks up an actor's other names: everything the dictionary matches it by, except its canonical name. */
export function actorAliases(dictionary: ActorDictionary): (id: string) => string[] | undefined {
  const byId = new Map(
    dictionary.actors.map((a) => [
      a.id,
      [...new Set([...a.aliases, ...(a.acronyms ?? []), ...(a.demonyms ?? [])])].filter((n) => n !== a.name),
    ]),
  );
  return (id) => byId.get(id);
}
