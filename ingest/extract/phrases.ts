// Chunks a sentence into noun phrases and works out which actors each phrase denotes or mentions.
import type { ActorEntry, PersonEntry } from "../actors/types.js";
import type { ActorRef } from "../record.js";
import type { Token } from "./analyse.js";
import type { Gazetteer, Match, NameHit } from "./gazetteer.js";
import {
  COMPANY_NOUNS,
  LOCATIVE_PREPS,
  VENUE_HEADS,
  PERSON_NOUNS,
  DAY_WORDS,
  PERIOD_WORDS,
  PRONOUNS,
  REBEL_NOUNS,
  STATE_AGENT_NOUNS,
  TITLE_WORDS,
} from "./lexicon.js";

/** An actor a phrase denotes or mentions, with how sure the reading is. */
export interface ActorHit {
  ref: ActorRef;
  confidence: number;
  /** A counted private national ("a Palestinian"): stands for the state only as the victim of a hostile act. */
  victim?: boolean;
}

export interface Phrase {
  first: number;
  last: number;
  /** Token index of the head noun. */
  head: number;
  /** Actors the phrase denotes ("the Iraqi military" denotes IRQ). */
  actors: ActorHit[];
  /** Actors that only modify the head ("US air strikes", "Israel's offensive", "a Hamas training field"). */
  modifiers: ActorHit[];
  /** A pronoun phrase ("he", "its"), resolved by the document context. */
  pronoun?: string;
  /** A possessive pronoun determiner ("his criticism", "its campaign"). */
  possessivePronoun?: string;
  /** "Iran-backed Hezbollah", "US-led coalition": an actor fused to a participle, backing or leading the head. */
  sponsors?: Array<{ hit: ActorHit; participle: string }>;
}

export interface DocContext {
  year: number | undefined;
  /** People named with a title earlier or later in the document ("US envoy John Smith"): surname -> actor. */
  people: Map<string, ActorHit>;
  /** Words that start a verb trigger in any form ("share", "shares"): wink tags some of them as nouns. */
  verbs: ReadonlySet<string>;
  /** Coalitions named "<leader>-led coalition" in the dictionary, by the leader's name ("us", "saudi"). */
  ledCoalitions: ReadonlyMap<string, ActorEntry>;
}

const NOMINAL = new Set(["NOUN", "PROPN", "ADJ", "NUM", "DET", "X"]);

export const toRef = (a: ActorEntry, via?: string): ActorRef =>
  via ? { id: a.id, name: a.name, type: a.type, via } : { id: a.id, name: a.name, type: a.type };

export function rebelsRef(state: { id: string; name: string }, via?: string): ActorRef {
  const ref: ActorRef = { id: `${state.id}_REBELS`, name: `${state.name} rebels`, type: "armed-group" };
  return via ? { ...ref, via } : ref;
}

/** Finds dictionary names in tokens[first..last]. */
export function findNames(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  gaz: Gazetteer,
): Match[] {
  const found: Match[] = [];
  for (let i = first; i <= last; i++) {
    const m = gaz.matchAt(text, tokens, i, last);
    if (m) {
      found.push(m);
      i = m.last;
    }
  }
  return found;
}

function personActor(
  people: PersonEntry[],
  year: number | undefined,
  actors: Map<string, ActorEntry>,
): ActorHit | undefined {
  const inOffice =
    year === undefined ? people : people.filter((p) => p.from <= year && year <= (p.to ?? 9999));
  const ids = new Set(inOffice.map((p) => p.actor));
  if (ids.size !== 1) return undefined;
  const person = inOffice[0]!;
  const actor = actors.get(person.actor);
  if (!actor) return undefined;
  // Without a date we cannot check the term: a little less sure.
  return { ref: toRef(actor, person.name), confidence: year === undefined ? 0.85 : 0.95 };
}

interface Reading {
  match: Match;
  name?: ActorHit;
  demonym?: ActorEntry;
  region?: ActorEntry;
  capital?: ActorHit;
}

