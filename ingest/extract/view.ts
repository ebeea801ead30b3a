// A sentence as the relation matcher sees it: tokens, noun phrases, and quick look-ups between them.
import type { Token } from "./analyse.js";
import type { ActorHit, Phrase } from "./phrases.js";

export interface SentenceView {
  text: string;
  tokens: Token[];
  /** First and last token of the sentence (after any dateline). */
  first: number;
  last: number;
  phrases: Phrase[];
  /** Token index -> the phrase that contains it. */
  phraseOf: Map<number, Phrase>;
  /** Resolves a pronoun phrase ("he", "its") to the actor it stands for, if clear. */
  resolvePronoun: (pronoun: string, at: number) => ActorHit | undefined;
}

export function makeView(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  phrases: Phrase[],
  resolvePronoun: SentenceView["resolvePronoun"],
): SentenceView {
  const phraseOf = new Map<number, Phrase>();
  for (const p of phrases) for (let i = p.first; i <= p.last; i++) phraseOf.set(i, p);
  return { text, tokens, first, last, phrases, phraseOf, resolvePronoun };
}

/** The actors a phrase stands for: its own, or the one its pronoun resolves to. */
export function phraseActors(view: SentenceView, p: Phrase): ActorHit[] {
  if (p.actors.length) return p.actors;
  if (p.pronoun) {
    const hit = view.resolvePronoun(p.pronoun, p.first);
    return hit ? [{ ...hit, confidence: hit.confidence * 0.8 }] : [];
  }
  return [];
}

export const tokenAt = (view: SentenceView, i: number): Token | undefined =>
  i >= view.first && i <= view.last ? view.tokens[i] : undefined;
