// Finds a trigger's arguments from the sentence's structure: the subject of its clause, its object, its
// prepositional partner, each expanded over coordination ("with Russia, Syria and Iran").
import { CLAUSE_OPENERS, RELATIVE_PRONOUNS, SPEECH_VERBS, TIME_HEADS } from "./lexicon.js";
import type { ActorHit, Phrase } from "./phrases.js";
import { phraseActors, type SentenceView, tokenAt } from "./view.js";

export interface Argument {
  actors: ActorHit[];
  /** The phrases the actors come from (for modality and for telling source from target). */
  phrases: Phrase[];
}

const CHAIN_POS = new Set(["AUX", "PART", "ADV", "VERB"]);
const COORD = new Set([",", "and", "or", "&"]);
const BOUNDARY = new Set([";", ":", "“", "”", '"', "(", ")", "[", "]", "—", "--"]);

/** Phrases coordinated with `p` ("Britain, France and Germany"), all actor-bearing, in order. */
export function coordinated(view: SentenceView, p: Phrase): Phrase[] {
  const group = [p];
  const step = (from: Phrase, dir: -1 | 1): Phrase | undefined => {
    let i = dir === 1 ? from.last + 1 : from.first - 1;
    let sawCoord = false;
    while (tokenAt(view, i) && COORD.has(view.tokens[i]!.lower)) {
      sawCoord = true;
      i += dir;
    }
    if (!sawCoord) return undefined;
    const next = view.phraseOf.get(i);
    return next && phraseActors(view, next).length ? next : undefined;
  };
  for (let q = step(p, 1); q && !group.includes(q); q = step(q, 1)) group.push(q);
  for (let q = step(p, -1); q && !group.includes(q); q = step(q, -1)) group.unshift(q);
  // "X, Y" alone is an apposition more often than a list; a list needs a conjunction somewhere.
  if (group.length > 1 && !hasConjunction(view, group)) return [p];
  return group;
}

function hasConjunction(view: SentenceView, group: Phrase[]): boolean {
  for (let k = 1; k < group.length; k++) {
    for (let i = group[k - 1]!.last + 1; i < group[k]!.first; i++) {
      const w = view.tokens[i]!.lower;
      if (w === "and" || w === "or" || w === "&") return true;
    }
  }
  // Headlines list actors with commas only ("US, Russia agree to ...").
  return group.length === 2 && view.first === 0;
}

function argumentOf(view: SentenceView, p: Phrase, useModifiers = false): Argument | undefined {
  const group = coordinated(view, p);
  const actors = group.flatMap((q) => {
    const own = phraseActors(view, q);
    if (own.length || !useModifiers) return own;
    // "a Hamas training field", "the US assault": the target is whose thing it is, unless the thing is a place
    // ("the Iraqi city of Falluja" is not Iraq under attack).
    if (PLACE_HEADS.has(view.tokens[q.head]!.lower)) return [];
    if (q.modifiers.length) return q.modifiers;
    if (q.possessivePronoun) {
      const hit = view.resolvePronoun(q.possessivePronoun, q.first);
      return hit ? [{ ...hit, confidence: hit.confidence * 0.8 }] : [];
    }
    return [];
  });
  return actors.length ? { actors, phrases: group } : undefined;
}

const isPrep = (view: SentenceView, i: number): boolean => {
  const t = tokenAt(view, i);
  return !!t && (t.pos === "ADP" || t.lower === "to") && !RELATIVE_PRONOUNS.has(t.lower);
};

/** The actor(s) that act in the clause around token `k`: its subject, through verb chains, coordination of verb
 * phrases, objects of earlier verbs, participles and relative clauses. */