function readMatch(match: Match, ctx: DocContext, actors: Map<string, ActorEntry>): Reading {
  const r: Reading = { match };
  for (const hit of match.hits) readHit(hit, r, ctx, actors);
  return r;
}

function readHit(hit: NameHit, r: Reading, ctx: DocContext, actors: Map<string, ActorEntry>): void {
  switch (hit.kind) {
    case "actor":
      r.name ??= { ref: toRef(hit.actor), confidence: hit.form === "ambiguous" ? 0.7 : 1 };
      return;
    case "capital":
      r.capital ??= { ref: toRef(hit.actor), confidence: hit.ambiguous ? 0.6 : 0.85 };
      return;
    case "demonym":
      r.demonym ??= hit.actor;
      return;
    case "region":
      r.region ??= hit.state;
      return;
    case "none":
      return;
    case "person": {
      const p = personActor(hit.people, ctx.year, actors);
      if (p) r.name ??= p;
      return;
    }
  }
}

/** Chunks tokens[first..last] into noun phrases; tokens outside phrases stay as they are. */
export function chunk(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  names: Match[],
  ctx: DocContext,
  actors: Map<string, ActorEntry>,
): Phrase[] {
  const readings = new Map<number, Reading>();
  for (const m of names) readings.set(m.first, readMatch(m, ctx, actors));
  const phrases: Phrase[] = [];
  let i = first;
  while (i <= last) {
    const start = i;
    let end = -1;
    while (i <= last) {
      const r = readings.get(i);
      if (r) {
        end = r.match.last;
        i = r.match.last + 1;
        continue;
      }
      const t = tokens[i]!;
      if (i === start && isGerund(tokens, i, last)) break;
      // "attacks Friday morning on ...": a day name ends the phrase before it.
      if (i > start && DAY_WORDS.has(t.lower)) break;
      // "Secretary of State", "Minister of Defence": an office's name keeps its "of".
      if (
        t.lower === "of" &&
        i > start &&
        end === i - 1 &&
        i < last &&
        OFFICE_OF.has(tokens[i - 1]!.lower) &&
        /^[A-Z]/.test(tokens[i - 1]!.text) &&
        /^[A-Z]/.test(tokens[i + 1]!.text)
      ) {
        end = i;
        i++;
        continue;
      }
      // "the European Community (EC)": an acronym in brackets right after a name belongs to it.
      if (
        t.text === "(" &&
        end === i - 1 &&
        readingEndsAt(readings, end) &&
        i + 2 <= last &&
        tokens[i + 2]!.text === ")" &&
        /^[A-Z.]+$/.test(tokens[i + 1]!.text)
      ) {
        end = i + 2;
        i += 3;
        continue;
      }
      // "Iran-backed Hezbollah", "Saudi-led coalition": the fused participle keeps the phrase going to its head.
      if (sponsorAt(tokens, i, last) && end === i - 1 && readingEndsAt(readings, end)) {
        end = i + 1;
        i += 2;
        continue;
      }
      // "Iran-Iraq war", and "Iraq- Iran war" as some wires set it (the dash fused to the first name only).
      const joins =
        t.text === "-" &&
        i > start &&
        end === i - 1 &&
        i < last &&
        (tokens[i + 1]!.start === t.end ||
          (tokens[i - 1]!.end === t.start && readingEndsAt(readings, i - 1) && readings.has(i + 1)));
      // "flood-ravaged areas": a hyphenated compound modifier is nominal whatever wink tagged its parts.
      const compound =
        i + 2 <= last &&
        tokens[i + 1]!.text === "-" &&
        tokens[i + 1]!.start === t.end &&
        tokens[i + 2]!.start === tokens[i + 1]!.end &&
        /^\p{L}/u.test(t.text);
      if (compound && !NOMINAL.has(t.pos) && t.pos !== "PUNCT") {
        end = i + 2;
        i += 3;
        continue;
      }
      // "President Bush visits Canada": wink may tag a verb after a name as a plural noun.
      if ((i === start || end === i - 1) && isVerbAfterName(tokens, i, last, readings, ctx.verbs)) break;
      // "Mexico next week": a time expression ends the phrase before it.
      if (
        i > start &&
        (t.lower === "next" || t.lower === "last" || t.lower === "this") &&
        i < last &&
        PERIOD_WORDS.has(tokens[i + 1]!.lower)
      )
        break;
      const possessive = (t.lower === "'s" || t.lower === "’s" || t.lower === "'") && end === i - 1;
      if (NOMINAL.has(t.pos) || joins || possessive || isPhrasePronoun(t, i === start)) {
        // A determiner opens a new phrase ("assured South Korea the United States will ..."), except after a
        // quantifier that opened this one ("all the", "both the").
        if (t.pos === "DET" && i !== start && !(i === start + 1 && QUANTIFIERS.has(tokens[start]!.lower)))
          break;
        end = i;
        i++;
        continue;
      }
      break;
    }
    if (end >= start && hasNoun(tokens, start, end, readings)) {
      phrases.push(interpret(text, tokens, start, end, readings, ctx));
      i = end + 1;
    } else i = start + 1;
  }
  return mergeOfPhrases(tokens, phrases);
}

