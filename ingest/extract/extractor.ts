// The extractor: dictionaries loaded once, then documents in, edge records out.
import type { ActorDictionary, ActorEntry } from "../actors/types.js";
import type { EdgeRecord } from "../record.js";
import { compileTriggers, type TriggerIndex } from "../relations/compile.js";
import { loadRelations } from "../relations/load.js";
import { type Analysis, analyse } from "./analyse.js";
import { datelineLength } from "./dateline.js";
import { resolveDomestic } from "./domestic.js";
import { Gazetteer } from "./gazetteer.js";
import { type ActorHit, chunk, type DocContext, findNames, type Phrase } from "./phrases.js";
import { type Claim, claimsOf } from "./sentence.js";
import { makeView } from "./view.js";

export interface ExtractorOptions {
  dictionary: ActorDictionary;
  relationFiles?: string[];
}

export interface Extractor {
  gazetteer: Gazetteer;
  actors: Map<string, ActorEntry>;
  triggers: TriggerIndex;
  /** First words of verb triggers, in all their forms. */
  verbs: ReadonlySet<string>;
  /** Coalitions by the name of their leader, from aliases like "US-led coalition". */
  ledCoalitions: ReadonlyMap<string, ActorEntry>;
}

export function createExtractor(options: ExtractorOptions): Extractor {
  const dictionary = options.dictionary;
  const triggers = compileTriggers(loadRelations(options.relationFiles ?? []));
  return {
    gazetteer: new Gazetteer(dictionary),
    actors: new Map(dictionary.actors.map((a) => [a.id, a])),
    triggers,
    ledCoalitions: ledCoalitions(dictionary.actors),
    verbs: new Set([...triggers].filter(([, ts]) => ts.some((t) => t.pos === "verb")).map(([word]) => word)),
  };
}

function ledCoalitions(actors: readonly ActorEntry[]): Map<string, ActorEntry> {
  const byLeader = new Map<string, ActorEntry>();
  for (const a of actors)
    if (a.type === "coalition")
      for (const alias of a.aliases) {
        const leader = /^(.+)-led (?:international |military )?coalition$/i.exec(alias)?.[1];
        if (leader) byLeader.set(leader.toLowerCase(), a);
      }
  return byLeader;
}

/** A document ready for extraction: normalised text and how to map offsets back to the original. */
export interface ExtractInput {
  doc: string;
  text: string;
  /** Maps an offset in `text` to the original document; identity when absent. */
  toOriginal?: (offset: number) => number;
  /** The original text, for the record's `text` field; `text` when absent. */
  original?: string;
  date?: string;
}

interface SentenceWork {
  index: number;
  first: number;
  last: number;
  phrases: Phrase[];
}

/** A sentence's character span [start, end) in the extractor's input text. */
export type SentenceSpan = [start: number, end: number];

export interface Extraction {
  records: EdgeRecord[];
  /** Every sentence of the document, in order; records' `sentence` indexes into it. */
  sentences: SentenceSpan[];
}

export function extractDocument(ex: Extractor, input: ExtractInput): EdgeRecord[] {
  return extractWithSentences(ex, input).records;
}

/** The records and every sentence's span, so ingest can store the whole text as sentences, not only evidence. */
export function extractWithSentences(ex: Extractor, input: ExtractInput): Extraction {
  const { text } = input;
  const analysis = analyse(text);
  const year = input.date ? Number(input.date.slice(0, 4)) || undefined : undefined;
  const ctx: DocContext = { year, people: new Map(), verbs: ex.verbs, ledCoalitions: ex.ledCoalitions };
  const work = analysis.sentences.map(([first, last], index) =>
    prepare(ex, analysis, text, first, last, index, ctx),
  );
  // Titles seen anywhere in the document ("US envoy John Smith") name the same person in the headline: chunk again.
  if (ctx.people.size)
    for (const w of work) if (w.phrases.length) w.phrases = rechunk(ex, analysis, text, w, ctx);
  const records: EdgeRecord[] = [];
  const memory: PronounMemory = { person: undefined };
  for (const w of work) {
    const claims = w.phrases.length ? claimsOfSentence(ex, analysis, text, w, memory) : [];
    for (const c of claims) records.push(toRecord(input, analysis, w, c));
    remember(memory, w.phrases);
  }
  const sentences = analysis.sentences.map(([first, last]): SentenceSpan => [
    analysis.tokens[first]!.start,
    analysis.tokens[last]!.end,
  ]);
  return { records, sentences };
}

