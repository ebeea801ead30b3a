// Hostile files at the reader: each is read or skipped with its file (and line) named, in bounded time and memory.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES, MAX_HTML_DEPTH } from "../../ingest/read/limits.js";
import type { ReadItem, ReadOptions } from "../../ingest/read/types.js";
import { readStdin } from "../../ingest/read/whole-file.js";
import { documents, readOne, skips } from "../read/helpers.js";

/** Reads one file and says how long it took, in seconds. */
async function timedRead(name: string, content: string | Uint8Array, options: ReadOptions = {}) {
  const started = performance.now();
  const { path, items } = await readOne(name, content, options);
  return { path, items, seconds: (performance.now() - started) / 1000 };
}

const only = (items: ReadItem[]): ReadItem => {
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe("deeply nested HTML", () => {
  // Before: 100,000 levels crashed the run (the converter recursed per level: stack overflow, exit 70), and
  // the parser's tag stack is quadratic in the depth (a million unclosed <b> took hours).
  it.each([
    {
      name: "100,000 nested <div>",
      html: `${"<div>".repeat(100_000)}<p>Chile protested.</p>${"</div>".repeat(100_000)}`,
    },
    { name: "a million unclosed <b>", html: `<p>Chile protested.</p>${"<b>".repeat(1_000_000)}` },
  ])("is skipped fast when $name", async ({ html }) => {
    const { path, items, seconds } = await timedRead("deep.html", html);
    expect(only(items)).toEqual({
      kind: "skipped",
      path,
      reason: `HTML nested deeper than ${MAX_HTML_DEPTH} elements (unclosed tags?); skipped`,
    });
    expect(seconds).toBeLessThan(2);
  });

  it(`is read when it nests ${MAX_HTML_DEPTH - 10} levels`, async () => {
    const depth = MAX_HTML_DEPTH - 10;
    const html = `<html><body>${"<div>".repeat(depth - 2)}<p>Chile protested.</p>${"</div>".repeat(depth - 2)}</body></html>`;
    const { items } = await timedRead("fine.html", html);
    expect(only(items)).toMatchObject({ kind: "document", text: "Chile protested." });
  });
});

describe("HTML with scripts and huge attributes", () => {
  it("keeps the paragraphs only, whatever the attributes and scripts hold", async () => {
    const huge = "y".repeat(1_500_000);
    const html =
      `<html><head><title>Talks</title><meta name="date" content="${huge}"><script>${'document.write("<p>Peru attacked Chile.</p>");'.repeat(5000)}</script></head>` +
      `<body><p data-blob="${huge}" onclick="alert('x')">Chile protested.</p><style>p{}</style>` +
      `<p title="${"'\"".repeat(1000)}">Peru agreed.</p><script>var unclosed = "</body>`;
    const { items, seconds } = await timedRead("page.html", html);
    const item = only(items);
    expect(item).toMatchObject({ kind: "document", title: "Talks" });
    if (item.kind === "document") expect(item.text).toBe("Chile protested.\n\nPeru agreed.");
    expect(seconds).toBeLessThan(3);
  });
});

describe("markdown that would make its patterns backtrack", () => {
  // Before: every unclosed opener rescanned the rest of the line (900 KB of "[a " took 113 s).
  it.each([
    { name: "unclosed link brackets", line: "[a ".repeat(300_000) },
    { name: "link brackets with unclosed targets", line: "[a](b ".repeat(150_000) },
    { name: "unclosed bold", line: "**a ".repeat(200_000) },
    { name: "unclosed bold with underscores", line: "__a ".repeat(200_000) },
    { name: "unclosed comments", line: "<!-- ".repeat(200_000) },
  ])("reads a 1 MB line of $name in linear time", async ({ line }) => {
    const { items, seconds } = await timedRead("notes.md", `Chile protested.\n${line}\n`);
    expect(only(items)).toMatchObject({ kind: "document" });
    expect(seconds).toBeLessThan(3);
  });

  it.each([
    {
      markdown: "**Chile** met [Peru](http://x.example/a_(b)) <!-- note --> and __Bolivia__.",
      text: "Chile met Peru) and Bolivia.",
    },
    { markdown: "Chile [met](http://x) Peru. <!-- never closed", text: "Chile met Peru. <!-- never closed" },
    // As CommonMark pairs them: a closer goes with the nearest opener.
    { markdown: "**Chile **met** Peru", text: "**Chile met Peru" },
    { markdown: "[Chile [and] Peru](http://x) met", text: "[Chile [and] Peru](http://x) met" },
  ])("still strips its markup: $markdown", async ({ markdown, text }) => {
    const { items } = await timedRead("short.md", markdown);
    expect(only(items)).toMatchObject({ kind: "document", text });
  });
});

describe("documents over the size limit", () => {
  const over = MAX_DOCUMENT_BYTES + 1;

  it("skip a text file, naming both sizes", async () => {
    const { path, items } = await timedRead("big.txt", "a".repeat(over));
    expect(only(items)).toEqual({
      kind: "skipped",
      path,
      reason: expect.stringMatching(
        /^too large for one document \(4\.0 MB; the limit is 4 MB\); skipped: split it/,
      ),
    });
  });

  it("skip standard input without reading it all", async () => {
    let read = 0;
    const chunks = (function* () {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield Buffer.alloc(64 * 1024, 0x61);
      }
    })();
    const item = await readStdin(Readable.from(chunks));
    expect(item).toEqual({
      kind: "skipped",
      path: "stdin",
      reason: expect.stringMatching(/^too large for one document \(more than the limit of 4 MB\)/),
    });
    expect(read).toBeLessThan(100);
  });

  it("skip a JSONL line by its number, and read the lines around it", async () => {
    const content = `{"text": "Chile protested."}\n{"text": "${"a".repeat(over)}"}\n{"text": "Peru agreed."}\n`;
    const { path, items } = await timedRead("rows.jsonl", content);
    expect(documents(items).map((d) => d.doc)).toEqual(["rows.jsonl#1", "rows.jsonl#3"]);
    expect(skips(items)).toEqual([
      {
        kind: "skipped",
        path,
        line: 2,
        reason: expect.stringMatching(/^too large for one document .*; row skipped$/),
      },
    ]);
  });

  it("skip a CSV row whose quoted cell is over a megabyte, and read the rows after it", async () => {
    const content = `id,text\n1,Chile protested.\n2,"${"a".repeat(over)}"\n3,Peru agreed.\n`;
    const { path, items, seconds } = await timedRead("rows.csv", content, { idColumn: "id" });
    expect(documents(items).map((d) => d.doc)).toEqual(["rows.csv#1", "rows.csv#3"]);
    expect(skips(items)).toEqual([
      { kind: "skipped", path, line: 3, reason: expect.stringMatching(/a row longer than 1 MB/) },
    ]);
    expect(seconds).toBeLessThan(3);
  });
});

