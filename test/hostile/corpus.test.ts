// The hostile corpus through `kg extract` as a user runs it, all inputs in one run (512 MB heap, time limit): each
// input's warnings name its file and line, everything readable still comes out, and the run exits 3.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EdgeRecord } from "../../ingest/record.js";
import { CORPUS, HEAP_MB, edgesOf, recordsOf, runKg, warningsOf, type Run } from "./cli.js";

const generated = mkdtempSync(join(tmpdir(), "kg-hostile-"));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

const NOR_SWE = "NOR fights SWE";
const CHL_PER = "CHL meets-with PER";
/** "doc source relation target" for each edge of one document. */
const of = (doc: string, ...edges: string[]): string[] => edges.map((edge) => `${doc} ${edge}`);

interface Case {
  name: string;
  /** A corpus file, or a generated one (made by `make`, which returns its path). */
  file?: string;
  make?: () => string;
  /** Its exit status when it is the only input. */
  status: 0 | 3;
  /** Each warning after "kg: skipped <path>", in order. */
  warnings: string[];
  /** "doc source relation target" of records that must come out. */
  edges: string[];
  /** Records that must not come out (text of scripts, attributes, navigation), as `edges`. */
  never?: string[];
  /** The file is UTF-8: each record's text is its slice of the file. */
  utf8?: boolean;
}

const write = (name: string, content: string | Uint8Array): string => {
  const path = join(generated, name);
  writeFileSync(path, content);
  return path;
};

const CASES: Case[] = [
  {
    name: "a binary file",
    file: "binary.png",
    status: 3,
    warnings: [": binary file (contains NUL bytes)"],
    edges: [],
  },
  { name: "an empty file", file: "empty.txt", status: 3, warnings: [": empty"], edges: [] },
  {
    name: "invalid UTF-8 bytes",
    file: "invalid-utf8.txt",
    status: 0,
    warnings: [],
    edges: of("invalid-utf8.txt", NOR_SWE, CHL_PER),
    utf8: true,
  },
  {
    name: "Windows-1252 punctuation",
    file: "windows-1252.txt",
    status: 0,
    warnings: [],
    edges: of("windows-1252.txt", NOR_SWE),
  },
  {
    name: "UTF-16 LE with a BOM and CRLF",
    file: "utf16le-bom.txt",
    status: 0,
    warnings: [],
    edges: of("utf16le-bom.txt", NOR_SWE),
  },
  {
    name: "UTF-16 BE with a BOM",
    file: "utf16be-bom.txt",
    status: 0,
    warnings: [],
    edges: of("utf16be-bom.txt", CHL_PER),
  },
  {
    name: "CRLF line ends",
    file: "crlf.txt",
    status: 0,
    warnings: [],
    edges: of("crlf.txt", NOR_SWE, CHL_PER),
    utf8: true,
  },
  {
    name: "lone CR line ends",
    file: "lone-cr.txt",
    status: 0,
    warnings: [],
    edges: of("lone-cr.txt", NOR_SWE, CHL_PER),
    utf8: true,
  },
  {
    name: "zero-width characters inside names",
    file: "zero-width.txt",
    status: 0,
    warnings: [],
    edges: of("zero-width.txt", NOR_SWE, CHL_PER),
    utf8: true,
  },
  {
    name: "bidi controls",
    file: "bidi.txt",
    status: 0,
    warnings: [],
    edges: of("bidi.txt", NOR_SWE, CHL_PER),
    utf8: true,
  },
  {
    name: "HTML with scripts, styles, attributes and an unclosed script",
    file: "script.html",
    status: 0,
    warnings: [],
    edges: of("script.html", CHL_PER, NOR_SWE),
    never: of("script.html", "SWE fights NOR"),
  },
  {
    name: "JSONL with broken, non-object, text-less and cut-short lines",
    file: "broken.jsonl",
    status: 3,
    warnings: [
      ":2: malformed JSON (Expected double-quoted property name in JSON at position 33)",
      ":3: not a JSON object",
      ':6: empty "text" value',
      ":8: malformed JSON (Unterminated string in JSON at position 19)",
    ],
    edges: [...of("broken.jsonl#1", NOR_SWE), ...of("broken.jsonl#7", CHL_PER)],
  },
  {
    name: "CSV with missing and extra columns and an unbalanced quote",
    file: "unbalanced.csv",

    status: 3,
    warnings: [
      ":3: row has 1 fields, the header has 2; row skipped",
      ":4: row has 3 fields, the header has 2; row skipped",
      ":5: unbalanced quotes (a quoted field never closes); row skipped, reading goes on at line 6",
    ],
    edges: [...of("unbalanced.csv#1", NOR_SWE), ...of("unbalanced.csv#5", NOR_SWE)],
  },
  {
    name: "CSV without the text column",
    file: "missing-column.csv",
    status: 3,
    warnings: [': no column "text" (columns: id, headline, body); file skipped'],
    edges: [],
  },
  {
    name: "HTML nested 100,000 deep",
    make: () =>
      write(
        "nested.html",
        `${"<div>".repeat(100_000)}<p>Norway attacked Sweden.</p>${"</div>".repeat(100_000)}`,
      ),
    status: 3,
    warnings: [": HTML nested deeper than 400 elements (unclosed tags?); skipped"],
    edges: [],
  },
  {
    name: "HTML with 3 MB of attributes",
    make: () =>
      write(
        "attributes.html",
        `<p data-a="${"a".repeat(1_500_000)}" title="Sweden attacked Norway.">Chile met with Peru.</p>` +
          `<p data-b="${"b".repeat(1_500_000)}">Norway attacked Sweden.</p>`,
      ),
    status: 0,
    warnings: [],
    edges: of("attributes.html", CHL_PER, NOR_SWE),
    never: of("attributes.html", "SWE fights NOR"),
  },
  {
    name: "markdown with a 1 MB line of unclosed brackets",
    make: () => write("brackets.md", `Norway attacked Sweden.\n\n${"[a ".repeat(350_000)}\n`),
    status: 0,
    warnings: [],
    edges: of("brackets.md", NOR_SWE),
  },
  {
    name: "a text file over the 4 MB document limit",
    make: () => write("big.txt", "Norway attacked Sweden. ".repeat(220_000)),
    status: 3,
    warnings: [
      ": too large for one document (5.0 MB; the limit is 4 MB); skipped: split it, e.g. one document per row of a JSONL or CSV file",
    ],
    edges: [],
  },
  {
    name: "a JSONL line over the limit between good lines",
    make: () =>
      write(
        "long-line.jsonl",
        `{"text": "Norway attacked Sweden."}\n{"text": "${"a ".repeat(2_200_000)}"}\n{"text": "Chile met with Peru."}\n`,
      ),
    status: 3,
    warnings: [":2: too large for one document (4.2 MB; the limit is 4 MB); row skipped"],
    edges: [...of("long-line.jsonl#1", NOR_SWE), ...of("long-line.jsonl#3", CHL_PER)],
  },
  {
    name: "a path that does not exist",
    make: () => join(generated, "no-such-file.txt"),
    status: 3,
    warnings: [": no such file or folder (or a broken symlink)"],
    edges: [],
  },
  {
    name: "a folder with a symlink loop and a broken symlink",
    make: () => {
      const dir = join(generated, "loop");
      mkdirSync(dir);
      writeFileSync(join(dir, "a.txt"), "Norway attacked Sweden.");
      symlinkSync(".", join(dir, "self"));
      mkdirSync(join(dir, "sub"));
      symlinkSync("..", join(dir, "sub", "back"));
      symlinkSync("nowhere.txt", join(dir, "dangling.txt"));
      return dir;
    },
    status: 3,
    warnings: [
      "/dangling.txt: no such file or folder (or a broken symlink)",
      `/self: same folder as ${join(generated, "loop")} (already read; a symlink loop or a repeated path)`,
      `/sub/back: same folder as ${join(generated, "loop")} (already read; a symlink loop or a repeated path)`,
    ],
    edges: ["a.txt NOR fights SWE"],
  },
  {
    name: "a named pipe (reading it would wait forever)",
    make: () => {
      const path = join(generated, "pipe.txt");
      expect(spawnSync("mkfifo", [path]).status).toBe(0);
      return path;
    },
    status: 3,
    warnings: [": not a regular file or folder"],
    edges: [],
  },
];

