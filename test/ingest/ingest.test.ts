// Ingest against a real Neo4j: the sample articles end up as claims with evidence; re-ingest, change, remove, bad input.
import { readFileSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentHashes, removeDocuments } from "../../graph/store.js";
import { projectPath } from "../../lib/paths.js";
import { testDatabase } from "../graph/helpers.js";
import { ingestPaths, ownCounts, removeOwn, tempDir } from "./helpers.js";

// Every document this file stores is named with this prefix, so it cleans only its own data.
const PREFIX = "kgtest-ingest-";
const SAMPLE_NAMES = [`${PREFIX}sample-a.txt`, `${PREFIX}sample-b.txt`];
const SAMPLES = ["iraq-intelligence-cell.txt", "us-russia-intelligence.txt"];

let driver: Driver;
const folder = tempDir("ingest");

beforeAll(async () => {
  ({ driver } = await testDatabase());
  await removeOwn(driver, PREFIX);
  SAMPLES.forEach((file, i) => folder.write(SAMPLE_NAMES[i]!, readFileSync(projectPath("samples", file))));
});

afterAll(async () => {
  await removeOwn(driver, PREFIX);
  await driver.close();
  folder.remove();
});

async function rows(query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(query, { prefix: PREFIX, ...params });
  return records.map((r) => r.toObject());
}

describe("the sample articles", () => {
  it("are stored as new documents, then found unchanged", { timeout: 120_000 }, async () => {
    const first = await ingestPaths(driver, [folder.dir]);
    expect(first.summary.documents).toEqual({ new: 2, unchanged: 0, changed: 0, skipped: 0 });
    expect(first.skipped).toEqual([]);
    const before = await ownCounts(driver, PREFIX);
    expect(before.documents).toBe(2);
    expect(before.claims).toBeGreaterThan(0);

    const again = await ingestPaths(driver, [folder.dir]);
    expect(again.summary.documents).toEqual({ new: 0, unchanged: 2, changed: 0, skipped: 0 });
    expect(again.summary.claimsByRelation).toEqual({});
    expect(await ownCounts(driver, PREFIX)).toEqual(before);
  });

  it("link Iraq and Iran by shared intelligence, with the sentence as evidence", async () => {
    const aggregate = await rows(
      `MATCH (:Actor {id: 'IRQ'})-[r:SHARES_INTEL_WITH]-(:Actor {id: 'IRN'}) RETURN r.count AS count`,
    );
    expect(aggregate).toHaveLength(1);
    expect(aggregate[0]!.count).toBeGreaterThanOrEqual(1);
    const evidence = await rows(
      `MATCH (:Actor {id: 'IRQ'})<-[:SOURCE|TARGET]-(c:Claim {relation: 'shares-intel-with'})-[:SOURCE|TARGET]->
             (:Actor {id: 'IRN'})
       MATCH (c)-[:EVIDENCE]->(s:Sentence)-[:IN]->(d:Document) WHERE d.name STARTS WITH $prefix
       RETURN s.text AS text, s.start AS start, s.end AS end, d.name AS doc`,
    );
    expect(evidence.length).toBeGreaterThanOrEqual(1);
    const sentence = evidence.find((e) => String(e.text).includes("intelligence coordination"));
    expect(sentence).toBeDefined();
    // Offsets point into the original file, so the viewer can highlight the sentence in the article.
    const original = readFileSync(`${folder.dir}/${String(sentence!.doc)}`, "utf8");
    expect(original.slice(Number(sentence!.start), Number(sentence!.end))).toBe(sentence!.text);
  });

  it("have the United States fighting the Islamic State", async () => {
    const found = await rows(
      `MATCH (:Actor {id: 'USA'})-[r:FIGHTS]->(:Actor {id: 'ISLAMIC_STATE'}) RETURN r.count AS count`,
    );
    expect(found).toHaveLength(1);
    const own = await rows(
      `MATCH (:Actor {id: 'USA'})<-[:SOURCE]-(c:Claim {relation: 'fights'})-[:TARGET]->(:Actor {id: 'ISLAMIC_STATE'})
       MATCH (c)-[:EVIDENCE]->(:Sentence)-[:IN]->(d:Document) WHERE d.name STARTS WITH $prefix
       RETURN count(c) AS n`,
    );
    expect(own[0]!.n).toBeGreaterThanOrEqual(1);
  });

  it("store every sentence of the articles, in order, not only those with evidence", async () => {
    const stored = await rows(
      `MATCH (s:Sentence)-[:IN]->(d:Document) WHERE d.name = $name
       OPTIONAL MATCH (s)<-[:EVIDENCE]-(c:Claim)
       WITH s, count(c) AS claims ORDER BY s.index
       RETURN s.index AS index, s.text AS text, s.start AS start, s.end AS end, claims`,
      { name: SAMPLE_NAMES[0] },
    );
    const original = readFileSync(`${folder.dir}/${SAMPLE_NAMES[0]}`, "utf8");
    expect(stored.map((s) => Number(s.index))).toEqual(stored.map((_, i) => i));
    expect(stored.filter((s) => Number(s.claims) === 0).length).toBeGreaterThan(0);
    for (const s of stored) expect(original.slice(Number(s.start), Number(s.end))).toBe(s.text);
    // Together the sentences cover the article's words: nothing between them but white space.
    const gaps = stored.slice(1).map((s, i) => original.slice(Number(stored[i]!.end), Number(s.start)));
    expect(gaps.filter((g) => g.trim() !== "")).toEqual([]);
  });

  it("give the actors their dictionary aliases, so search finds them by other names", async () => {
    const [iraq] = await rows(`MATCH (a:Actor {id: 'IRQ'}) RETURN a.aliases AS aliases`);
    expect(iraq!.aliases).toEqual(expect.arrayContaining(["Iraqi", "Republic of Iraq"]));
    const [is] = await rows(`MATCH (a:Actor {id: 'ISLAMIC_STATE'}) RETURN a.aliases AS aliases`);
    expect(is!.aliases).toEqual(expect.arrayContaining(["Daesh", "ISIL"]));
  });

  it("store no asserted fighting from the sentence that says the troops are not in combat", async () => {
    const found = await rows(
      `MATCH (c:Claim {relation: 'fights'})-[:EVIDENCE]->(s:Sentence)-[:IN]->(d:Document)
       WHERE d.name STARTS WITH $prefix AND s.text CONTAINS 'none of these troops'
       RETURN c.modality AS modality`,
    );
    expect(found.filter((c) => c.modality === "asserted")).toEqual([]);
  });
});