// "the head of NATO", "one of the leaders of Hamas": the phrase after "of" says whom it stands for.
const PARTITIVE_HEADS = new Set("head member members one some many several two three four five".split(" "));

const QUANTIFIERS = new Set(["all", "both", "half", "such"]);

const GROUP_MEMBER_NOUNS = new Set([
  "fighters",
  "members",
  "militiamen",
  "gunmen",
  "commanders",
  "leaders",
  "units",
  "forces",
  "troops",
]);

const OFFICE_OF = new Set(["secretary", "minister", "ministry", "department", "secretary-general"]);

function isVerbAfterName(
  tokens: Token[],
  i: number,
  last: number,
  readings: Map<number, Reading>,
  verbs: ReadonlySet<string>,
): boolean {
  const t = tokens[i]!;
  if (t.pos !== "NOUN" || !/^[a-z]+$/.test(t.text) || i >= last) return false;
  // Only after a name: "Syrian positions", "Russian allies" are demonym + noun.
  const name = [...readings.values()].find((r) => r.match.last === i - 1);
  if (!name || !name.name || name.demonym) return false;
  const next = tokens[i + 1]!.pos;
  const thirdPerson = /s$/.test(t.text);
  if (thirdPerson && (next === "DET" || next === "ADJ" || next === "PROPN" || next === "NUM")) return true;
  // "Iraq shares intelligence", "Iraq and Iran share intelligence": a trigger verb before its object noun.
  if (!verbs.has(t.lower) || !(next === "NOUN" || NOMINAL.has(next))) return false;
  return thirdPerson || coordinatedName(tokens, name.match.first, readings);
}

// "Iraq and Iran share": a name right after "and" that follows another name is part of a plural subject.
function coordinatedName(tokens: Token[], first: number, readings: Map<number, Reading>): boolean {
  const and = tokens[first - 1];
  return and?.lower === "and" && [...readings.values()].some((r) => r.name && r.match.last === first - 2);
}

// Heads that are the coalition itself ("US-led forces"); others are its acts ("US-led airstrikes").
const COALITION_AGENTS = new Set(
  "coalition alliance force forces troops jets warplanes aircraft planes bombers navies armies".split(" "),
);
const COALITION_HEADS = new Set([
  ...COALITION_AGENTS,
  ..."airstrikes strikes raids bombing bombings bombardment campaign offensive operation operations attacks".split(
    " ",
  ),
]);

