// Table-driven tests of the extractor's grammar, one phenomenon per case, on the default dictionaries.
import { describe, expect, it } from "vitest";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { createExtractor, extractDocument } from "../../ingest/extract/extractor.js";
import type { EdgeRecord } from "../../ingest/record.js";
import { CASES, type Edge } from "./cases.js";

const extractor = createExtractor({ dictionary: loadActorDictionary() });
const CLAIMS = new Set(["asserted", "intended"]);

function matches(r: EdgeRecord, [source, relation, target, modality]: Edge): boolean {
  const ids = r.symmetric
    ? [r.source.id, r.target.id].sort().join("|") === [source, target].sort().join("|")
    : r.source.id === source && r.target.id === target;
  return ids && r.relation === relation && (modality ? r.modality === modality : CLAIMS.has(r.modality));
}

describe("extraction phenomena", () => {
  it.each(CASES)("$name", ({ text, expect: wanted, forbid, date }) => {
    const records = extractDocument(
      extractor,
      date ? { doc: "case.txt", text, date } : { doc: "case.txt", text },
    );
    const shown = records.map((r) => `${r.source.id} ${r.relation} ${r.target.id} ${r.modality}`);
    for (const e of wanted)
      expect(
        records.some((r) => matches(r, e)),
        `missing ${e.join(" ")} in [${shown.join("; ")}]`,
      ).toBe(true);
    // A forbidden edge without a modality is forbidden in every modality.
    for (const [source, relation, target, modality] of forbid ?? []) {
      const hit = records.some((r) => matches(r, [source, relation, target, modality ?? r.modality]));
      expect(hit, `forbidden ${source} ${relation} ${target} ${modality ?? ""}`).toBe(false);
    }
    // Nothing but what is expected, among claims: precision matters as much as recall.
    const unexpected = records.filter(
      (r) => CLAIMS.has(r.modality) && !wanted.some((e) => matches(r, [e[0], e[1], e[2]])),
    );
    expect(unexpected.map((r) => `${r.source.id} ${r.relation} ${r.target.id}`)).toEqual([]);
  });
});

describe("records", () => {
  it("carry the sentence, its offsets and the ONTOLOGY fields", () => {
    const text = "Headline about trade\nPeru condemned Chile on Monday. Chile rejected the claim.";
    const [r] = extractDocument(extractor, { doc: "d.txt", text });
    expect(r).toMatchObject({
      source: { id: "PER", type: "state" },
      relation: "opposes",
      target: { id: "CHL", type: "state" },
      polarity: "hostile",
      symmetric: false,
      modality: "asserted",
      doc: "d.txt",
      sentence: 1,
      text: "Peru condemned Chile on Monday.",
    });
    expect(text.slice(r!.start, r!.end)).toBe(r!.text);
    expect(r!.cameo).toMatch(/^\d{2,4}$/);
    expect(r!.confidence).toBeGreaterThan(0);
    expect(r!.confidence).toBeLessThanOrEqual(1);
  });

  it("splits a headline joined to the text by a space from a dateline", () => {
    const text = "Peru Condemns Chile LIMA, Peru (Reuters) - Peru condemned Chile on Monday.";
    const records = extractDocument(extractor, { doc: "d.txt", text });
    expect(new Set(records.map((r) => r.sentence))).toEqual(new Set([0, 1]));
  });
});
