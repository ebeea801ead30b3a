// Decides how a sentence asserts a relation: asserted, intended, negated or hypothetical.
import type { Modality } from "../record.js";
import { HYPOTHETICAL_WORDS, INTENTION_WORDS, NEGATORS, REFUSAL_VERBS } from "./lexicon.js";
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
  "call",
  "called",
]);

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
    else if (scope.reversible && REVERSAL.has(w)) reversed = true;
    else if (HYPOTHETICAL_WORDS.has(w)) hypothetical = true;
    else if (INTENTION_WORDS.has(w)) intended = true;
  }
  for (let i = Math.max(view.first, scope.clauseStart - 3); i < scope.clauseStart; i++) {
    const w = view.tokens[i]!.lower;
    if (w === "whether" || w === "if" || w === "unless") hypothetical = true;
  }
  // "not ready to lift the embargo": the negation undoes the reversal, the embargo stays.
  if (reversed) negated = !negated;
  if (negated) return "negated";
  if (hypothetical) return "hypothetical";
  if (intended) return "intended";
  return "asserted";
}
