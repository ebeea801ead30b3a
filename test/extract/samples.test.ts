// The sample articles that ship with kg (the seed articles): the edges an analyst is shown first must all be there.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { createExtractor, extractDocument } from "../../ingest/extract/extractor.js";
import { projectPath } from "../../lib/paths.js";

const ex = createExtractor({ dictionary: loadActorDictionary([]) });
const edges = readdirSync(projectPath("samples"))
  .sort()
  .flatMap((name) =>
    extractDocument(ex, { doc: name, text: readFileSync(projectPath("samples", name), "utf8") }).map(
      (r) => `${r.source.id} ${r.relation} ${r.target.id} ${r.modality}`,
    ),
  );

describe("the sample articles", () => {
  it.each([
    "IRQ shares-intel-with IRN intended",
    "IRQ shares-intel-with RUS intended",
    "IRQ shares-intel-with SYR intended",
    "USA shares-intel-with RUS intended",
    "USA fights ISLAMIC_STATE asserted",
    "US_LED_COALITION fights ISLAMIC_STATE asserted",
    "RUS allies-with US_LED_COALITION hypothetical",
  ])("yield %s", (edge) => {
    expect(edges).toContain(edge);
  });

  it("yield no claim from the sentence saying the troops are not in combat", () => {
    expect(edges.filter((e) => e.startsWith("USA fights") && e.endsWith("intended"))).toEqual([]);
    expect(edges.length).toBeLessThan(30);
  });
});
