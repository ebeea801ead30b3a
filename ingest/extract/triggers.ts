// Finds relation triggers in a sentence: verbs outside noun phrases, nouns heading one.
import type { CompiledTrigger, TriggerIndex } from "../relations/compile.js";
import type { Phrase } from "./phrases.js";
import { type SentenceView, tokenAt } from "./view.js";

export interface TriggerHit {
  trigger: CompiledTrigger;
  first: number;
  last: number;
  /** For a noun trigger, the phrase it heads. */
  phrase?: Phrase;
}

const GAP_POS = new Set(["DET", "ADJ", "NUM", "ADV"]);
// Quantifiers between a verb and its noun: "send up to 600 troops", "inflict more than 100 casualties".
const GAP_WORDS = new Set([
  "up",
  "to",
  "about",
  "some",
  "nearly",
  "more",
  "than",
  "over",
  "around",
  "at",
  "least",
  "of",
  // "fired dozens of rockets", "a barrage of missiles"
  "dozens",
  "hundreds",
  "thousands",
  "scores",
  "barrage",
  "volley",
  "salvo",
]);
const MAX_GAP = 4;

// Matches the remaining slots after `at`, allowing a short gap of modifiers before each slot ("inflict heavy losses").
function matchSlots(view: SentenceView, trigger: CompiledTrigger, at: number): number | undefined {
  let i = at;
  for (let s = 1; s < trigger.slots.length; s++) {
    let j = i + 1;
    let gap = 0;
    while (gap <= MAX_GAP) {
      const t = tokenAt(view, j);
      if (!t) return undefined;
      if (trigger.slots[s]!.has(t.lower)) break;
      if (!GAP_POS.has(t.pos) && !GAP_WORDS.has(t.lower)) return undefined;
      j++;
      gap++;
    }
    if (gap > MAX_GAP) return undefined;
    i = j;
  }
  return i;
}

export function findTriggers(view: SentenceView, index: TriggerIndex): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = view.first; i <= view.last; i++) {
    const candidates = index.get(view.tokens[i]!.lower);
    if (!candidates) continue;
    let best: TriggerHit | undefined;
    for (const trigger of candidates) {
      const end = matchSlots(view, trigger, i);
      if (end === undefined) continue;
      const hit = accept(view, trigger, i, end);
      if (hit && (!best || hit.last - hit.first > best.last - best.first)) best = hit;
      else if (hit && best && hit.last - hit.first === best.last - best.first && hit.trigger !== best.trigger)
        hits.push(hit);
    }
    if (best) {
      hits.push(best);
      // Words of a multi-word trigger ("beat back") start no trigger of their own.
      i = best.last;
    }
  }
  return hits;
}

// A verb trigger must stand outside noun phrases; a noun trigger must end as the head of one.
function accept(
  view: SentenceView,
  trigger: CompiledTrigger,
  first: number,
  last: number,
): TriggerHit | undefined {
  if (trigger.pos === "verb") {
    const p = view.phraseOf.get(first);
    if (p && !looksVerbal(view, first, p)) return undefined;
    return { trigger, first, last };
  }
  const p = view.phraseOf.get(last);
  if (!p || p.head !== last) return undefined;
  return { trigger, first, last, phrase: p };
}

// wink tags some verbs as nouns in title-case headlines ("Israeli Tank Kills Troops"): a trigger word opening a
// phrase right after another phrase, with no determiner, is read as a verb.
function looksVerbal(view: SentenceView, i: number, p: Phrase): boolean {
  const t = view.tokens[i]!;
  if (t.pos === "VERB" || t.pos === "AUX") return true;
  return (
    p.first === i && view.phraseOf.get(i - 1) !== undefined && /s$/.test(t.lower) && /^[A-Z]/.test(t.text)
  );
}