function prepare(
  ex: Extractor,
  a: Analysis,
  text: string,
  first: number,
  last: number,
  index: number,
  ctx: DocContext,
): SentenceWork {
  const start = a.tokens[first]!.start;
  const skip = datelineLength(text.slice(start, a.tokens[last]!.end));
  let from = first;
  while (from <= last && a.tokens[from]!.start < start + skip) from++;
  const names = from <= last ? findNames(text, a.tokens, from, last, ex.gazetteer) : [];
  const phrases =
    names.length || hasProperNoun(a, from, last)
      ? chunk(text, a.tokens, from, last, names, ctx, ex.actors)
      : [];
  resolveDomestic(a.tokens, phrases, ex.actors);
  return { index, first: from, last, phrases };
}

function hasProperNoun(a: Analysis, from: number, last: number): boolean {
  for (let i = from; i <= last; i++) if (a.tokens[i]!.pos === "PROPN") return true;
  return false;
}

function rechunk(ex: Extractor, a: Analysis, text: string, w: SentenceWork, ctx: DocContext): Phrase[] {
  const names = findNames(text, a.tokens, w.first, w.last, ex.gazetteer);
  const phrases = chunk(text, a.tokens, w.first, w.last, names, ctx, ex.actors);
  resolveDomestic(a.tokens, phrases, ex.actors);
  return phrases;
}

interface PronounMemory {
  person: ActorHit | undefined;
}

function remember(memory: PronounMemory, phrases: Phrase[]): void {
  for (const p of phrases) {
    for (const hit of p.actors) {
      if (hit.ref.via) memory.person = hit;
    }
  }
}

function claimsOfSentence(
  ex: Extractor,
  a: Analysis,
  text: string,
  w: SentenceWork,
  memory: PronounMemory,
): Claim[] {
  const resolve = (pronoun: string, at: number): ActorHit | undefined => {
    const before = w.phrases.filter((p) => p.last < at && p.actors.length);
    const wantsPerson =
      pronoun === "he" || pronoun === "she" || pronoun === "his" || pronoun === "her" || pronoun === "him";
    const wantsThing = pronoun === "it" || pronoun === "its";
    if (!wantsPerson && !wantsThing) return undefined;
    for (let k = before.length - 1; k >= 0; k--) {
      const hit = before[k]!.actors.find((h) => (wantsPerson ? !!h.ref.via : !h.ref.via));
      if (hit) return hit;
    }
    // "it"/"its" across sentences is too often a thing (a ship, a plan), so only people are carried over.
    return wantsPerson ? memory.person : undefined;
  };
  const view = makeView(text, a.tokens, w.first, w.last, w.phrases, resolve);
  return claimsOf(view, ex.triggers);
}

function toRecord(input: ExtractInput, a: Analysis, w: SentenceWork, c: Claim): EdgeRecord {
  const [first, last] = [a.sentences[w.index]![0], w.last];
  const map = input.toOriginal ?? ((x: number) => x);
  const start = map(a.tokens[first]!.start);
  const end = map(a.tokens[last]!.end);
  const original = input.original ?? input.text;
  const rec: EdgeRecord = {
    source: c.source.ref,
    relation: c.relation,
    target: c.target.ref,
    polarity: c.trigger.polarity,
    symmetric: c.trigger.symmetric,
    modality: c.modality,
    cameo: c.cameo,
    confidence: c.confidence,
    doc: input.doc,
    sentence: w.index,
    text: original.slice(start, end),
    start,
    end,
  };
  if (input.date) rec.date = input.date;
  return rec;
}
