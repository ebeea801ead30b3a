// Runs wink-nlp once per document: tokens with offsets and part-of-speech tags, and sentence spans.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { headlineEnd } from "./headline.js";

/** One token of the document; offsets are into the analysed (normalised) text. */
export interface Token {
  text: string;
  lower: string;
  /** Universal POS tag from wink (NOUN, PROPN, VERB, AUX, ADP, DET, ADJ, PUNCT, SPACE, ...). */
  pos: string;
  start: number;
  end: number;
}

export interface Analysis {
  tokens: Token[];
  /** Sentences as [first token, last token] inclusive, newline-aware. */
  sentences: Array<[number, number]>;
}

// Sentence boundary detection and POS only: the rest of wink's pipeline (NER, sentiment) costs time we do not need.
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

// wink's tokenizer is quadratic in a token's length: a 200,000-character "word" (binary junk, a base64 blob) takes
// seconds. Such runs carry no language, so they are cut every MAX_RUN characters by a space, keeping every offset.
const MAX_RUN = 64;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, "g");

function cutLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => run.replace(new RegExp(`(\\S{${MAX_RUN}})\\S`, "g"), "$1 "));
}

export function analyse(original: string): Analysis {
  const text = cutLongRuns(original);
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokens: Token[] = [];
  const newlineBefore: boolean[] = [];
  const winkToOurs: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const value = values[i]!;
    // wink reports newlines as SPACE tokens; a newline is a hard sentence boundary (headlines have no period).
    const start = text.startsWith(value, at) ? at : findFrom(text, value, at);
    at = start + value.length;
    if (pos[i] === "SPACE" || value.trim() === "") {
      if (value.includes("\n") || spaces[i]!.includes("\n")) newlineBefore[tokens.length] = true;
      winkToOurs[i] = tokens.length;
      continue;
    }
    if (spaces[i]!.includes("\n")) newlineBefore[tokens.length] = true;
    winkToOurs[i] = tokens.length;
    pushToken(tokens, value, pos[i]!, start);
  }
  const spans = doc.sentences().out(its.span) as Array<[number, number]>;
  return { tokens, sentences: sentenceSpans(winkToOurs, spans, tokens, newlineBefore) };
}

// wink's tokenizer caches tokens across documents and then sometimes keeps "Japan's" whole: split the possessive
// off ourselves so a document's tokens never depend on what was read before it.
function pushToken(tokens: Token[], value: string, pos: string, start: number): void {
  const possessive = /^(.*[^'’\s])(['’]s)$/.exec(value);
  if (possessive && value.length > 2) {
    const [, word, mark] = possessive;
    // The merged token's tag describes "country's" as a whole; a lower-case word is a common noun.
    const wordPos = pos === "PROPN" && /^[a-z]/.test(word!) ? "NOUN" : pos;
    tokens.push({ text: word!, lower: word!.toLowerCase(), pos: wordPos, start, end: start + word!.length });
    tokens.push({
      text: mark!,
      lower: mark!.toLowerCase(),
      pos: "PART",
      start: start + word!.length,
      end: start + value.length,
    });
    return;
  }
  tokens.push({ text: value, lower: value.toLowerCase(), pos, start, end: start + value.length });
}

function findFrom(text: string, value: string, at: number): number {
  const found = text.indexOf(value, at);
  return found >= 0 ? found : at;
}

// No real sentence is this long; longer runs of tokens are split into pieces of this many.
export const MAX_SENTENCE_TOKENS = 300;

// Maps wink's sentence spans (over all tokens, spaces included) to our token list, then splits at newlines
// and merges a "sentence" that starts in lower case back into the one before (a stray period, "Ministry. said").
function sentenceSpans(
  winkToOurs: number[],
  spans: Array<[number, number]>,
  tokens: Token[],
  newlineBefore: boolean[],
): Array<[number, number]> {
  const starts = new Set<number>();
  for (const [first] of spans) starts.add(winkToOurs[first] ?? tokens.length);
  for (let i = 0; i < tokens.length; i++) if (newlineBefore[i]) starts.add(i);
  starts.add(0);
  // A headline joined to the text by a space: find where the body starts in the first sentence.
  const firstEnd = [...starts].filter((s) => s > 0).sort((a, b) => a - b)[0] ?? tokens.length;
  if (tokens.length && !newlineBefore.slice(1, firstEnd).some(Boolean)) {
    const body = headlineEnd(tokens, 0, firstEnd - 1);
    if (body !== undefined) starts.add(body);
  }
  const ordered = [...starts].filter((s) => s < tokens.length).sort((a, b) => a - b);
  const result: Array<[number, number]> = [];
  for (let k = 0; k < ordered.length; k++) {
    const first = ordered[k]!;
    const last = (ordered[k + 1] ?? tokens.length) - 1;
    const t = tokens[first]!;
    const prev = result[result.length - 1];
    if (prev && !newlineBefore[first] && /^[a-z]/.test(t.text)) prev[1] = last;
    else result.push([first, last]);
  }
  // A run-on "sentence" (a table, a list without periods, junk) costs quadratic time in its length: cut it.
  return result.flatMap(([first, last]) => {
    const pieces: Array<[number, number]> = [];
    for (let at = first; at <= last; at += MAX_SENTENCE_TOKENS)
      pieces.push([at, Math.min(last, at + MAX_SENTENCE_TOKENS - 1)]);
    return pieces;
  });
}
