// Arbitrary input never crashes the extractor, and every record points inside its document.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { createExtractor, extractDocument } from "../../ingest/extract/extractor.js";

const extractor = createExtractor({ dictionary: loadActorDictionary() });
const words = fc.constantFrom(
  "Iraq",
  "Iran",
  "attacked",
  "met",
  "with",
  "and",
  "the",
  "U.S.",
  "said",
  ",",
  ".",
  "\n",
  "not",
  "Hamas",
  "IS",
  "(",
  ")",
  "“",
  "’s",
);

function check(text: string): void {
  for (const r of extractDocument(extractor, { doc: "f.txt", text })) {
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeLessThanOrEqual(text.length);
    expect(r.start).toBeLessThan(r.end);
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  }
}

describe("robustness", () => {
  it("never throws on random Unicode", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), check), { numRuns: 200 });
  });
  it("never throws on random sentences of actor and relation words", () => {
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 60 }).map((w) => w.join(" ")),
        check,
      ),
      { numRuns: 300 },
    );
  });
  it("handles empty, whitespace-only and very long lines", () => {
    check("");
    check(" \n\t ");
    check("Iraq attacked Iran. ".repeat(5000));
    check("x".repeat(200_000));
  });
});
