// 200 MB single-line inputs, generated at test time in the temp folder and removed after: each is skipped with a
// message naming it (and its line), the inputs after it are still read, and the run stays within a 512 MB heap.
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { edgesOf, recordsOf, runKg, warningsOf } from "./cli.js";

const SIZE = 200 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "kg-hostile-big-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Streams `head`, then `SIZE` bytes of one line of words, then `tail` into a new file. */
async function bigFile(name: string, head: string, tail: string): Promise<string> {
  const path = join(dir, name);
  const out = createWriteStream(path);
  const block = Buffer.from("Norway attacked Sweden ".repeat(45_590)); // about 1 MB, no line end
  const write = (chunk: string | Buffer): Promise<void> =>
    new Promise((resolve) => (out.write(chunk) ? resolve() : out.once("drain", resolve)));
  await write(head);
  for (let written = 0; written < SIZE; written += block.length) await write(block);
  await write(tail);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return path;
}

const removeFile = (path: string): void => rmSync(path, { force: true });

describe("a 200 MB single-line input", () => {
  it.each([
    {
      name: "a text file",
      file: "line.txt",
      head: "",
      tail: "",
      warning: /^: too large for one document \(20\d MB; the limit is 4 MB\); skipped/,
      edges: [],
    },
    {
      name: "a JSONL line between good lines",
      file: "line.jsonl",
      head: '{"text": "Chile met with Peru."}\n{"text": "',
      tail: '"}\n{"text": "Chile met with Peru."}\n',
      warning: /^:2: too large for one document \(20\d MB; the limit is 4 MB\); row skipped$/,
      edges: ["line.jsonl#1 CHL meets-with PER", "line.jsonl#3 CHL meets-with PER"],
    },
    {
      name: "a CSV cell between good rows",
      file: "line.csv",
      head: 'id,text\n1,Chile met with Peru.\n2,"',
      tail: '"\n3,Chile met with Peru.\n',
      warning: /^:3: unbalanced quotes, or a row longer than 1 MB .*reading goes on at line 4$/,
      edges: ["line.csv#1 CHL meets-with PER", "line.csv#3 CHL meets-with PER"],
    },
  ])(
    "$name is skipped by name, the rest read, in bounded time and memory",
    { timeout: 120_000 },
    async (c) => {
      const path = await bigFile(c.file, c.head, c.tail);
      try {
        const run = await runKg(["extract", path], { timeoutMs: 110_000 });
        console.info(`200 MB ${c.name}: ${run.seconds.toFixed(1)} s, peak ${run.peakMb ?? "?"} MB resident`);
        expect(run.signal).toBeNull();
        expect(run.status).toBe(3);
        const [warning, ...others] = warningsOf(run);
        expect(others).toEqual([]);
        expect(warning!.startsWith(`kg: skipped ${path}`)).toBe(true);
        expect(warning!.slice(`kg: skipped ${path}`.length)).toMatch(c.warning);
        expect(edgesOf(recordsOf(run))).toEqual(c.edges);
        expect(run.seconds).toBeLessThan(60);
        if (run.peakMb !== undefined) expect(run.peakMb).toBeLessThan(700);
      } finally {
        removeFile(path);
      }
    },
  );

  it("on standard input is skipped without being read whole", { timeout: 120_000 }, async () => {
    const path = await bigFile("stdin.txt", "", "");
    try {
      const run = await runKg(["extract"], { stdinFile: path, timeoutMs: 110_000 });
      console.info(
        `200 MB on standard input: ${run.seconds.toFixed(1)} s, peak ${run.peakMb ?? "?"} MB resident`,
      );
      expect(run.status).toBe(3);
      expect(warningsOf(run)).toEqual([
        "kg: skipped stdin: too large for one document (more than the limit of 4 MB); skipped: split it, e.g. one document per row of a JSONL or CSV file",
      ]);
      expect(run.stdout).toBe("");
      if (run.peakMb !== undefined) expect(run.peakMb).toBeLessThan(400);
    } finally {
      removeFile(path);
    }
  });
});
