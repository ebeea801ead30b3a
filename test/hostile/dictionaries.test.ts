// Hostile dictionary files: a byte order mark is read, a syntax error names its file and line in one line of text.
import { describe, expect, it } from "vitest";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { loadRelations } from "../../ingest/relations/load.js";
import { DictionaryError, InputError, KgError } from "../../lib/errors.js";
import { tempDir } from "../read/helpers.js";

const BOM = "\uFEFF";
const ACTORS = { actors: [{ id: "KGH_BOMLAND", name: "Bomland", type: "other", aliases: ["Bomland"] }] };
const RELATIONS = {
  relations: [
    {
      relation: "kgh-mediates",
      polarity: "cooperative",
      symmetric: true,
      cameo: "043",
      triggers: [{ pos: "verb", words: "mediate", preps: ["with"] }],
    },
  ],
};

function thrown(load: () => unknown): Error {
  try {
    load();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the load to fail");
}

describe("a dictionary saved with a UTF-8 byte order mark", () => {
  it("loads as actors (it failed as 'not valid JSON')", () => {
    const path = tempDir().write("bom-actors.json", BOM + JSON.stringify(ACTORS));
    const dictionary = loadActorDictionary([path]);
    expect(dictionary.actors.find((a) => a.id === "KGH_BOMLAND")?.name).toBe("Bomland");
  });

  it("loads as relations", () => {
    const path = tempDir().write("bom-relations.json", BOM + JSON.stringify(RELATIONS));
    expect(loadRelations([path]).map((r) => r.relation)).toContain("kgh-mediates");
  });
});

// Syntax errors on line 3 of 7: V8 gives no position for "Unexpected token", so the last line was named.
const BROKEN = '{\n  "actors": [\n    { "id": "KGH_A", "name": },\n    { "id": "KGH_B" }\n  ]\n}\n\n';
const BROKEN_RELATIONS = '{\n  "relations": [\n    { "relation": },\n    {}\n  ]\n}\n\n';

describe("a dictionary with a syntax error", () => {
  it("names the actor file and the line, in one line", () => {
    const path = tempDir().write("broken-actors.json", BROKEN);
    const error = thrown(() => loadActorDictionary([path]));
    expect(error).toBeInstanceOf(DictionaryError);
    expect(error.message).toMatch(new RegExp(`^${path}: entry on line 3: not valid JSON: `));
    expect(error.message).not.toContain("\n");
  });

  it("names the relation file and the line, in one line", () => {
    const path = tempDir().write("broken-relations.json", BROKEN_RELATIONS);
    const error = thrown(() => loadRelations([path]));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(new RegExp(`^${path}:3: not valid JSON: `));
    expect(error.message).not.toContain("\n");
  });

  it.each([
    ["an empty file", ""],
    ["a file cut short", '{"actors": [{"id": "KGH_A"'],
    ["binary bytes", "\u0000\u0001\u0002PNG"],
    ["JSON that is not an object", "[1, 2, 3]"],
    ["a deeply nested array", `{"actors": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`],
  ])("rejects %s with a KgError naming the file", (_, content) => {
    const path = tempDir().write("odd.json", content);
    for (const load of [() => loadActorDictionary([path]), () => loadRelations([path])]) {
      const error = thrown(load);
      expect(error).toBeInstanceOf(KgError);
      expect(error.message).toContain(path);
      expect(error.message).not.toContain("\n");
    }
  });
});

describe("entries that the fuzzer found refused in the wrong words", () => {
  it("taking another actor's last name blames the entry that took it, not the package", () => {
    // Belize (BLZ, from the world-countries package) has the single alias "Belize".
    const path = tempDir().write(
      "capital.json",
      JSON.stringify({ actors: [{ id: "AFG", capitals: ["Belize"] }] }),
    );
    const error = thrown(() => loadActorDictionary([path]));
    expect(error).toBeInstanceOf(DictionaryError);
    expect(error.message).toBe(
      `${path}: entry #1 (id "AFG"): "Belize" was the last alias or acronym of BLZ (Belize), which has none left`,
    );
  });

  it("a relation trigger with confidence 0 is refused (its records had confidence 0)", () => {
    const zero = structuredClone(RELATIONS);
    Object.assign(zero.relations[0]!.triggers[0]!, { confidence: 0 });
    const path = tempDir().write("zero.json", JSON.stringify(zero));
    const error = thrown(() => loadRelations([path]));
    expect(error).toBeInstanceOf(DictionaryError);
    expect(error.message).toBe(`${path}: entry #1 ("kgh-mediates"): triggers.0.confidence: must be above 0`);
  });
});
