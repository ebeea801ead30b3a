// Counterexamples the fuzzers found, kept as plain cases so they stay fixed whatever seed the fuzzers draw.
import { describe, expect, it } from "vitest";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { createExtractor } from "../../ingest/extract/extractor.js";
import { documentFromText } from "../../ingest/read/whole-file.js";
import { tempDir } from "../read/helpers.js";
import { checkExtraction } from "./check.js";

describe("fuzzer counterexamples", () => {
  it.each([
    // A sentence opening with "of" read the token before the first (phrases.ts: TypeError on 'lower').
    ["a sentence that starts with 'of'", "of Iraq"],
    ["a headline that starts with 'of'", "of Afghanistan\n\nThe the."],
    // A document opening with a dash and a space read the token before the first (phrases.ts: on 'end').
    ["a document that starts with '- '", "- Chile met Peru."],
    // Decomposed Hangul (jamo are letters, not marks) composed only as a whole run, one edit mapping every
    // character to the run's start: the second sentence's evidence was the first's "?".
    ["decomposed Hangul after a sentence end", "?\u1100\u1161"],
  ])("%s extracts without throwing", (_, text) => {
    const doc = documentFromText("case.txt", "case.txt", text, "text");
    expect(doc.kind).toBe("document");
    if (doc.kind === "document") expect(() => checkExtraction(doc)).not.toThrow();
  });
});

describe("a relation trigger of tiny confidence", () => {
  it("gives records of confidence 0.01, not 0 (5e-324 times an actor's 0.9 rounded to 0)", () => {
    const relations = {
      relations: [
        {
          relation: "kgf-brokers",
          polarity: "cooperative",
          symmetric: false,
          cameo: "04",
          triggers: [{ pos: "verb", words: "broker", preps: ["with"], confidence: 5e-324 }],
        },
      ],
    };
    const path = tempDir().write("tiny.json", JSON.stringify(relations));
    const extractor = createExtractor({ dictionary: loadActorDictionary(), relationFiles: [path] });
    const doc = documentFromText("t.txt", "t.txt", "Chile agreed to broker with Peru.", "text");
    if (doc.kind !== "document") throw new Error("not read");
    const records = checkExtraction(doc, extractor);
    expect(records.map((r) => [r.relation, r.confidence])).toEqual([["kgf-brokers", 0.01]]);
  });
});

describe("a relation trigger verb named like an Object.prototype property", () => {
  it("loads and extracts ('constructor' crashed the inflection: not iterable)", () => {
    const relations = {
      relations: [
        {
          relation: "kgf-builds",
          polarity: "cooperative",
          symmetric: false,
          cameo: "04",
          triggers: [{ pos: "verb", words: "constructor", object: true }],
        },
      ],
    };
    const path = tempDir().write("proto.json", JSON.stringify(relations));
    const extractor = createExtractor({ dictionary: loadActorDictionary(), relationFiles: [path] });
    const doc = documentFromText("p.txt", "p.txt", "Chile constructors Peru.", "text");
    if (doc.kind !== "document") throw new Error("not read");
    expect(() => checkExtraction(doc, extractor)).not.toThrow();
  });
});