export function subjectOf(view: SentenceView, k: number, depth = 0): Argument | undefined {
  if (depth > 6) return undefined;
  let j = k - 1;
  while (j >= view.first) {
    const t = view.tokens[j]!;
    const p = view.phraseOf.get(j);
    if (p) {
      // A coordinated list is one argument: what stands before its first member decides its role.
      const group = phraseActors(view, p).length ? coordinated(view, p) : [p];
      const before = skipQuantifier(view, group[0]!.first - 1);
      const prev = tokenAt(view, before);
      // "after leaders met", "whether Qatar will": a phrase opening a clause before its verb is that clause's subject,
      // not a prepositional phrase.
      const opensClause =
        !!prev && CLAUSE_OPENERS.has(prev.lower) && startsVerbChain(view, group[group.length - 1]!.last + 1);
      if (prev && !opensClause && isPrep(view, before) && prev.lower !== "that") {
        j = before - 1;
        continue;
      }
      const afterVerb = prev && (prev.pos === "VERB" || (prev.pos === "PART" && prev.lower !== "to"));
      // "said Moscow was ready": the phrase after a speech verb opens its complement; after "told" it is the hearer.
      const afterSpeech = prev && SPEECH_VERBS.has(prev.lower) && !/^tel|^told/.test(prev.lower);
      if (afterVerb && !afterSpeech) {
        j = before;
        continue;
      }
      if (phraseActors(view, p).length) return argumentOf(view, p);
      // "India and Myanmar today signed": a time expression is no subject.
      if (TIME_HEADS.has(view.tokens[p.head]!.lower)) {
        j = p.first - 1;
        continue;
      }
      // "Israeli tanks and troops stormed": an unqualified phrase listed after an actor's shares it.
      const partner = listedAfter(view, p);
      return partner ? argumentOf(view, partner) : undefined;
    }
    const w = t.lower;
    // A parenthesis ("Richard Roe (L) shakes hands") is skipped whole.
    if (w === ")") {
      const open = openingBracket(view, j);
      if (open !== undefined) {
        j = open - 1;
        continue;
      }
    }
    if (BOUNDARY.has(w)) return undefined;
    if (RELATIVE_PRONOUNS.has(w)) {
      const antecedent = antecedentOf(view, j);
      if (antecedent) return argumentOf(view, antecedent);
      if (w !== "that") return undefined;
    }
    if (CLAUSE_OPENERS.has(w) && !(w === "as" && depth > 0)) return undefined;
    if (CHAIN_POS.has(t.pos) || COORD.has(w) || t.pos === "ADP" || t.pos === "ADJ" || t.pos === "NUM") {
      j--;
      continue;
    }
    j--;
  }
  return undefined;
}

function listedAfter(view: SentenceView, p: Phrase): Phrase | undefined {
  const link = tokenAt(view, p.first - 1)?.lower;
  if (link !== "and" && link !== "or") return undefined;
  const before = view.phraseOf.get(p.first - 2);
  return before && phraseActors(view, before).length ? before : undefined;
}

// "killing at least 13 militants": the quantifier stands between the verb and its object.
const QUANTIFIER_WORDS = new Set([
  "at",
  "least",
  "about",
  "nearly",
  "almost",
  "some",
  "around",
  "over",
  "more",
  "than",
  "up",
  "to",
]);
function skipQuantifier(view: SentenceView, i: number): number {
  let k = i;
  while (k > view.first && QUANTIFIER_WORDS.has(view.tokens[k]!.lower) && !view.phraseOf.get(k)) k--;
  const t = tokenAt(view, k);
  return k !== i && t && t.pos === "VERB" ? k : i;
}

function startsVerbChain(view: SentenceView, i: number): boolean {
  const t = tokenAt(view, i);
  return !!t && (t.pos === "VERB" || t.pos === "AUX") && !view.phraseOf.get(i);
}

/** True when a phrase (actor or not) stands where the trigger's object or partner would be: then the trigger is
 * not used reciprocally ("X and Y combat the armed group" is not X fighting Y). */
export function hasComplement(
  view: SentenceView,
  end: number,
  object: boolean,
  preps: ReadonlySet<string>,
): boolean {
  let i = end + 1;
  while (tokenAt(view, i) && (view.tokens[i]!.pos === "ADV" || view.tokens[i]!.pos === "PART")) i++;
  if (object && view.phraseOf.get(i)?.first === i) return true;
  for (let k = end + 1; k <= Math.min(view.last, end + 6); k++)
    if (preps.has(view.tokens[k]!.lower) && view.phraseOf.get(k + 1)) return true;
  return false;
}