// "US-led airstrikes", "Saudi-led forces": the dictionary's "US-led coalition" acting, when the head is military.
function ledCoalition(
  r: Reading,
  tokens: Token[],
  headIdx: number,
  text: string,
  ctx: DocContext,
): ActorHit | undefined {
  if (!COALITION_HEADS.has(tokens[headIdx]!.lower)) return undefined;
  const leader = text.slice(tokens[r.match.first]!.start, tokens[r.match.last]!.end).toLowerCase();
  const entry = ctx.ledCoalitions.get(leader);
  return entry ? { ref: toRef(entry), confidence: 0.9 } : undefined;
}

/** Participles that fuse to an actor's name with a hyphen: "Iran-backed", "US-led", "Moscow-based". */
export const SPONSOR_PARTICIPLES = new Set(
  "backed led sponsored funded financed armed trained supported allied aligned based controlled dominated run".split(
    " ",
  ),
);

// A hyphen fused on both sides to a sponsor participle ("-backed"), at token i.
function sponsorAt(tokens: Token[], i: number, last: number): boolean {
  const dash = tokens[i];
  const word = tokens[i + 1];
  return (
    i + 1 < last &&
    dash?.text === "-" &&
    word !== undefined &&
    word.start === dash.end &&
    tokens[i - 1]?.end === dash.start &&
    SPONSOR_PARTICIPLES.has(word.lower)
  );
}

function readingEndsAt(readings: Map<number, Reading>, end: number): boolean {
  for (const r of readings.values()) if (r.match.last === end) return true;
  return false;
}

// A phrase needs a noun, a name or a pronoun: "ready" or "decisive" alone is a predicate, not a phrase.
function hasNoun(tokens: Token[], first: number, last: number, readings: Map<number, Reading>): boolean {
  for (let i = first; i <= last; i++) {
    const pos = tokens[i]!.pos;
    if (pos === "NOUN" || pos === "PROPN" || pos === "PRON" || pos === "NUM" || readings.has(i)) return true;
  }
  return false;
}

// wink sometimes tags a participle as a noun ("and wounding 25 others"): an -ing word that opens a phrase and is
// followed by a determiner, number or name is a verb.
function isGerund(tokens: Token[], i: number, last: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "NOUN" || !/[a-z]ing$/.test(t.text) || i >= last) return false;
  const next = tokens[i + 1]!;
  return next.pos === "DET" || next.pos === "NUM" || next.pos === "PROPN";
}

function isPhrasePronoun(t: Token, atStart: boolean): boolean {
  return t.pos === "PRON" && atStart && PRONOUNS.has(t.lower);
}

// "the head of NATO", "a leader of Hamas's military wing": an agent noun followed by "of" + an actor phrase
// denotes that actor.
function mergeOfPhrases(tokens: Token[], phrases: Phrase[]): Phrase[] {
  // Right to left, so "one of the leaders of Hamas" merges its inner "of" first.
  const out: Phrase[] = [];
  for (let k = phrases.length - 1; k >= 0; k--) {
    const p = phrases[k]!;
    const next = out[0];
    const head = tokens[p.head]!.lower;
    if (
      next &&
      p.actors.length === 0 &&
      next.first === p.last + 2 &&
      tokens[p.last + 1]!.lower === "of" &&
      (STATE_AGENT_NOUNS.has(head) || PARTITIVE_HEADS.has(head))
    ) {
      const denoted = next.actors.length ? next.actors : next.modifiers;
      if (denoted.length) {
        out[0] = {
          ...p,
          last: next.last,
          actors: denoted.map((a) => ({ ...a, confidence: a.confidence * 0.95 })),
        };
        continue;
      }
    }
    out.unshift(p);
  }
  return out;
}

