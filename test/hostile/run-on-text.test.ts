// A document without sentence ends (a table, a list, junk) extracts in time linear in its length, not quadratic.
import { describe, expect, it } from "vitest";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { createExtractor, extractWithSentences } from "../../ingest/extract/extractor.js";

const extractor = createExtractor({ dictionary: loadActorDictionary() });
const WORDS = "Iraq Iran attacked met with and the said Syria Russia forces of to in talks".split(" ");

/** About `chars` characters of actor and relation words with no period or newline anywhere. */
function runOn(chars: number): string {
  const words: string[] = [];
  let length = 0;
  let seed = 7;
  while (length < chars) {
    seed = (seed * 1103515245 + 12345) % 2147483648; // a fixed pseudo-random word order
    const word = WORDS[seed % WORDS.length]!;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(" ");
}

describe("a run-on document", () => {
  it("of 600 KB without a sentence end extracts in seconds (took 11 s before sentences were capped)", () => {
    const text = runOn(600_000);
    const started = performance.now();
    const { records, sentences } = extractWithSentences(extractor, { doc: "run-on.txt", text });
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(6);
    // Cut into many pieces that together cover the text, each inside it.
    expect(sentences.length).toBeGreaterThan(100);
    expect(sentences[0]![0]).toBe(0);
    expect(sentences.at(-1)![1]).toBe(text.length);
    for (const r of records) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(records.length).toBeGreaterThan(0);
  });
});