/** What a case's warnings look like on stderr, for the path the run was given. */
const expectedWarnings = (c: Case, path: string): string[] =>
  c.warnings.map((w) => `kg: skipped ${path}${w}`);

const made = new Map<Case, string>();

/** The input's path; generated inputs are made on first use. */
function pathOf(c: Case): string {
  if (c.file) return join(CORPUS, c.file);
  if (!made.has(c)) made.set(c, c.make!());
  return made.get(c)!;
}

let run: Run;
let records: EdgeRecord[];

beforeAll(async () => {
  const generatedPaths = CASES.filter((c) => c.make).map(pathOf);
  run = await runKg(["extract", CORPUS, ...generatedPaths], { timeoutMs: 100_000 });
  records = recordsOf(run);
}, 120_000);

describe("kg extract on every hostile input in one run", () => {
  it(`ends by itself within the time limit and a ${HEAP_MB} MB heap, exiting 3 (some inputs skipped)`, () => {
    expect(run.signal).toBeNull();
    expect(run.status).toBe(3);
    console.info(`hostile corpus: ${run.seconds.toFixed(1)} s, peak ${run.peakMb ?? "?"} MB resident`);
  });

  it("prints only one-line warnings naming a file on stderr, each expected", () => {
    const expected = CASES.flatMap((c) => expectedWarnings(c, pathOf(c)));
    expect(run.stderr.split("\n").filter(Boolean).sort()).toEqual(expected.sort());
  });

  it.each(CASES)("$name: warned with file (and line), the rest extracted", (c) => {
    const path = pathOf(c);
    const warnings = warningsOf(run);
    for (const warning of expectedWarnings(c, path)) expect(warnings).toContain(warning);
    const edges = edgesOf(records);
    for (const edge of c.edges) expect(edges).toContain(edge);
    for (const edge of c.never ?? []) expect(edges).not.toContain(edge);
    if (c.utf8) {
      const original = readFileSync(path, "utf8");
      const own = records.filter((r) => r.doc === c.file);
      expect(own.length).toBeGreaterThan(0);
      for (const r of own) expect(original.slice(r.start, r.end)).toBe(r.text);
    }
  });
});

describe("the exit status of one input alone", () => {
  it.each(CASES.filter((c) => ["crlf.txt", "broken.jsonl"].includes(c.file ?? "")))(
    "$file exits $status",
    async (c) => {
      const alone = await runKg(["extract", pathOf(c)]);
      expect(alone.status).toBe(c.status);
      expect(warningsOf(alone)).toEqual(expectedWarnings(c, pathOf(c)));
    },
  );
});
