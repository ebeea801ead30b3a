// Turns one analysed sentence into relation claims: triggers, their arguments, their modality.
import type { Modality } from "../record.js";
import type { CompiledTrigger, TriggerIndex } from "../relations/compile.js";
import {
  type AnnouncedBy,
  announcedBy,
  announcedEvent,
  type Argument,
  coordinated,
  eventAgent,
  ownedGerund,
  hasComplement,
  isPassive,
  objectControl,
  objectOf,
  partiesBetween,
  passiveAgent,
  prepTarget,
  subjectOf,
} from "./arguments.js";
import { COMMENT_VERBS, END_VERBS } from "./lexicon.js";
import { modalityOf, predicateModality, strongest } from "./modality.js";
import type { ActorHit, Phrase } from "./phrases.js";
import { findTriggers, type TriggerHit } from "./triggers.js";
import type { SentenceView } from "./view.js";

export interface Claim {
  source: ActorHit;
  target: ActorHit;
  trigger: CompiledTrigger;
  relation: string;
  cameo: string;
  modality: Modality;
  confidence: number;
}

const THREAT_WORDS = new Set([
  "threaten",
  "threatens",
  "threatened",
  "threatening",
  "threat",
  "threats",
  "vow",
  "vowed",
  "vows",
]);
const SANCTION_RELATIONS = new Set(["sanctions"]);

export function claimsOf(view: SentenceView, index: TriggerIndex): Claim[] {
  const claims: Claim[] = [...allyAppositions(view), ...sponsorships(view)];
  for (const hit of findTriggers(view, index)) {
    for (const c of claimsOfTrigger(view, hit)) {
      if (!claims.some((k) => sameClaim(k, c))) claims.push(c);
    }
  }
  return claims;
}

function sameClaim(a: Claim, b: Claim): boolean {
  return (
    a.relation === b.relation && a.source.ref.id === b.source.ref.id && a.target.ref.id === b.target.ref.id
  );
}

interface Roles {
  source?: Argument;
  target?: Argument;
  /** Where the governing chain starts (right after the subject), for modality. */
  chainFrom: number;
  /** The source lists the parties to a reciprocal relation ("talks between X and Y"): they relate to each other. */
  parties?: true;
  /** The act is one the source plans or promises ("Japan's pledge of aid to Iraq"). */
  intended?: boolean;
}