describe("a negated claim", () => {
  const name = `${PREFIX}negation.txt`;

  it("is stored with modality negated and does not count in the aggregate", { timeout: 60_000 }, async () => {
    const dir = tempDir("ingest-negation");
    try {
      dir.write(
        name,
        "Border drill ends\nNorway did not attack Sweden during the exercise, officials said.\n",
      );
      await ingestPaths(driver, [dir.dir]);
    } finally {
      dir.remove();
    }
    const negated = await rows(
      `MATCH (d:Document {name: $name})<-[:IN]-(:Sentence)<-[:EVIDENCE]-(c:Claim)-[:SOURCE]->(:Actor {id: 'NOR'})
       RETURN c.relation AS relation, c.modality AS modality`,
      { name },
    );
    expect(negated).toContainEqual({ relation: "fights", modality: "negated" });
    expect(negated).not.toContainEqual({ relation: "fights", modality: "asserted" });
    // The aggregate counts asserted/intended claims only: it is absent, or exactly the count of those.
    const [edge] = await rows(
      `OPTIONAL MATCH (:Actor {id: 'NOR'})-[r:FIGHTS]->(:Actor {id: 'SWE'})
       OPTIONAL MATCH (:Actor {id: 'NOR'})<-[:SOURCE]-(c:Claim {relation: 'fights'})-[:TARGET]->(:Actor {id: 'SWE'})
       WHERE c.modality IN ['asserted', 'intended']
       RETURN r.count AS count, count(c) AS counting`,
    );
    expect(edge!.count ?? 0).toBe(edge!.counting);
    await removeDocuments(driver, [name]);
  });
});

describe("a changed document", () => {
  const name = `${PREFIX}changing.txt`;

  it("replaces its own sentences and claims", { timeout: 60_000 }, async () => {
    const dir = tempDir("ingest-change");
    try {
      dir.write(name, "Coastal clash\nChile attacked Peru's navy near the coast on Tuesday.\n");
      const v1 = await ingestPaths(driver, [dir.dir]);
      expect(v1.summary.documents.new).toBe(1);
      const claimsOf = async (): Promise<Record<string, unknown>[]> =>
        rows(
          `MATCH (d:Document {name: $name})<-[:IN]-(s:Sentence)<-[:EVIDENCE]-(c:Claim)-[:SOURCE]->(a:Actor)
           MATCH (c)-[:TARGET]->(b:Actor)
           RETURN a.id AS source, c.relation AS relation, b.id AS target, c.modality AS modality`,
          { name },
        );
      expect(await claimsOf()).toContainEqual({
        source: "CHL",
        relation: "fights",
        target: "PER",
        modality: "asserted",
      });
      const hashBefore = (await documentHashes(driver, [name])).get(name);

      dir.write(
        name,
        "Coastal calm\nNorway and Sweden agreed to share intelligence on smuggling networks.\n",
      );
      const v2 = await ingestPaths(driver, [dir.dir]);
      expect(v2.summary.documents).toEqual({ new: 0, unchanged: 0, changed: 1, skipped: 0 });
      const after = await claimsOf();
      expect(after.map((c) => c.relation)).toContain("shares-intel-with");
      expect(after.map((c) => c.relation)).not.toContain("fights");
      expect((await documentHashes(driver, [name])).get(name)).not.toBe(hashBefore);
      const counts = await rows(
        `MATCH (d:Document {name: $name}) OPTIONAL MATCH (d)<-[:IN]-(s:Sentence)
         WITH d, s ORDER BY s.index
         RETURN count(DISTINCT d) AS docs, collect(s.text) AS sentences`,
        { name },
      );
      // Only the new version's sentences remain: its headline and its one sentence.
      expect(counts[0]!.docs).toBe(1);
      expect(counts[0]!.sentences).toEqual([
        "Coastal calm",
        "Norway and Sweden agreed to share intelligence on smuggling networks.",
      ]);
    } finally {
      dir.remove();
      await removeDocuments(driver, [name]);
    }
  });
});

