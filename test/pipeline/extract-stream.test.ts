// The extraction stage maps records back to the original document exactly.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { extractStream } from "../../ingest/pipeline/extract-stream.js";
import { readInputs } from "../../ingest/read/index.js";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("extractStream", () => {
  it("reports evidence with original offsets and no trailing newline", async () => {
    dir = mkdtempSync(join(tmpdir(), "kg-stream-"));
    const original = "Trade row\r\nPeru condemned Chile &amp; Bolivia on Monday.\r\n\r\n";
    writeFileSync(join(dir, "a.txt"), original);
    const records = [];
    for await (const item of extractStream(readInputs([dir]), {
      workers: 1,
      actorFiles: [],
      relationFiles: [],
    }))
      if (item.kind === "extracted") records.push(...item.records);
    expect(records.map((r) => `${r.source.id} ${r.target.id}`).sort()).toEqual(["PER BOL", "PER CHL"]);
    for (const r of records) {
      expect(r.text).toBe("Peru condemned Chile &amp; Bolivia on Monday.");
      expect(original.slice(r.start, r.end)).toBe(r.text);
    }
  });
});
