// The actor dictionaries' data model: what a dictionary file holds once validated and loaded.
import type { ActorType } from "../record.js";

/** A state, organisation, armed group or coalition that edges are drawn between. */
export interface ActorEntry {
  /** ISO 3166-1 alpha-3 for states (IRQ); an upper-case ASCII slug otherwise (ISLAMIC_STATE). */
  id: string;
  /** Canonical English name, as shown in the viewer ("Iraq", "Islamic State"). */
  name: string;
  type: ActorType;
  /** Names that denote the actor as a noun phrase, matched case-insensitively on word boundaries
   * ("Iraq", "Republic of Iraq", "Islamic State", "ISIL", "Daesh", "al-Nusra Front"). */
  aliases: string[];
  /** Names that match only with this exact case, for short acronyms that are also words ("IS", "US", "UN"). */
  acronyms?: string[];
  /** Adjectival and plural demonyms ("Iraqi", "Iraqis"); "the Iraqi military" and "the Iraqis" resolve to the actor.
   * Only states (and a few groups) have them. */
  demonyms?: string[];
  /** Capital or seat of government, used as a metonym when it acts ("Moscow said"); never when only a place. */
  capitals?: string[];
  /** Other names of the seat of power that are always metonyms ("the Kremlin", "the White House", "the Pentagon"). */
  institutions?: string[];
  /** Strings from the lists above that are also common words, places or people's names ("Chad", "Jordan",
   * "Georgia", "Washington", "Kingston"): match them only when capitalised and not part of a person's name
   * (added by the dictionaries helper: the recogniser needs to know which names require context). */
  ambiguous?: string[];
}

/** A person who acts for an actor while in office ("John Kerry" for USA, 2013-2017 as foreign minister). */
export interface PersonEntry {
  /** Full name as usually written ("John Kerry"). */
  name: string;
  /** Other ways the person is named: surname alone, with initials, transliterations ("Kerry", "Sergey Lavrov"). */
  aliases: string[];
  /** The actor id the person represents in office. */
  actor: string;
  /** e.g. "head of state", "head of government", "foreign minister", "defence minister", "spokesperson", "leader". */
  role: string;
  /** First and last year of the term (inclusive); `to` absent means still in office. */
  from: number;
  to?: number;
}

/** Everything the recogniser needs: the actors and the people, already validated. */
export interface ActorDictionary {
  actors: ActorEntry[];
  people: PersonEntry[];
  /** Sub-national regions whose demonym plus a rebel noun ("Chechen separatists") names `<state>_REBELS`
   * (added by the dictionaries helper). */
  regions?: RegionEntry[];
  /** Phrases that contain an actor's name or demonym but denote a place or thing ("South China Sea",
   * "Northern Ireland", "Indian Ocean", "Gulf of Mexico"): the recogniser matches them first and drops them
   * (added by the dictionaries helper). */
  nonActors?: string[];
}

/** A region inside a state, e.g. `{ name: "Chechnya", demonyms: ["Chechen", "Chechens"], state: "RUS" }`. */
export interface RegionEntry {
  name: string;
  demonyms: string[];
  /** The state id whose rebels the region's armed groups are (`RUS` gives `RUS_REBELS`). */
  state: string;
}