function openingBracket(view: SentenceView, close: number): number | undefined {
  for (let i = close - 1; i >= Math.max(view.first, close - 8); i--)
    if (view.tokens[i]!.text === "(") return i;
  return undefined;
}

// "the coalition, which played": the phrase right before the relative pronoun (a comma may stand between).
function antecedentOf(view: SentenceView, rel: number): Phrase | undefined {
  let i = rel - 1;
  if (tokenAt(view, i)?.lower === ",") i--;
  const p = view.phraseOf.get(i);
  return p && phraseActors(view, p).length ? p : undefined;
}

/** The direct object right after a verb trigger ending at `end` (particles and adverbs may stand between). */
/**
 * "blamed Syria for attacking Lebanon", "accused Iran of arming the rebels": a gerund after "for"/"of" that
 * follows a verb's object has that object as its subject, not the clause's. null: the object is no actor
 * ("blamed charities for funding attacks"), so the gerund has no actor subject; undefined: no such construction.
 */
export function objectControl(view: SentenceView, k: number): Argument | null | undefined {
  const gerund = tokenAt(view, k);
  const prep = tokenAt(view, k - 1)?.lower;
  if (!gerund || !/ing$/.test(gerund.lower) || (prep !== "for" && prep !== "of")) return undefined;
  const p = view.phraseOf.get(k - 2);
  if (!p || p.last !== k - 2) return undefined;
  const group = coordinated(view, p);
  const verb = tokenAt(view, group[0]!.first - 1);
  if (!verb || verb.pos !== "VERB") return undefined;
  return argumentOf(view, p) ?? null;
}

/** `ownersToo`: "rejected China's demands" targets China; a meeting needs the actor itself ("meet US complaints"). */
export function objectOf(view: SentenceView, end: number, ownersToo = true): Argument | undefined {
  let i = end + 1;
  while (
    tokenAt(view, i) &&
    (view.tokens[i]!.pos === "ADV" || view.tokens[i]!.pos === "PART") &&
    i <= end + 2
  )
    i++;
  const p = view.phraseOf.get(i);
  if (!p || p.first !== i) return undefined;
  return argumentOf(view, p, ownersToo) ?? ofPlace(view, p) ?? (ownersToo ? byAuthor(view, p) : undefined);
}

// "rejected a proposal by Greece", "accepted the offer from Cairo": what one actor put forward stands for it.
const PROPOSAL_HEADS = new Set(
  (
    "proposal proposals plan plans offer offers demand demands request requests call calls clause clauses " +
    "resolution initiative bid ultimatum terms conditions draft proposition overture overtures"
  ).split(" "),
);
function byAuthor(view: SentenceView, p: Phrase): Argument | undefined {
  if (!PROPOSAL_HEADS.has(view.tokens[p.head]!.lower)) return undefined;
  const prep = tokenAt(view, p.last + 1)?.lower;
  if (prep !== "by" && prep !== "from") return undefined;
  const q = view.phraseOf.get(p.last + 2);
  return q && q.first === p.last + 2 ? argumentOf(view, q) : undefined;
}

// "areas of the Philippines", "the capital of Iraq": a place noun followed by "of" and an actor.
const PLACE_HEADS = new Set(
  (
    "areas area parts part regions region city cities town towns village villages capital territory north south east " +
    "west provinces province border borders stronghold strongholds district districts island islands coast port " +
    "country countries state states camp camps base bases"
  ).split(" "),
);
function ofPlace(view: SentenceView, p: Phrase): Argument | undefined {
  if (!PLACE_HEADS.has(view.tokens[p.head]!.lower)) return undefined;
  if (tokenAt(view, p.last + 1)?.lower !== "of") return undefined;
  const q = view.phraseOf.get(p.last + 2);
  return q ? argumentOf(view, q) : undefined;
}