describe("a document whose date changes", () => {
  const file = `${PREFIX}dated.jsonl`;

  it("counts as changed and moves its claims to the new date", { timeout: 60_000 }, async () => {
    const dir = tempDir("ingest-date");
    const text = "Chile attacked Peru's navy near the coast on Tuesday.";
    const read = { textColumn: "text", dateColumn: "date", idColumn: "id" };
    const claimDates = async (): Promise<unknown[]> =>
      (
        await rows(
          `MATCH (d:Document {name: $name})<-[:IN]-(:Sentence)<-[:EVIDENCE]-(c:Claim) RETURN DISTINCT c.date AS date`,
          { name: `${file}#r1` },
        )
      ).map((r) => r.date);
    try {
      dir.write(file, `${JSON.stringify({ id: "r1", date: "2015-10-01", text })}\n`);
      expect((await ingestPaths(driver, [dir.dir], 50, read)).summary.documents.new).toBe(1);
      expect(await claimDates()).toEqual(["2015-10-01"]);
      dir.write(file, `${JSON.stringify({ id: "r1", date: "2015-10-02", text })}\n`);
      expect((await ingestPaths(driver, [dir.dir], 50, read)).summary.documents.changed).toBe(1);
      expect(await claimDates()).toEqual(["2015-10-02"]);
    } finally {
      dir.remove();
      await removeDocuments(driver, [`${file}#r1`]);
    }
  });
});

describe("removing documents", () => {
  it("brings the counts back to what they were", { timeout: 60_000 }, async () => {
    const before = await ownCounts(driver, PREFIX);
    const dir = tempDir("ingest-remove");
    const names = [`${PREFIX}remove-1.txt`, `${PREFIX}remove-2.txt`];
    try {
      dir.write(names[0]!, "Naval standoff\nChile attacked Peru's navy near the coast on Tuesday.\n");
      dir.write(
        names[1]!,
        "Drill\nFinnish troops will not fight Estonian forces, the defence minister said.\n",
      );
      await ingestPaths(driver, [dir.dir], 1);
    } finally {
      dir.remove();
    }
    const grown = await ownCounts(driver, PREFIX);
    expect(grown.documents).toBe(before.documents + 2);
    expect(grown.claims).toBeGreaterThan(before.claims);
    expect(await removeDocuments(driver, names)).toBe(2);
    expect(await ownCounts(driver, PREFIX)).toEqual(before);
  });
});

describe("a folder with bad inputs", () => {
  it(
    "skips the binary file, the empty file and the malformed line, and stores the rest",
    { timeout: 60_000 },
    async () => {
      const dir = tempDir("ingest-bad");
      try {
        dir.write(
          `${PREFIX}image.txt`,
          Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0x10]),
        );
        dir.write(`${PREFIX}empty.txt`, "");
        dir.write(
          `${PREFIX}rows.jsonl`,
          [
            JSON.stringify({ text: "Chile attacked Peru's navy near the coast on Tuesday." }),
            '{"text": "Norway and Sweden agreed',
            JSON.stringify({ text: "Norway and Sweden agreed to share intelligence on smuggling networks." }),
          ].join("\n") + "\n",
        );
        dir.write(
          `${PREFIX}good.txt`,
          "Talks\nNorway and Sweden agreed to share intelligence on smuggling networks.\n",
        );
        const { summary, skipped } = await ingestPaths(driver, [dir.dir]);
        expect(summary.documents.skipped).toBe(3);
        expect(summary.documents.new).toBe(3);
        const where = skipped.map((s) => s.where.slice(dir.dir.length + 1)).sort();
        expect(where).toEqual([`${PREFIX}empty.txt`, `${PREFIX}image.txt`, `${PREFIX}rows.jsonl:2`]);
        const stored = await documentHashes(driver, [
          `${PREFIX}good.txt`,
          `${PREFIX}rows.jsonl#1`,
          `${PREFIX}rows.jsonl#3`,
          `${PREFIX}image.txt`,
          `${PREFIX}empty.txt`,
        ]);
        expect([...stored.keys()].sort()).toEqual([
          `${PREFIX}good.txt`,
          `${PREFIX}rows.jsonl#1`,
          `${PREFIX}rows.jsonl#3`,
        ]);
      } finally {
        dir.remove();
        await removeOwn(driver, `${PREFIX}good`);
        await removeOwn(driver, `${PREFIX}rows`);
      }
    },
  );
});
