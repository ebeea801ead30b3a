// Decides how a sentence asserts a relation: asserted, intended, negated or hypothetical.
import type { Modality } from "../record.js";
import {
  CANCEL_VERBS,
  HYPOTHETICAL_WORDS,
  INTENTION_WORDS,
  NEGATORS,
  OCCURRENCE_VERBS,
  REFUSAL_VERBS,
} from "./lexicon.js";
import { type SentenceView, tokenAt } from "./view.js";

// Verbs that undo a sanction or a hostile state: "lift the embargo on X" is the embargo's end.
const REVERSAL = new Set([
  "lift",
  "lifts",
  "lifted",
  "lifting",
  "end",
  "ends",
  "ended",
  "ending",
  "ease",
  "eased",
  "easing",
  "eases",
  "remove",
  "removed",
  "removes",
  "removing",
  "scrap",
  "scrapped",
  "drop",
  "dropped",
  "halt",
  "halted",
  "suspend",
  "suspended",
]);

// "called for talks", "called on X to impose sanctions" ask for them (hypothetical); "called off the talks" or
// "the embargo" undoes them. "called the invasion a mistake" says nothing of whether it happened.
const CALL = new Set(["call", "calls", "called", "calling"]);

const RISK_NOUNS = new Set(
  "risk risks danger dangers possibility prospect prospects spectre specter likelihood chance chances fear fears".split(
    " ",
  ),
);
const DENY = new Set([
  "deny",
  "denies",
  "denied",
  "denying",
  "dismissed",
  "dismisses",
  "refuted",
  "rejected",
]);
const CLAIM_NOUNS = new Set(
  "report reports claim claims allegation allegations charge charges suggestion suggestions rumour rumours rumor rumors".split(
    " ",
  ),
);

// "deny that the United States is selling weapons", "denied reports that Iran had attacked": a denied clause.
function deniedClause(view: SentenceView, clauseStart: number): boolean {
  const that = clauseStart - 1;
  if (that <= view.first || view.tokens[that]!.lower !== "that") return false;
  const before = view.tokens[that - 1]!.lower;
  if (DENY.has(before) && before !== "rejected" && before !== "dismissed") return true;
  if (!CLAIM_NOUNS.has(before)) return false;
  // "denied reports that", "rejected the claim that", "dismissed those allegations that"
  let k = that - 2;
  if (k >= view.first && view.tokens[k]!.pos === "DET") k--;
  return k >= view.first && DENY.has(view.tokens[k]!.lower);
}

export interface ModalityScope {
  /** Tokens between the subject and the trigger (the verb chain that governs the trigger). */
  from: number;
  to: number;
  /** Where the clause starts (the subject), to catch "whether X will ..." just before it. */
  clauseStart: number;
  /** The trigger relation can be undone by a reversal verb (sanctions). */
  reversible: boolean;
}

export function modalityOf(view: SentenceView, scope: ModalityScope): Modality {
  let negated = false;
  let reversed = false;
  let hypothetical = false;
  let intended = false;
  for (let i = scope.from; i <= scope.to; i++) {
    const t = tokenAt(view, i);
    if (!t) continue;
    const w = t.lower;
    if (view.phraseOf.get(i) && !(NEGATORS.has(w) && w !== "without")) continue;
    if (NEGATORS.has(w) && w !== "without" && w !== "nor") negated = !negated || w === "no";
    else if (REFUSAL_VERBS.has(w)) negated = !negated;
    else if (CALL.has(w)) {
      const next = tokenAt(view, i + 1)?.lower;
      if (next === "off") negated = true;
      else if (next === "for" || next === "on") hypothetical = true;
    } else if (scope.reversible && REVERSAL.has(w)) reversed = true;
    else if (HYPOTHETICAL_WORDS.has(w)) hypothetical = true;
    else if (INTENTION_WORDS.has(w)) intended = true;
  }
  for (let i = Math.max(view.first, scope.clauseStart - 3); i < scope.clauseStart; i++) {
    const w = view.tokens[i]!.lower;
    if (w === "whether" || w === "if" || w === "unless") hypothetical = true;
    // "the risk of Iranian attack", "fears of a US strike": the event is feared, not reported.
    if (RISK_NOUNS.has(w) && view.tokens[i + 1]?.lower === "of") hypothetical = true;
  }
  if (deniedClause(view, scope.clauseStart)) negated = !negated;
  // "not ready to lift the embargo": the negation undoes the reversal, the embargo stays.
  if (reversed) negated = !negated;
  if (negated) return "negated";
  if (hypothetical) return "hypothetical";
  if (intended) return "intended";
  return "asserted";
}

/**
 * How the clause goes on after a named event that is its subject: "talks between X and Y will resume" (intended),
 * "could break out" (hypothetical), "were cancelled" (negated). Only verbs of taking place say anything of the
 * event itself ("Russia's attack on Ukraine could trigger a war" is no hypothetical attack).
 */
export function predicateModality(view: SentenceView, end: number): Modality | undefined {
  for (let i = end + 1; i <= Math.min(view.last, end + 5); i++) {
    const t = view.tokens[i]!;
    if (CANCEL_VERBS.has(t.lower)) return "negated";
    if (OCCURRENCE_VERBS.has(t.lower)) {
      return modalityOf(view, { from: end + 1, to: i - 1, clauseStart: end + 1, reversible: false });
    }
    if (t.pos !== "AUX" && t.pos !== "ADV" && t.pos !== "PART" && t.pos !== "VERB") return undefined;
  }
  return undefined;
}

const STRENGTH: Record<Modality, number> = { asserted: 0, intended: 1, hypothetical: 2, negated: 3 };

/** The strongest of several readings: negated over hypothetical over intended over asserted. */
export function strongest(modalities: Modality[]): Modality {
  return modalities.reduce((a, b) => (STRENGTH[b] > STRENGTH[a] ? b : a));
}