const STOP_SCAN = new Set([
  ";",
  ":",
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "but",
  "while",
  "because",
  "although",
  "“",
  "”",
  '"',
]);
const MAX_SCAN = 12;

/** The partner after one of `preps` following token `end` ("cooperation with X"), within the clause. */
export function prepTarget(
  view: SentenceView,
  end: number,
  preps: ReadonlySet<string>,
): Argument | undefined {
  for (let i = end + 1; i <= Math.min(view.last, end + MAX_SCAN); i++) {
    const t = view.tokens[i]!;
    if (STOP_SCAN.has(t.lower) || SPEECH_VERBS.has(t.lower)) return undefined;
    // The partner belongs to the trigger's own phrase: another verb ("plan to cope with X") ends the search.
    if (t.pos === "VERB" && i > end + 1) return undefined;
    if (t.lower === "," && i > end + 1 && !view.phraseOf.get(i - 1)) return undefined;
    if (!preps.has(t.lower)) continue;
    const next = tokenAt(view, i + 1)?.lower;
    // "with respect to IS", "with regard to": a topic, not a partner.
    if (next === "respect" || next === "regard" || next === "regards") return undefined;
    const p = view.phraseOf.get(i + 1);
    if (!p) continue;
    return argumentOf(view, p, true) ?? ofPlace(view, p);
  }
  return undefined;
}

/** "the attack by Russia on Ukraine", "an attack on Ukraine by Russia": the event's agent, after it or its target. */
export function eventAgent(
  view: SentenceView,
  phrase: Phrase,
  target: Argument | undefined,
): Argument | undefined {
  const ends = [phrase.last, ...(target?.phrases.map((p) => p.last) ?? [])];
  for (const end of ends) {
    if (tokenAt(view, end + 1)?.lower !== "by") continue;
    // The agent itself, not whose it is: "a complaint by the U.S. Rice Millers Association" is no US complaint.
    const q = view.phraseOf.get(end + 2);
    if (q && q.first === end + 2) return argumentOf(view, q);
  }
  return undefined;
}

/**
 * "Iran's backing of Hezbollah", "Turkey's shelling of Syrian towns": a gerund owned by an actor, its object after
 * "of" (taggers read such gerunds as verbs).
 */
