// Counterexamples the fuzzers found, kept as plain cases so they stay fixed whatever seed the fuzzers draw.
import { describe, expect, it } from "vitest";
import { documentFromText } from "../../ingest/read/whole-file.js";
import { checkExtraction } from "./check.js";

describe("fuzzer counterexamples", () => {
  it.each([
    // A sentence opening with "of" read the token before the first (phrases.ts: TypeError on 'lower').
    ["a sentence that starts with 'of'", "of Iraq"],
    ["a headline that starts with 'of'", "of Afghanistan\n\nThe the."],
  ])("%s extracts without throwing", (_, text) => {
    const doc = documentFromText("case.txt", "case.txt", text, "text");
    expect(doc.kind).toBe("document");
    if (doc.kind === "document") expect(() => checkExtraction(doc)).not.toThrow();
  });
});
