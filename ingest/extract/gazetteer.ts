// Finds dictionary names in a token stream: actors, demonyms, capitals, institutions, people, regions.
import type { ActorDictionary, ActorEntry, PersonEntry } from "../actors/types.js";
import type { Token } from "./analyse.js";

/** What a matched name can denote; one name may denote several things (a demonym and a person's name). */
export type NameHit =
  | { kind: "actor"; actor: ActorEntry; form: "name" | "acronym" | "institution" | "ambiguous" }
  | { kind: "capital"; actor: ActorEntry; ambiguous: boolean }
  | { kind: "demonym"; actor: ActorEntry }
  | { kind: "region"; state: ActorEntry; name: string }
  | { kind: "person"; people: PersonEntry[] }
  /** A phrase that contains a name but denotes no actor ("Northern Ireland", "South China Sea"). */
  | { kind: "none" };

export interface Match {
  first: number;
  last: number;
  hits: NameHit[];
}

const MAX_TOKENS = 8;

/** Lower-cased, whitespace-collapsed, curly apostrophes straightened: the key both aliases and text are read as. */
export const nameKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/\s+/g, " ")
    .trim();

// First words an alias can start with under any plausible tokenisation ("al-qaeda" or "al").
function firstWords(key: string): string[] {
  const space = key.split(" ")[0]!;
  const words = [space, space.split("-")[0]!, space.replace(/\.$/, "")];
  const apostrophe = space.split("'")[0]!;
  if (apostrophe) words.push(apostrophe);
  return words;
}

export class Gazetteer {
  private readonly byKey = new Map<string, NameHit[]>();
  /** Keys of names the dictionary writes in lower case ("the global coalition"): they match uncapitalised too. */
  private readonly lowerCaseKeys = new Set<string>();
  private readonly byExact = new Map<string, NameHit[]>();
  private readonly starts = new Set<string>();
  private readonly exactStarts = new Set<string>();

  constructor(dictionary: ActorDictionary) {
    const actors = new Map(dictionary.actors.map((a) => [a.id, a]));
    for (const actor of dictionary.actors) this.addActor(actor);
    for (const person of dictionary.people) {
      for (const name of [person.name, ...person.aliases]) this.addPerson(name, person);
    }
    for (const phrase of dictionary.nonActors ?? []) this.add(phrase, { kind: "none" });
    for (const region of dictionary.regions ?? []) {
      const state = actors.get(region.state);
      if (!state) continue;
      for (const demonym of region.demonyms) this.add(demonym, { kind: "region", state, name: region.name });
    }
  }

  private addActor(actor: ActorEntry): void {
    const ambiguous = new Set((actor.ambiguous ?? []).map(nameKey));
    for (const alias of actor.aliases) {
      const form = ambiguous.has(nameKey(alias)) ? "ambiguous" : "name";
      this.add(alias, { kind: "actor", actor, form });
    }
    for (const acronym of actor.acronyms ?? [])
      this.addExact(acronym, { kind: "actor", actor, form: "acronym" });
    for (const name of actor.institutions ?? [])
      this.add(name, { kind: "actor", actor, form: "institution" });
    for (const demonym of actor.demonyms ?? []) this.add(demonym, { kind: "demonym", actor });
    for (const capital of actor.capitals ?? [])
      this.add(capital, { kind: "capital", actor, ambiguous: ambiguous.has(nameKey(capital)) });
  }

  private addPerson(name: string, person: PersonEntry): void {
    const key = nameKey(name);
    const hits = this.byKey.get(key) ?? [];
    const existing = hits.find((h) => h.kind === "person");
    if (existing && existing.kind === "person") {
      if (!existing.people.includes(person)) existing.people.push(person);
      return;
    }
    this.add(name, { kind: "person", people: [person] });
  }

  private add(name: string, hit: NameHit): void {
    const key = nameKey(name);
    if (!key) return;
    // Lower-case names, and names of several words ("the global coalition"), are also written uncapitalised.
    if (!/\p{Lu}/u.test(name) || (key.includes(" ") && hit.kind === "actor" && hit.actor.type !== "state"))
      this.lowerCaseKeys.add(key);
    const hits = this.byKey.get(key) ?? [];
    if (!hits.some((h) => sameHit(h, hit))) hits.push(hit);
    this.byKey.set(key, hits);
    for (const w of firstWords(key)) this.starts.add(w);
  }

  private addExact(name: string, hit: NameHit): void {
    const key = name.replace(/\s+/g, " ").trim();
    const hits = this.byExact.get(key) ?? [];
    hits.push(hit);
    this.byExact.set(key, hits);
    for (const w of firstWords(key)) this.exactStarts.add(w);
  }

  /** The longest dictionary name starting at token `i` (within `end`), or undefined. Names must be capitalised. */
  matchAt(text: string, tokens: Token[], i: number, end: number): Match | undefined {
    const t = tokens[i]!;
    const lowerStart = this.starts.has(t.lower);
    const exactStart = this.exactStarts.has(t.text);
    if (!lowerStart && !exactStart) return undefined;
    let best: Match | undefined;
    const last = Math.min(end, i + MAX_TOKENS - 1);
    for (let j = i; j <= last; j++) {
      const span = text.slice(t.start, tokens[j]!.end).replace(/\s+/g, " ");
      // Names are written capitalised; "turkey" or "chad" in lower case are words, not actors.
      const key = nameKey(span);
      if (!/\p{Lu}/u.test(span) && !this.lowerCaseKeys.has(key)) continue;
      const hits = [
        ...(lowerStart ? (this.byKey.get(key) ?? []) : []),
        ...(exactStart ? (this.byExact.get(span) ?? []) : []),
      ];
      if (hits.length) best = { first: i, last: j, hits };
    }
    return best;
  }
}

function sameHit(a: NameHit, b: NameHit): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "person" || b.kind === "person") return false;
  if (a.kind === "none" || b.kind === "none") return a.kind === b.kind;
  if (a.kind === "region" || b.kind === "region") return a === b;
  return a.actor.id === b.actor.id;
}
