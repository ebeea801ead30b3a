// A document the database refuses (too big for its memory) is skipped and reported; the rest of its batch is stored.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentHashes, writeDocuments } from "../../graph/store.js";
import { extractStream } from "../../ingest/pipeline/extract-stream.js";
import { ingestStream, type SkippedReport } from "../../ingest/pipeline/ingest.js";
import { readInputs } from "../../ingest/read/index.js";
import { testDatabase } from "../graph/helpers.js";
import { removeOwn, tempDir } from "./helpers.js";

const PREFIX = "kgtest-refused-";
const HUGE = `${PREFIX}huge.txt`;
let driver: Driver;
const folder = tempDir("refused");

beforeAll(async () => {
  ({ driver } = await testDatabase());
  await removeOwn(driver, PREFIX);
  folder.write(`${PREFIX}a.txt`, "Chile and Peru agreed to share intelligence on smuggling.\n");
  folder.write(HUGE, "Chile attacked Peru on Monday.\n");
  folder.write(`${PREFIX}b.txt`, "Peru attacked Chile on Tuesday.\n");
});

afterAll(async () => {
  await removeOwn(driver, PREFIX);
  await driver.close();
  folder.remove();
});

// What Neo4j answers when a transaction does not fit its memory pool (after the driver's retries).
const outOfMemory = (): Error =>
  Object.assign(new Error("The allocation of an extra 2.0 MiB would use more than the limit"), {
    name: "Neo4jError",
    code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  });

describe("a document the database refuses", () => {
  it("is skipped and reported, and the rest of its batch is stored", { timeout: 60_000 }, async () => {
    const refusing: typeof writeDocuments = (d, docs, options) =>
      docs.some((doc) => doc.name === HUGE)
        ? Promise.reject(outOfMemory())
        : writeDocuments(d, docs, options);
    const skipped: SkippedReport[] = [];
    const items = extractStream(readInputs([folder.dir], {}), {
      workers: 1,
      actorFiles: [],
      relationFiles: [],
    });
    const summary = await ingestStream(driver, items, {
      batchSize: 10,
      write: refusing,
      onSkipped: (r) => skipped.push(r),
    });
    expect(summary.documents).toEqual({ new: 2, unchanged: 0, changed: 0, skipped: 1 });
    expect(skipped).toEqual([
      expect.objectContaining({ where: HUGE, reason: expect.stringMatching(/MemoryPoolOutOfMemoryError/) }),
    ]);
    const stored = await documentHashes(driver, [`${PREFIX}a.txt`, HUGE, `${PREFIX}b.txt`]);
    expect([...stored.keys()].sort()).toEqual([`${PREFIX}a.txt`, `${PREFIX}b.txt`]);
  });

  it("does not hide a lost connection", { timeout: 60_000 }, async () => {
    const lost: typeof writeDocuments = () =>
      Promise.reject(
        Object.assign(new Error("connection lost"), { name: "Neo4jError", code: "ServiceUnavailable" }),
      );
    const items = extractStream(readInputs([folder.dir], {}), {
      workers: 1,
      actorFiles: [],
      relationFiles: [],
    });
    await expect(ingestStream(driver, items, { batchSize: 10, write: lost, force: true })).rejects.toThrow(
      "connection lost",
    );
  });
});