function interpret(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  readings: Map<number, Reading>,
  ctx: DocContext,
): Phrase {
  // Trailing possessive marker belongs to the phrase but is not its head.
  let headIdx = last;
  while (headIdx > first && /^('s|’s|'|-)$/.test(tokens[headIdx]!.lower)) headIdx--;
  // "The African Union (AU)": the bracketed acronym repeats the name, which stays the head.
  if (headIdx - 2 > first && tokens[headIdx]!.text === ")" && tokens[headIdx - 2]!.text === "(") headIdx -= 3;
  const phrase: Phrase = { first, last, head: headIdx, actors: [], modifiers: [] };
  const t0 = tokens[first]!;
  if (first === last && t0.pos === "PRON" && PRONOUNS.has(t0.lower)) {
    phrase.pronoun = t0.lower;
    return phrase;
  }
  if (
    t0.pos === "PRON" &&
    (t0.lower === "his" || t0.lower === "her" || t0.lower === "its" || t0.lower === "their")
  )
    phrase.possessivePronoun = t0.lower;
  const all = [...readings.values()].filter((r) => r.match.first >= first && r.match.last <= last);
  // A sponsor ("Iran-" in "Iran-backed Hezbollah") backs or leads what the phrase names; it never is that.
  const sponsors = all.filter((r) => r.match.last < headIdx && sponsorAt(tokens, r.match.last + 1, last));
  const inPhrase = all.filter((r) => !sponsors.includes(r));
  for (const r of sponsors) {
    const hit = r.name ?? (r.demonym ? { ref: toRef(r.demonym), confidence: 0.9 } : undefined) ?? r.capital;
    const participle = tokens[r.match.last + 2]!.lower;
    const coalition = participle === "led" ? ledCoalition(r, tokens, headIdx, text, ctx) : undefined;
    if (coalition)
      (COALITION_AGENTS.has(tokens[headIdx]!.lower) ? phrase.actors : phrase.modifiers).push(coalition);
    else if (hit) (phrase.sponsors ??= []).push({ hit, participle });
  }
  const headReading = inPhrase.find((r) => r.match.last === headIdx);
  const headWord = tokens[headIdx]!.lower;
  if (headReading) {
    const hit = headActor(headReading, tokens, first);
    if (hit) phrase.actors.push(hit);
    for (const r of inPhrase) if (r !== headReading) pushModifier(phrase, r, tokens);
  } else if (inPhrase.length) {
    const nearest = inPhrase[inPhrase.length - 1]!;
    const hit = qualifiedActor(nearest, headWord, tokens, headIdx);
    if (hit === "none") {
      /* a private person: no actor */
    } else if (hit) phrase.actors.push(hit);
    else for (const r of inPhrase) pushModifier(phrase, r, tokens);
  } else {
    const titled = titledPerson(tokens, headIdx, ctx);
    if (titled) phrase.actors.push(titled);
  }
  // "US Secretary of State John Smith": a title after a state names an office holder acting for it.
  if (!phrase.actors.length) {
    const byTitle = titleHolder(tokens, inPhrase, headIdx, text);
    if (byTitle) {
      phrase.actors.push(byTitle.hit);
      ctx.people.set(byTitle.surname, byTitle.hit);
    }
  }
  return phrase;
}

function pushModifier(phrase: Phrase, r: Reading, tokens: Token[]): void {
  // "the Geneva talks", "the Jakarta bombing": a capital before an event noun is where, not who ("Moscow's
  // support", "a Khartoum bid" are who).
  const venue =
    VENUE_HEADS.has(tokens[phrase.head]!.lower) && !/^('s|’s|')$/.test(tokens[r.match.last + 1]?.lower ?? "");
  const ref =
    r.name ??
    (r.demonym ? { ref: toRef(r.demonym), confidence: 0.9 } : undefined) ??
    (venue ? undefined : r.capital);
  if (ref) phrase.modifiers.push(ref);
}

// The phrase ends in a name: a state, an organisation, a person, a plural demonym ("the Iraqis").
function headActor(r: Reading, tokens: Token[], first: number): ActorHit | undefined {
  if (r.name) return r.name;
  if (r.capital) {
    // A capital is a place after a locative preposition; the caller rules that out, here it may act.
    return r.capital;
  }
  if (r.demonym) {
    const word = tokens[r.match.last]!.text;
    const plural = /s$/.test(word) || tokens[first]!.lower === "the";
    // "a Palestinian", "one Afghan": a counted person of that nationality, as with "five Palestinians".
    const counted = r.match.first > first && /^(a|an|one|\d+)$/.test(tokens[r.match.first - 1]!.lower);
    if (plural) return { ref: toRef(r.demonym), confidence: 0.8 };
    return counted ? { ref: toRef(r.demonym), confidence: 0.7, victim: true } : undefined;
  }
  return undefined;
}

