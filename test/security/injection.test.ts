// No Cypher injection: dictionaries that put Cypher into an actor id or a relation name are refused by name; Cypher
// in text, names, titles, file names and store fields is stored as inert text and read back exactly; a sentinel
// document written first is still there, unchanged, after every attempt.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evidenceForPair, relationsOfActor, writeDocuments } from "../../graph/store.js";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { loadRelations } from "../../ingest/relations/load.js";
import type { DatabaseConfig } from "../../lib/config.js";
import { DictionaryError, UnknownRelationTypeError } from "../../lib/errors.js";
import { cleanUp, documentOf, testDatabase } from "../graph/helpers.js";
import { ownCounts, type OwnCounts } from "../ingest/helpers.js";
import { CORPUS, runKg } from "../hostile/cli.js";

const PREFIX = "kgtest-injection-";
const ACTORS = "KGINJ_";
const DELETE_ALL = "'}) MATCH (n) DETACH DELETE n //";
const ARROW = "]->() DETACH DELETE n //";
const BACKTICK = "`]->(x) DETACH DELETE x //";

let driver: Driver;
let config: DatabaseConfig;
let sentinel: OwnCounts;
const folder = mkdtempSync(join(tmpdir(), "kg-injection-"));

const SENTINEL = `${PREFIX}sentinel.txt`;

beforeAll(async () => {
  ({ driver, config } = await testDatabase());
  await cleanUp(driver, PREFIX, ACTORS);
  await writeDocuments(driver, [
    documentOf(SENTINEL, "kginj-sentinel", [
      { source: `${ACTORS}A`, relation: "fights", target: `${ACTORS}B`, sentence: 0 },
      { source: `${ACTORS}A`, relation: "supports", target: `${ACTORS}C`, sentence: 1 },
    ]),
  ]);
  sentinel = await sentinelCounts();
});

afterAll(async () => {
  await cleanUp(driver, PREFIX, ACTORS);
  await driver.close();
  rmSync(folder, { recursive: true, force: true });
});

async function sentinelCounts(): Promise<OwnCounts> {
  return ownCounts(driver, SENTINEL);
}

/** The sentinel document and its two claims, as written before any attempt. */
async function expectSentinelIntact(): Promise<void> {
  expect(sentinel).toMatchObject({ documents: 1, claims: 2 });
  expect(await sentinelCounts()).toEqual(sentinel);
  const { records } = await driver.executeQuery(
    "MATCH (a:Actor {id: $a})-[r:FIGHTS]->(b:Actor {id: $b}) RETURN r.count AS count",
    { a: `${ACTORS}A`, b: `${ACTORS}B` },
  );
  expect(records.map((r) => r.get("count"))).toEqual([1]);
}

/** The database as NEO4J_* settings for the CLI (the local one needs no password). */
function databaseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NEO4J_URI: config.uri };
  if (config.kind === "remote")
    Object.assign(env, { NEO4J_USER: config.user, NEO4J_PASSWORD: config.password });
  return env;
}

const write = (name: string, content: string): string => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

describe("dictionaries that put Cypher where the store uses names", () => {
  const article = write(`${PREFIX}plain.txt`, "Norway attacked Sweden.\n");

  it.each([
    {
      name: "an actor id (the corpus's bad-actors.json)",
      flag: "--actors",
      path: join(CORPUS, "bad-actors.json"),
      error:
        'entry #2 (id "X]->() DETACH DELETE n //"): id: must be an upper-case ASCII slug such as IRQ or ISLAMIC_STATE',
    },
    {
      name: "a relation name",
      flag: "--relations",
      path: write(
        "relations.json",
        JSON.stringify({
          relations: [
            {
              relation: `supports${ARROW}`,
              polarity: "hostile",
              symmetric: false,
              cameo: "18",
              triggers: [{ pos: "verb", words: "zap", object: true }],
            },
          ],
        }),
      ),
      error: `entry #1 ("supports${ARROW}"): relation: relation names are kebab-case`,
    },
  ])(
    "are refused for $name by kg extract and kg ingest, naming file and entry, storing nothing",
    { timeout: 60_000 },
    async (c) => {
      for (const command of ["extract", "ingest"]) {
        const run = await runKg([command, article, "--workers", "1", c.flag, c.path], { env: databaseEnv() });
        expect(run.status).toBe(1);
        expect(run.stdout).toBe("");
        expect(run.stderr).toBe(`kg: ${c.path}: ${c.error}\n`);
      }
      expect((await ownCounts(driver, `${PREFIX}plain.txt`)).documents).toBe(0);
      await expectSentinelIntact();
    },
  );

  it.each([
    [
      "a person's actor",
      { people: [{ name: "Jo Doe", aliases: [], actor: `NOR${ARROW}`, role: "envoy", from: 2000 }] },
    ],
    [
      "a region's state",
      { regions: [{ name: "Northland", demonyms: ["Northlander"], state: `NOR${ARROW}` }] },
    ],
    ["an actor type", { actors: [{ id: "KGINJ_T", name: "T", type: `other${ARROW}`, aliases: ["Tee"] }] }],
  ])("refuse Cypher in %s", (_, content) => {
    const path = write("people.json", JSON.stringify(content));
    expect(() => loadActorDictionary([path])).toThrow(DictionaryError);
  });

  it("refuse Cypher in trigger words and prepositions", () => {
    for (const trigger of [
      { pos: "verb", words: `zap${ARROW}`, object: true },
      { pos: "verb", words: "zap", preps: [`with${ARROW}`] },
    ]) {
      const path = write(
        "triggers.json",
        JSON.stringify({
          relations: [
            { relation: "zaps", polarity: "hostile", symmetric: false, cameo: "18", triggers: [trigger] },
          ],
        }),
      );
      expect(() => loadRelations([path])).toThrow(DictionaryError);
    }
  });
});

