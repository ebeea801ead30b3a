// The user's own dictionary files (`--actors FILE`): extending actors and people, and the errors bad files raise.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DictionaryError, InputError } from "../../lib/errors.js";
import { loadActorDictionary } from "../../ingest/actors/load.js";

const dir = mkdtempSync(join(tmpdir(), "kg-actors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function dictionaryFile(content: unknown): string {
  const path = join(dir, `extra-${++fileCount}.json`);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return path;
}

describe("a user's extra file", () => {
  it("extends an actor and adds a person acting for it", () => {
    const file = dictionaryFile({
      actors: [{ id: "USA", aliases: ["Uncle Sam"], ambiguous: ["Uncle Sam"] }],
      people: [{ name: "Jane Example", aliases: ["Example"], actor: "USA", role: "envoy", from: 2030 }],
    });
    const { actors, people } = loadActorDictionary([file]);
    const usa = actors.find((actor) => actor.id === "USA");
    expect(usa?.aliases).toEqual(expect.arrayContaining(["United States", "Uncle Sam"]));
    expect(usa?.ambiguous).toContain("Uncle Sam");
    expect(people).toContainEqual({
      name: "Jane Example",
      aliases: ["Example"],
      actor: "USA",
      role: "envoy",
      from: 2030,
    });
  });

  it("adds a new organisation and a person acting for it", () => {
    const file = dictionaryFile({
      actors: [{ id: "NORTHERN_LEAGUE", name: "Northern League", type: "igo", aliases: ["Northern League"] }],
      people: [
        { name: "Ann Other", aliases: [], actor: "NORTHERN_LEAGUE", role: "leader", from: 2001, to: 2003 },
      ],
    });
    const { actors, people } = loadActorDictionary([file]);
    expect(actors.find((actor) => actor.id === "NORTHERN_LEAGUE")?.type).toBe("igo");
    expect(people.find((person) => person.name === "Ann Other")?.to).toBe(2003);
  });

  it("takes a name away from the actor that had it when it gives the name to another", () => {
    const file = dictionaryFile({ actors: [{ id: "SUN", institutions: ["Kremlin"], capitals: ["Moscow"] }] });
    const { actors } = loadActorDictionary([file]);
    const byId = new Map(actors.map((actor) => [actor.id, actor]));
    expect(byId.get("SUN")?.institutions).toContain("Kremlin");
    expect(byId.get("RUS")?.institutions ?? []).not.toContain("Kremlin");
    expect(byId.get("RUS")?.capitals ?? []).not.toContain("Moscow");
  });

  it("removes names with `remove` and builds a package territory as a state when named", () => {
    const file = dictionaryFile({ actors: [{ id: "GEO", remove: ["Georgia"] }, { id: "HKG" }] });
    const { actors } = loadActorDictionary([file]);
    const byId = new Map(actors.map((actor) => [actor.id, actor]));
    expect(byId.get("GEO")?.aliases).not.toContain("Georgia");
    expect(byId.get("GEO")?.ambiguous ?? []).not.toContain("Georgia");
    expect(byId.get("HKG")).toMatchObject({ name: "Hong Kong", type: "state" });
  });

  it("extends a default person's term when the same person, actor, role and start year come again", () => {
    const file = dictionaryFile({
      people: [
        {
          name: "Sergei Lavrov",
          aliases: ["S. Lavrov"],
          actor: "RUS",
          role: "foreign minister",
          from: 2004,
          to: 2031,
        },
      ],
    });
    const lavrov = loadActorDictionary([file]).people.filter((person) => person.name === "Sergei Lavrov");
    const minister = lavrov.find((person) => person.role === "foreign minister");
    expect(minister?.to).toBe(2031);
    expect(minister?.aliases).toEqual(expect.arrayContaining(["Lavrov", "S. Lavrov"]));
  });
});

describe("a bad file", () => {
  it.each<[string, unknown, RegExp]>([
    [
      "an unknown actor type",
      { actors: [{ id: "X_GROUP", name: "X", type: "militia", aliases: ["X group"] }] },
      /entry #1 \(id "X_GROUP"\): type: /,
    ],
    ["an unknown field", { actors: [{ id: "USA", nickname: ["Sam"] }] }, /entry #1 \(id "USA"\): .*nickname/],
    ["an unknown top-level field", { actorz: [] }, /entry \(top level\): .*actorz/],
    [
      "a lower-case id",
      { actors: [{ id: "iraq", name: "Iraq", type: "state", aliases: ["Iraq"] }] },
      /entry #1 \(id "iraq"\): id: must be an upper-case ASCII slug/,
    ],
    [
      "a state id that is not three letters",
      { actors: [{ id: "IRAQ", name: "Iraq", type: "state", aliases: ["Iraq"] }] },
      /entry #1 \(id "IRAQ"\): a state's id must be its three-letter ISO code/,
    ],
    [
      "an empty alias",
      { actors: [{ id: "USA" }, { id: "GBR", aliases: ["  "] }] },
      /entry #2 \(id "GBR"\): aliases\.0: must not be empty/,
    ],
    [
      "a new actor without name and type",
      { actors: [{ id: "NEW_GROUP", aliases: ["New Group"] }] },
      /entry #1 \(id "NEW_GROUP"\): a new actor needs "name" and "type"/,
    ],
    [
      "an actor without any name",
      { actors: [{ id: "NAMELESS", name: "Nameless", type: "other" }] },
      /entry #1 \(id "NAMELESS"\): the actor has no aliases or acronyms/,
    ],
    [
      "an ambiguous name the actor does not have",
      { actors: [{ id: "USA", ambiguous: ["Uncle Sam"] }] },
      /entry #1 \(id "USA"\): ambiguous "Uncle Sam" is not one of the actor's names/,
    ],
    [
      "one name given to two actors",
      {
        actors: [
          { id: "USA", aliases: ["The Empire"] },
          { id: "GBR", aliases: ["Empire"] },
        ],
      },
      /entry #2 \(id "GBR"\): "Empire" is already given to USA in this file/,
    ],
    [
      "a person acting for an unknown actor",
      { people: [{ name: "Jane Example", aliases: [], actor: "ATLANTIS", role: "leader", from: 2000 }] },
      /entry #1 \(person "Jane Example"\): unknown actor "ATLANTIS"/,
    ],
    [
      "a term that ends before it starts",
      { people: [{ name: "Jane Example", aliases: [], actor: "USA", role: "leader", from: 2010, to: 2001 }] },
      /entry #1 \(person "Jane Example"\): to: `from` must not be after `to`/,
    ],
    [
      "a person without aliases",
      { people: [{ name: "Jane Example", actor: "USA", role: "leader", from: 2010 }] },
      /entry #1 \(person "Jane Example"\): aliases: /,
    ],
    [
      "a region in an unknown state",
      { regions: [{ name: "Atlantis", demonyms: ["Atlantean"], state: "ATL" }] },
      /entry #1 \(region "Atlantis"\): "ATL" is not a known state/,
    ],
  ])("with %s throws DictionaryError naming the file and entry", (_case, content, message) => {
    const file = dictionaryFile(content);
    const load = () => loadActorDictionary([file]);
    expect(load).toThrow(DictionaryError);
    expect(load).toThrow(message);
    expect(load).toThrow(file);
  });

  it("with invalid JSON names the line", () => {
    const file = dictionaryFile('{\n  "actors": [\n    { "id": "USA", }\n  ]\n}\n');
    const load = () => loadActorDictionary([file]);
    expect(load).toThrow(DictionaryError);
    expect(load).toThrow(`${file}: entry on line 3: not valid JSON`);
  });

  it("that does not exist throws InputError naming it", () => {
    const file = join(dir, "missing.json");
    expect(() => loadActorDictionary([file])).toThrow(InputError);
    expect(() => loadActorDictionary([file])).toThrow(file);
  });
});