describe("JSONL line ends", () => {
  it("split at LF, CRLF and a lone CR, counting lines as an editor does", async () => {
    const content = `{"text": "One."}\r\n{"text": "Two."}\r{"text": "Three."}\n\n{"text": "Five."}`;
    const { items } = await timedRead("ends.jsonl", content);
    expect(documents(items).map((d) => [d.doc, d.line])).toEqual([
      ["ends.jsonl#1", 1],
      ["ends.jsonl#2", 2],
      ["ends.jsonl#3", 3],
      ["ends.jsonl#5", 5],
    ]);
  });
});

describe("skip reasons that quote the input", () => {
  // A header cell or a JSON excerpt in a reason printed its newlines and terminal escapes as they were.
  it.each([
    {
      name: "a CSV header cell with a line break and an escape",
      file: "h.csv",
      content: '"a\r\n\u001b[2Jb",c\n1,2\n',
    },
    {
      name: "a JSONL line with an escape and a bidi override",
      file: "h.jsonl",
      content: '{"text": \u001b[31m\u202Ebroken\n',
    },
  ])("stay one printable line: $name", async ({ file, content }) => {
    const { items } = await timedRead(file, content);
    const [skip] = skips(items);
    expect(skip).toBeDefined();
    // eslint-disable-next-line no-control-regex -- control characters are what must not be printed
    expect(skip!.reason).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(skip!.reason).toMatch(/\\u001b/);
  });
});