function rolesOf(view: SentenceView, hit: TriggerHit): Roles {
  const t = hit.trigger;
  if (t.pos === "verb") {
    if (t.object && isPassive(view, hit.first)) {
      const target = subjectOf(view, hit.first);
      return { source: passiveAgent(view, hit.last), target, chainFrom: afterArg(target, hit.first) };
    }
    const target =
      (t.object ? objectOf(view, hit.last, !MEET.has(view.tokens[hit.first]!.lower)) : undefined) ??
      (t.preps.size ? prepTarget(view, hit.last, t.preps) : undefined);
    const owned = ownedGerund(view, hit.first, hit.last);
    if (owned) return { ...owned, chainFrom: hit.first };
    const announced = announcedBy(view, hit.first, "to");
    if (announced) return announcedRoles(announced, target);
    const control = objectControl(view, hit.first);
    const source = control === undefined ? subjectOf(view, hit.first) : (control ?? undefined);
    return { source, target, chainFrom: afterArg(source, hit.first) };
  }
  const phrase = hit.phrase!;
  const parties = t.reciprocal ? partiesBetween(view, hit.last) : undefined;
  // The parties are named with the noun; whoever the clause's subject is only speaks of their talks or war. Talks
  // take the modality of the clause ("called for talks between X and Y"); a war is there whatever is said of it
  // ("efforts to end the war between X and Y", "will draw the US into the war between X and Y").
  if (parties) {
    const chainFrom = t.polarity === "cooperative" ? governingChain(view, phrase) : phrase.first;
    return { source: parties, chainFrom, parties: true };
  }
  const target = prepTarget(view, hit.last, t.preps);
  const ownPossessor = phrase.possessivePronoun
    ? view.resolvePronoun(phrase.possessivePronoun, phrase.first)
    : undefined;
  // "condemned the attack on Israel", "agreed to end the war with Greece": the clause's subject comments on the
  // event or stops it; it is no party to it.
  const verb = view.tokens[phrase.first - 1]?.lower ?? "";
  // "to end their fight against Israel": whose fight it is is said, and usually by the clause's subject.
  const observed =
    !phrase.possessivePronoun &&
    (COMMENT_VERBS.has(verb) || (t.polarity === "hostile" && END_VERBS.has(verb)));
  if (phrase.modifiers.length) {
    const mods = phrase.modifiers;
    if (!target && t.reciprocal && mods.length >= 2)
      return { source: { actors: mods, phrases: [phrase] }, chainFrom: phrase.first };
    if (!target && t.reciprocal && !observed) {
      // "X sets a date for Turkey talks": the clause's subject talks with the modifier.
      const subject = subjectOf(view, phrase.first);
      if (subject)
        return {
          source: subject,
          target: { actors: mods, phrases: [phrase] },
          chainFrom: afterArg(subject, phrase.first),
        };
    }
    return { source: { actors: mods, phrases: [phrase] }, target, chainFrom: phrase.first };
  }
  if (ownPossessor)
    return { source: { actors: [ownPossessor], phrases: [phrase] }, target, chainFrom: phrase.first };
  const agent = eventAgent(view, phrase, target);
  if (agent) return { source: agent, target, chainFrom: phrase.first };
  const announced = announcedEvent(view, phrase);
  if (announced) return announcedRoles(announced, target);
  if (observed) return { target, chainFrom: phrase.first };
  const source = subjectOf(view, phrase.first);
  return { source, target, chainFrom: afterArg(source, phrase.first) };
}

function announcedRoles(announced: AnnouncedBy, target: Argument | undefined): Roles {
  return { source: announced.source, target, chainFrom: announced.head, intended: announced.intended };
}

/** Where the verbs governing a noun phrase start: after the clause's subject, if it has one before the phrase. */
function governingChain(view: SentenceView, phrase: Phrase): number {
  return afterArg(subjectOf(view, phrase.first), phrase.first);
}

function afterArg(arg: Argument | undefined, fallback: number): number {
  if (!arg) return fallback;
  return Math.max(...arg.phrases.map((p) => p.last)) + 1;
}

function claimsOfTrigger(view: SentenceView, hit: TriggerHit): Claim[] {
  const t = hit.trigger;
  const roles = rolesOf(view, hit);
  if (!roles.source) return [];
  // "fears of a trade war between X and Y": the event's own phrase opens the clause the parties are named in.
  const opening = roles.parties ? [hit.phrase!.first] : [];
  const clauseStart = Math.min(...roles.source.phrases.map((p) => p.first), ...opening);
  const governed = modalityOf(view, {
    from: roles.chainFrom,
    to: hit.first - 1,
    clauseStart,
    reversible: SANCTION_RELATIONS.has(t.relation),
  });
  const predicate = t.pos === "noun" ? predicateModality(view, endOf(roles, hit)) : undefined;
  const modality = strongest([governed, predicate ?? "asserted", roles.intended ? "intended" : "asserted"]);
  const threat =
    t.polarity === "hostile" &&
    t.relation !== "threatens" &&
    governedByThreat(view, roles.chainFrom, hit.first);
  const relation = threat ? "threatens" : t.relation;
  const cameo = threat ? "138" : t.cameo;
  const pairs: Array<[ActorHit, ActorHit]> = [];
  if (roles.target) {
    for (const s of roles.source.actors) for (const o of roles.target.actors) pairs.push([s, o]);
  } else if (t.reciprocal && (roles.parties || !hasComplement(view, hit.last, t.object, t.preps))) {
    const a = roles.source.actors;
    for (let i = 0; i < a.length; i++)
      for (let j = i + 1; j < a.length; j++) {
        pairs.push([a[i]!, a[j]!]);
        if (!t.symmetric) pairs.push([a[j]!, a[i]!]);
      }
  }
  return pairs
    .filter(([s, o]) => s.ref.id !== o.ref.id)
    .filter(([s, o]) => !s.victim && (!o.victim || t.polarity === "hostile"))
    .filter(([, o]) => !t.targetTypes || t.targetTypes.has(o.ref.type))
    .map(([source, target]) => ({
      source,
      target,
      trigger: t,
      relation,
      cameo,
      modality,
      confidence: round(t.confidence * source.confidence * target.confidence),
    }));
}