describe("Cypher in the text, the file name and a dictionary's names", () => {
  const NAME = `Sylvania${DELETE_ALL}`;
  const ALIAS = `Sylvanian Republic${BACKTICK}`;
  const FILE = `${PREFIX}a'b"c${ARROW.replace(/\//g, "_")}.txt`;
  const HOSTILE_SENTENCE = `The leaflet read: ${DELETE_ALL} and ${ARROW} and ${BACKTICK}.`;

  it("are stored as inert text, read back exactly, and delete nothing", { timeout: 60_000 }, async () => {
    const dictionary = write(
      "names.json",
      JSON.stringify({
        actors: [{ id: `${ACTORS}SYLVANIA`, name: NAME, type: "other", aliases: ["Sylvania", ALIAS] }],
      }),
    );
    const docs = mkdtempSync(join(folder, "docs-"));
    writeFileSync(
      join(docs, FILE),
      `Border row\nSylvania attacked Norway on Monday.\n${HOSTILE_SENTENCE}\nNorway met with the ${ALIAS}.\n`,
    );
    const run = await runKg(["ingest", docs, "--workers", "1", "--actors", dictionary], {
      env: databaseEnv(),
    });
    expect(run.stderr).toMatch(/documents: 1 new/);
    expect(run.status).toBe(0);

    const { records } = await driver.executeQuery(
      `MATCH (d:Document {name: $file})<-[:IN]-(s:Sentence) WITH d, s ORDER BY s.index
       RETURN d.name AS name, collect(s.text) AS sentences`,
      { file: FILE },
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.get("sentences")).toContain(HOSTILE_SENTENCE);

    const evidence = await relationsOfActor(driver, `${ACTORS}SYLVANIA`);
    expect(evidence.map((e) => [e.source.id, e.relation, e.target.id, e.doc.name])).toEqual(
      expect.arrayContaining([[`${ACTORS}SYLVANIA`, "fights", "NOR", FILE]]),
    );
    expect(evidence.find((e) => e.source.id === `${ACTORS}SYLVANIA`)?.source.name).toBe(NAME);
    const actor = await driver.executeQuery(
      "MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.aliases AS aliases",
      {
        id: `${ACTORS}SYLVANIA`,
      },
    );
    expect(actor.records[0]!.get("name")).toBe(NAME);
    expect(actor.records[0]!.get("aliases")).toContain(ALIAS);
    await expectSentinelIntact();
  });

  it("kg remove and kg query take such names as values", { timeout: 60_000 }, async () => {
    const remove = await runKg(["remove", `x${DELETE_ALL}`], { env: databaseEnv() });
    expect(remove.stderr).toContain(`not stored: x${DELETE_ALL}`);
    const query = await runKg(["query", "allies-of", "--param", `actor=NOR${DELETE_ALL}`], {
      env: databaseEnv(),
    });
    expect(query.status, query.stderr).toBe(0);
    await expectSentinelIntact();
    const removed = await runKg(["remove", FILE], { env: databaseEnv() });
    expect(removed.status, removed.stderr).toBe(0);
    expect((await ownCounts(driver, FILE)).documents).toBe(0);
    await expectSentinelIntact();
  });
});

describe("Cypher in the store's own inputs", () => {
  const a = `${ACTORS}X${DELETE_ALL}`;
  const b = `${ACTORS}Y${BACKTICK}`;

  it("actor ids, names, via, document name, title and sentence text are parameters, read back exactly", async () => {
    const doc = documentOf(`${PREFIX}store${ARROW}`, "kginj-store", [
      { source: a, relation: "meets-with", target: b, sentence: 0, via: `Jo ${DELETE_ALL}` },
    ]);
    doc.title = `Title ${BACKTICK}`;
    doc.sentences[0]!.text = `Sentence ${DELETE_ALL}`;
    doc.records[0]!.source.name = `Name ${ARROW}`;
    doc.records[0]!.text = doc.sentences[0]!.text;
    await writeDocuments(driver, [doc]);
    const [found] = await evidenceForPair(driver, a, b);
    expect(found).toMatchObject({
      relation: "meets-with",
      via: `Jo ${DELETE_ALL}`,
      sentence: { text: `Sentence ${DELETE_ALL}` },
      doc: { name: `${PREFIX}store${ARROW}`, title: `Title ${BACKTICK}` },
    });
    expect([found!.source.id, found!.target.id].sort()).toEqual([a, b].sort());
    await expectSentinelIntact();
  });

  it("a relation that is not on the allow-list is refused before anything is written", async () => {
    const good = documentOf(`${PREFIX}good.txt`, "kginj-good", [
      { source: `${ACTORS}A`, relation: "fights", target: `${ACTORS}D`, sentence: 0 },
    ]);
    const bad = documentOf(`${PREFIX}bad.txt`, "kginj-bad", [
      { source: `${ACTORS}A`, relation: `fights${ARROW}`, target: `${ACTORS}D`, sentence: 0 },
    ]);
    await expect(writeDocuments(driver, [good, bad])).rejects.toThrow(UnknownRelationTypeError);
    expect((await ownCounts(driver, `${PREFIX}good.txt`)).documents).toBe(0);
    await expectSentinelIntact();
  });
});
