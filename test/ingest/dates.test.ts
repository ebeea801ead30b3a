// Dates reach the graph from every source a document can give them: front matter, a dateline, a table column.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../graph/helpers.js";
import { ingestPaths, removeOwn, tempDir } from "./helpers.js";

const PREFIX = "kgtest-dates-";
// A pair no other test file uses, so the aggregate is this file's alone.
const SENTENCE = "Iceland and Mongolia agreed to share intelligence on cyber threats.";

let driver: Driver;
const folder = tempDir("dates");

beforeAll(async () => {
  ({ driver } = await testDatabase());
  await removeOwn(driver, PREFIX);
  folder.write(
    `${PREFIX}front-matter.md`,
    `---\ntitle: Northern cooperation\ndate: 2014-05-02\n---\n${SENTENCE}\n`,
  );
  folder.write(
    `${PREFIX}dateline.txt`,
    "REYKJAVIK, March 3, 2016 (Reuters) - Iceland and Mongolia share intelligence on smuggling, officials said.\n",
  );
  folder.write(
    `${PREFIX}rows.jsonl`,
    `${JSON.stringify({ id: "a", published: "2015-01-20", body: SENTENCE })}\n`,
  );
});

afterAll(async () => {
  await removeOwn(driver, PREFIX);
  await driver.close();
  folder.remove();
});

describe("document dates", () => {
  it(
    "come from front matter, datelines and columns, and bound the aggregate",
    { timeout: 120_000 },
    async () => {
      const read = { textColumn: "body", dateColumn: "published", idColumn: "id" };
      const { summary, skipped } = await ingestPaths(driver, [folder.dir], 50, read);
      expect(skipped).toEqual([]);
      expect(summary.documents.new).toBe(3);

      const { records: docs } = await driver.executeQuery(
        "MATCH (d:Document) WHERE d.name STARTS WITH $prefix RETURN d.name AS name, d.date AS date ORDER BY name",
        { prefix: PREFIX },
      );
      expect(docs.map((r) => [r.get("name"), r.get("date")])).toEqual([
        [`${PREFIX}dateline.txt`, "2016-03-03"],
        [`${PREFIX}front-matter.md`, "2014-05-02"],
        [`${PREFIX}rows.jsonl#a`, "2015-01-20"],
      ]);

      const { records } = await driver.executeQuery(
        `MATCH (:Actor {id: 'ISL'})-[r:SHARES_INTEL_WITH]-(:Actor {id: 'MNG'})
       RETURN r.count AS count, r.docs AS docs, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen`,
      );
      expect(records.map((r) => r.toObject())).toEqual([
        { count: 3, docs: 3, firstSeen: "2014-05-02", lastSeen: "2016-03-03" },
      ]);
    },
  );
});
