// Relation dictionaries: validated at load with errors naming file and entry; a user's file adds relation types.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { createExtractor, extractDocument } from "../../ingest/extract/extractor.js";
import { loadRelations } from "../../ingest/relations/load.js";
import { DictionaryError, InputError } from "../../lib/errors.js";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function file(name: string, content: string): string {
  dir ??= mkdtempSync(join(tmpdir(), "kg-relations-"));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("relation dictionaries", () => {
  it("load the nine default relation types with CAMEO codes", () => {
    const relations = loadRelations();
    expect(relations.map((r) => r.relation).sort()).toEqual([
      "allies-with",
      "cooperates-with",
      "fights",
      "meets-with",
      "opposes",
      "sanctions",
      "shares-intel-with",
      "supports",
      "threatens",
    ]);
    for (const r of relations) expect(r.cameo).toMatch(/^\d{2,4}$/);
  });

  it.each([
    [
      "a trigger without object or preps",
      {
        relation: "trades-with",
        polarity: "cooperative",
        symmetric: true,
        cameo: "05",
        triggers: [{ pos: "verb", words: "trade" }],
      },
      /entry #1 \("trades-with"\)/,
    ],
    [
      "an unknown polarity",
      { relation: "trades-with", polarity: "friendly", symmetric: true, cameo: "05", triggers: [] },
      /polarity/,
    ],
    [
      "a relation name that is not kebab-case",
      { relation: "Trades With", polarity: "cooperative", symmetric: true, cameo: "05", triggers: [] },
      /kebab-case/,
    ],
  ])("reject %s, naming the file and the entry", (_name, entry, message) => {
    const path = file("bad.json", JSON.stringify({ relations: [entry] }));
    expect(() => loadRelations([path])).toThrow(DictionaryError);
    expect(() => loadRelations([path])).toThrow(message);
    expect(() => loadRelations([path])).toThrow(path);
  });

  it("reject a file that is not JSON with an input error naming it", () => {
    const path = file("broken.json", "{ relations: ");
    expect(() => loadRelations([path])).toThrow(InputError);
    expect(() => loadRelations([path])).toThrow(path);
  });

  it("let a user add a relation type without touching code", () => {
    const path = file(
      "trade.json",
      JSON.stringify({
        relations: [
          {
            relation: "trades-with",
            polarity: "cooperative",
            symmetric: true,
            cameo: "05",
            triggers: [{ pos: "verb", words: "trade", preps: ["with"], reciprocal: true }],
          },
        ],
      }),
    );
    const ex = createExtractor({ dictionary: loadActorDictionary(), relationFiles: [path] });
    const records = extractDocument(ex, { doc: "t.txt", text: "Chile agreed to trade with Peru." });
    expect(records.map((r) => `${r.source.id} ${r.relation} ${r.target.id} ${r.cameo}`)).toEqual([
      "CHL trades-with PER 05",
    ]);
  });
});
