// Collects people file after file: the same person, actor, role and start year extends the earlier entry.
import { DictionaryError } from "../../lib/errors.js";
import type { Origin } from "./actor-table.js";
import type { FilePerson } from "./schema.js";
import type { PersonEntry } from "./types.js";

interface Held {
  person: PersonEntry;
  origin: Origin;
}

export class PeopleList {
  private readonly held = new Map<string, Held>();

  add(person: FilePerson, origin: Origin): void {
    const key = [person.name.toLowerCase(), person.actor, person.role.toLowerCase(), person.from].join("|");
    const known = this.held.get(key);
    if (!known) {
      const entry: PersonEntry = { ...person, aliases: unique(person.aliases) };
      this.held.set(key, { person: entry, origin });
      return;
    }
    known.person.aliases = unique([...known.person.aliases, ...person.aliases]);
    known.person.to = person.to;
    known.origin = origin;
  }

  /** The people, each checked to act for an actor that `isActor` knows. */
  entries(isActor: (id: string) => boolean): PersonEntry[] {
    return [...this.held.values()].map(({ person, origin }) => {
      if (!isActor(person.actor))
        throw new DictionaryError(origin.file, origin.label, `unknown actor "${person.actor}"`);
      return person;
    });
  }
}

function unique(texts: string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((text) => !seen.has(text.toLowerCase()) && seen.add(text.toLowerCase()));
}