// "<demonym|state> <head noun>": the state itself, its rebels, nobody, or (undefined) only a modifier.
function qualifiedActor(
  r: Reading,
  head: string,
  tokens: Token[],
  headIdx: number,
): ActorHit | "none" | undefined {
  const compound = headIdx > 0 ? `${tokens[headIdx - 1]!.lower} ${head}` : head;
  // "the U.S. firm Amoco Corp", "a Japanese trading house": a business, not the state.
  for (let i = r.match.last + 1; i <= headIdx; i++) if (COMPANY_NOUNS.has(tokens[i]!.lower)) return "none";
  if (REBEL_NOUNS.has(head)) {
    if (r.region) return { ref: rebelsRef(r.region), confidence: 0.8 };
    if (r.demonym) return { ref: rebelsRef(r.demonym), confidence: 0.8 };
    if (r.name?.ref.type === "state") return { ref: rebelsRef(r.name.ref), confidence: 0.75 };
    // "Hamas militants" are Hamas.
    if (r.name) return r.name;
    return undefined;
  }
  // "Hezbollah fighters", "Taliban commanders": members of a named group act for it.
  if (GROUP_MEMBER_NOUNS.has(head) && r.name && r.name.ref.type !== "state") return r.name;
  if (STATE_AGENT_NOUNS.has(head) || STATE_AGENT_NOUNS.has(compound)) {
    if (r.region) return "none";
    if (r.demonym) return { ref: toRef(r.demonym), confidence: 0.9 };
    if (r.name) return { ...r.name, confidence: r.name.confidence * 0.95 };
    if (r.capital) return r.capital;
  }
  if (PERSON_NOUNS.has(head)) return "none";
  return undefined;
}

// A bare surname seen with a title elsewhere in the document.
function titledPerson(tokens: Token[], headIdx: number, ctx: DocContext): ActorHit | undefined {
  const t = tokens[headIdx]!;
  if (t.pos !== "PROPN") return undefined;
  const known = ctx.people.get(t.lower);
  if (!known) return undefined;
  return { ...known, confidence: known.confidence * 0.9 };
}

function titleHolder(
  tokens: Token[],
  inPhrase: Reading[],
  headIdx: number,
  text: string,
): { hit: ActorHit; surname: string } | undefined {
  if (tokens[headIdx]!.pos !== "PROPN") return undefined;
  // A state's or an organisation's office: "US Secretary of State John Smith", "ANC president Oliver Tambo".
  const state = inPhrase.find((r) => r.demonym || r.name);
  if (!state) return undefined;
  let k = headIdx;
  while (k > state.match.last + 1 && tokens[k - 1]!.pos === "PROPN" && !TITLE_WORDS.has(tokens[k - 1]!.lower))
    k--;
  const between = tokens.slice(state.match.last + 1, k).map((t) => t.lower);
  if (!between.some((w) => TITLE_WORDS.has(w))) return undefined;
  const actor = state.demonym ? toRef(state.demonym) : state.name!.ref;
  const via = text.slice(tokens[k]!.start, tokens[headIdx]!.end);
  return { hit: { ref: { ...actor, via }, confidence: 0.85 }, surname: tokens[headIdx]!.lower };
}

/** True when the phrase stands right after a locative preposition ("in Baghdad"): a place, not an actor. */
export function isPlace(tokens: Token[], phrase: Phrase, sentenceFirst: number): boolean {
  const before = phrase.first - 1;
  return before >= sentenceFirst && LOCATIVE_PREPS.has(tokens[before]!.lower);
}