export function ownedGerund(
  view: SentenceView,
  first: number,
  last: number,
): { source: Argument; target: Argument | undefined } | undefined {
  if (!view.tokens[last]!.lower.endsWith("ing") || tokenAt(view, last + 1)?.lower !== "of") return undefined;
  const owner = view.phraseOf.get(first - 1);
  if (!owner || owner.last !== first - 1 || !/^['’]s?$/.test(view.tokens[first - 1]!.text)) return undefined;
  const source = argumentOf(view, owner);
  if (!source) return undefined;
  const q = view.phraseOf.get(last + 2);
  return { source, target: q && q.first === last + 2 ? argumentOf(view, q, true) : undefined };
}

// Heads of nouns by which an actor announces an act: "Pakistan's threat to strike Afghanistan", "Japan's pledge of
// aid to Iraq". true: the act is intended; false: it was made or tried ("Russia's attempt to seize Kyiv").
const ANNOUNCED_ACT_HEADS = new Map<string, boolean>([
  ...[
    "threat",
    "threats",
    "ultimatum",
    "attempt",
    "attempts",
    "bid",
    "effort",
    "efforts",
    "move",
    "decision",
  ].map((w): [string, boolean] => [w, false]),
  ...[
    "plan",
    "plans",
    "promise",
    "promises",
    "pledge",
    "pledges",
    "offer",
    "offers",
    "readiness",
    "intention",
    "vow",
  ].map((w): [string, boolean] => [w, true]),
]);

export interface AnnouncedBy {
  source: Argument;
  /** The announcing noun: where the governing chain starts (a threat makes the act a threat). */
  head: number;
  intended: boolean;
}

/**
 * Whose threat, plan or promise an act at token `k` is: "Pakistan's threat to launch strikes" (a verb after "to"),
 * "its pledge of military aid" (a noun after "of"). The owner is the actor the announcing noun belongs to.
 */
export function announcedBy(view: SentenceView, k: number, link: "to" | "of"): AnnouncedBy | undefined {
  if (tokenAt(view, k - 1)?.lower !== link) return undefined;
  const p = view.phraseOf.get(k - 2);
  if (!p || p.last !== k - 2) return undefined;
  const intended = ANNOUNCED_ACT_HEADS.get(view.tokens[p.head]!.lower);
  if (intended === undefined) return undefined;
  const owner = p.possessivePronoun ? view.resolvePronoun(p.possessivePronoun, p.first) : undefined;
  const actors = p.modifiers.length ? p.modifiers : owner ? [owner] : [];
  return actors.length ? { source: { actors, phrases: [p] }, head: p.head, intended } : undefined;
}

// Verbs that only carry the act their object names: "threat to launch strikes", "plan to hold talks" ("promise to
// halt support" is no promise of support).
const LIGHT_VERBS = new Set(
  "launch conduct carry stage mount hold begin start provide give send extend impose make continue resume intensify".split(
    " ",
  ),
);

/** "its pledge of aid to Iraq"; "Pakistan's threat to launch strikes on Afghanistan": an event a noun announces. */
export function announcedEvent(view: SentenceView, phrase: Phrase): AnnouncedBy | undefined {
  const verb = view.tokens[phrase.first - 1]?.lower ?? "";
  return (
    announcedBy(view, phrase.first, "of") ??
    (LIGHT_VERBS.has(verb) ? announcedBy(view, phrase.first - 1, "to") : undefined)
  );
}

/**
 * "talks between Greece and Turkey", "a summit between X, Y and Z": the parties named right after, each one an
 * actor. A party that is none ("talks between banks and Mexico and Chile", "battles between insurgents and US and
 * Iraqi forces") leaves the sides unknown.
 */
export function partiesBetween(view: SentenceView, end: number): Argument | undefined {
  if (tokenAt(view, end + 1)?.lower !== "between") return undefined;
  const p = view.phraseOf.get(end + 2);
  if (!p) return undefined;
  const group = coordinated(view, p);
  if (group.length < 2 || group.some((q) => phraseActors(view, q).length !== 1)) return undefined;
  return { actors: group.map((q) => phraseActors(view, q)[0]!), phrases: group };
}

const ATTACK_HEADS = new Set(
  "attack attacks strike strikes airstrike airstrikes raid raids bombing bombings shelling offensive ambush assault fire".split(
    " ",
  ),
);

/** The agent of a passive verb: "was attacked by X", or whose attack it was: "was killed in an Israeli strike". */
export function passiveAgent(view: SentenceView, end: number): Argument | undefined {
  for (let i = end + 1; i <= Math.min(view.last, end + 4); i++) {
    const w = view.tokens[i]!.lower;
    if (w === "by" || w === "in") {
      const p = view.phraseOf.get(i + 1);
      if (!p) return undefined;
      if (ATTACK_HEADS.has(view.tokens[p.head]!.lower) && p.modifiers.length)
        return { actors: p.modifiers, phrases: [p] };
      return w === "by" ? argumentOf(view, p, true) : undefined;
    }
    if (view.phraseOf.get(i)) return undefined;
  }
  return undefined;
}

/** True when the verb at `i` stands in the passive ("was attacked", "were killed"). */
export function isPassive(view: SentenceView, i: number): boolean {
  const w = view.tokens[i]!.lower;
  if (!/(ed|en|wn|ght|ck|ot|ld|nt|ut|t)$/.test(w)) return false;
  for (let j = i - 1; j >= Math.max(view.first, i - 3); j--) {
    const b = view.tokens[j]!.lower;
    if (/^(was|were|is|are|be|been|being|got|get|gets)$/.test(b)) return true;
    if (view.tokens[j]!.pos !== "ADV") return false;
  }
  return false;
}