/** The last token of a noun trigger's phrase and of the arguments after it. */
function endOf(roles: Roles, hit: TriggerHit): number {
  const after = [...(roles.target?.phrases ?? []), ...(roles.parties ? roles.source!.phrases : [])];
  return Math.max(hit.last, ...after.map((p) => p.last));
}

function governedByThreat(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (THREAT_WORDS.has(view.tokens[i]!.lower)) return true;
  return false;
}

// "meet" needs the actor itself: "meet U.S. complaints" is no meeting; "visit India's Silicon Valley" is a visit.
const MEET = new Set(["meet", "meets", "met", "meeting"]);

// Two decimals, and never 0: a record is evidence, however weak (a tiny trigger confidence rounded to 0).
const round = (x: number): number => Math.max(0.01, Math.round(x * 100) / 100);

const ALLY_WORDS = new Set(["ally", "allies", "partner", "partners"]);
const ALLY_TRIGGER: CompiledTrigger = {
  relation: "allies-with",
  polarity: "cooperative",
  symmetric: true,
  cameo: "06",
  pos: "noun",
  slots: [ALLY_WORDS],
  object: false,
  preps: new Set(),
  reciprocal: false,
  targetTypes: undefined,
  confidence: 0.85,
};

// Participles by which the sponsor supports what it is fused to; "led", "based", "run" say nothing of support.
const BACKING_PARTICIPLES = new Set([
  "backed",
  "sponsored",
  "funded",
  "financed",
  "armed",
  "trained",
  "supported",
]);
const SPONSOR_TRIGGER: CompiledTrigger = {
  ...ALLY_TRIGGER,
  relation: "supports",
  symmetric: false,
  cameo: "07",
};

// "Iran-backed Hezbollah": the sponsor supports the actor the phrase names.
function sponsorships(view: SentenceView): Claim[] {
  const claims: Claim[] = [];
  for (const p of view.phrases)
    for (const { hit, participle } of p.sponsors ?? [])
      if (BACKING_PARTICIPLES.has(participle))
        for (const target of p.actors)
          if (target.ref.id !== hit.ref.id)
            claims.push({
              source: hit,
              target,
              trigger: SPONSOR_TRIGGER,
              relation: "supports",
              cameo: "07",
              modality: "asserted",
              confidence: round(0.85 * hit.confidence * target.confidence),
            });
  return claims;
}

// "American allies Japan and Australia", "Washington's ally Seoul": an ally noun between an actor and named actors.
function allyAppositions(view: SentenceView): Claim[] {
  const claims: Claim[] = [];
  for (const p of view.phrases) {
    if (!p.actors.length || !p.modifiers.length) continue;
    let ally = -1;
    for (let i = p.first; i < p.head; i++) if (ALLY_WORDS.has(view.tokens[i]!.lower)) ally = i;
    if (ally < 0) continue;
    const members = coordinated(view, p).flatMap((q) => q.actors);
    for (const source of p.modifiers)
      for (const target of members)
        if (source.ref.id !== target.ref.id)
          claims.push({
            source: target,
            target: source,
            trigger: ALLY_TRIGGER,
            relation: "allies-with",
            cameo: "06",
            modality: "asserted",
            confidence: round(ALLY_TRIGGER.confidence * source.confidence * target.confidence),
          });
  }
  return claims;
}
