// A document's records never depend on the documents read before it (wink-nlp caches tokens across documents).
import { describe, expect, it } from "vitest";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { analyse } from "../../ingest/extract/analyse.js";
import { createExtractor, extractDocument } from "../../ingest/extract/extractor.js";

describe("determinism", () => {
  it("splits a possessive the same way before and after wink has cached it whole", () => {
    const probe = "Peru criticised Ghana's fiscal policy.";
    const before = analyse(probe).tokens.map((t) => t.text);
    // After this sentence wink keeps "Ghana's" as one token in later documents.
    analyse("Its surplus is much larger than that of Ghana's, and with huge reserves.");
    const after = analyse(probe).tokens.map((t) => t.text);
    expect(after).toEqual(before);
    expect(after).toContain("'s");
  });

  it("extracts the same records whatever came before", () => {
    const ex = createExtractor({ dictionary: loadActorDictionary() });
    const doc = { doc: "d.txt", text: "Chile criticised Bolivia's trade policy on Monday." };
    const alone = extractDocument(ex, doc);
    extractDocument(ex, {
      doc: "e.txt",
      text: "Exports are larger than those of Bolivia's, officials said.",
    });
    expect(extractDocument(ex, doc)).toEqual(alone);
    expect(alone.map((r) => `${r.source.id} ${r.relation} ${r.target.id}`)).toEqual(["CHL opposes BOL"]);
  });
});
