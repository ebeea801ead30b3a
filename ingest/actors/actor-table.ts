// Merges actor entries source after source: lists grow, later sources take over names claimed by earlier actors.
import { DictionaryError } from "../../lib/errors.js";
import type { ActorType } from "../record.js";
import { STATE_ID, type FileActor } from "./schema.js";
import { nameKey, stripArticle } from "./text.js";
import type { ActorEntry } from "./types.js";

/** Where an entry came from, for error messages. */
export interface Origin {
  file: string;
  label: string;
}

const LISTS = ["aliases", "acronyms", "demonyms", "capitals", "institutions"] as const;
type ListName = (typeof LISTS)[number];

interface Draft {
  id: string;
  name: string;
  type: ActorType;
  lists: Record<ListName, string[]>;
  ambiguous: string[];
  origin: Origin;
  /** The entry that took or removed the actor's last name, to blame if it is left without any. */
  emptiedBy?: { origin: Origin; text: string };
}

/** Acronyms match case-sensitively, everything else case- and diacritic-insensitively. */
const keyIn = (list: ListName, text: string): string => (list === "acronyms" ? `=${text}` : nameKey(text));

/** Which ids claimed which keys in the file being applied: one file may not give a name to two actors. */
export type FileClaims = Map<string, string>;

export class ActorTable {
  private readonly drafts = new Map<string, Draft>();
  private readonly owners = new Map<string, Set<string>>();

  has(id: string): boolean {
    return this.drafts.has(id);
  }

  typeOf(id: string): ActorType | undefined {
    return this.drafts.get(id)?.type;
  }

  /** Adds or extends one actor. `claims` is null for the package, whose own clashes later sources settle. */
  apply(entry: FileActor, origin: Origin, claims: FileClaims | null): void {
    const draft = this.draftFor(entry, origin);
    if (entry.name) draft.name = entry.name;
    if (entry.type) draft.type = entry.type;
    if (draft.type === "state" && !STATE_ID.test(draft.id))
      throw new DictionaryError(origin.file, origin.label, "a state's id must be its three-letter ISO code");
    for (const text of entry.remove ?? []) {
      this.removeEverywhere(draft, nameKey(text));
      this.noteIfEmptied(draft, origin, text);
    }
    for (const list of LISTS)
      for (const text of entry[list] ?? []) this.add(draft, list, text, origin, claims);
    for (const text of entry.ambiguous ?? []) this.markAmbiguous(draft, text, origin);
  }

  /** The merged actors, in the order they were first defined; an actor without any name is an error. */
  entries(): ActorEntry[] {
    return [...this.drafts.values()].map((draft) => {
      if (!isEmpty(draft)) return toEntry(draft);
      const emptied = draft.emptiedBy;
      if (emptied === undefined)
        throw new DictionaryError(
          draft.origin.file,
          draft.origin.label,
          "the actor has no aliases or acronyms",
        );
      throw new DictionaryError(
        emptied.origin.file,
        emptied.origin.label,
        `"${emptied.text}" was the last alias or acronym of ${draft.id} (${draft.name}), which has none left`,
      );
    });
  }

  private draftFor(entry: FileActor, origin: Origin): Draft {
    const known = this.drafts.get(entry.id);
    if (known) return known;
    if (!entry.name || !entry.type)
      throw new DictionaryError(origin.file, origin.label, 'a new actor needs "name" and "type"');
    const lists = Object.fromEntries(LISTS.map((list) => [list, [] as string[]])) as Draft["lists"];
    const draft: Draft = { id: entry.id, name: entry.name, type: entry.type, lists, ambiguous: [], origin };
    this.drafts.set(entry.id, draft);
    return draft;
  }

  private add(draft: Draft, list: ListName, raw: string, origin: Origin, claims: FileClaims | null): void {
    const text = stripArticle(raw);
    const key = keyIn(list, text);
    const claimant = claims?.get(key);
    if (claimant !== undefined && claimant !== draft.id)
      throw new DictionaryError(
        origin.file,
        origin.label,
        `"${text}" is already given to ${claimant} in this file`,
      );
    claims?.set(key, draft.id);
    for (const owner of this.owners.get(key) ?? []) {
      if (owner === draft.id) continue;
      const other = this.drafts.get(owner)!;
      this.removeKey(other, key);
      this.noteIfEmptied(other, origin, text);
    }
    const items = draft.lists[list];
    if (
      !items.some(
        (item) => item.toLowerCase() === text.toLowerCase() && (list !== "acronyms" || item === text),
      )
    )
      items.push(text);
    this.ownersOf(key).add(draft.id);
  }

  private noteIfEmptied(draft: Draft, origin: Origin, text: string): void {
    if (isEmpty(draft) && draft.emptiedBy === undefined) draft.emptiedBy = { origin, text };
  }

  private markAmbiguous(draft: Draft, raw: string, origin: Origin): void {
    const text = stripArticle(raw);
    const key = nameKey(text);
    const present = LISTS.some((list) => draft.lists[list].some((item) => nameKey(item) === key));
    if (!present)
      throw new DictionaryError(
        origin.file,
        origin.label,
        `ambiguous "${text}" is not one of the actor's names`,
      );
    if (!draft.ambiguous.some((item) => nameKey(item) === key)) draft.ambiguous.push(text);
  }

  /** `remove` drops a name from every list of the actor, whatever its case. */
  private removeEverywhere(draft: Draft, key: string): void {
    this.dropWhere(draft, (_list, item) => nameKey(item) === key);
  }

  /** Gives up the name whose key is `key` because a later source claims it for another actor. */
  private removeKey(draft: Draft, key: string): void {
    this.dropWhere(draft, (list, item) => keyIn(list, item) === key);
  }

  private dropWhere(draft: Draft, drop: (list: ListName, item: string) => boolean): void {
    for (const list of LISTS) {
      const [dropped, kept] = partition(draft.lists[list], (item) => drop(list, item));
      draft.lists[list] = kept;
      for (const item of dropped) this.owners.get(keyIn(list, item))?.delete(draft.id);
    }
    draft.ambiguous = draft.ambiguous.filter((item) =>
      LISTS.some((list) => draft.lists[list].some((name) => nameKey(name) === nameKey(item))),
    );
  }

  private ownersOf(key: string): Set<string> {
    let owners = this.owners.get(key);
    if (!owners) this.owners.set(key, (owners = new Set()));
    return owners;
  }
}

const isEmpty = (draft: Draft): boolean => draft.lists.aliases.length + draft.lists.acronyms.length === 0;

function toEntry(draft: Draft): ActorEntry {
  const entry: ActorEntry = {
    id: draft.id,
    name: draft.name,
    type: draft.type,
    aliases: draft.lists.aliases,
  };
  for (const list of ["acronyms", "demonyms", "capitals", "institutions"] as const)
    if (draft.lists[list].length > 0) entry[list] = draft.lists[list];
  if (draft.ambiguous.length > 0) entry.ambiguous = draft.ambiguous;
  return entry;
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
