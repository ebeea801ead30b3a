import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ReadOptions } from "../../ingest/read/types.js";
import { collect, documents, readOne, skips, tempDir } from "./helpers.js";

const utf16 = (text: string, endian: "le" | "be", bom = true): Buffer => {
  const le = Buffer.from(text, "utf16le");
  const body = endian === "le" ? le : Buffer.from(le).swap16();
  const mark = endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
  return Buffer.concat([Buffer.from(bom ? mark : []), body]);
};

interface SingleFileCase {
  name: string;
  file: string;
  content: string | Uint8Array;
  /** Expected text of the one document, or the skip reason. */
  text?: string;
  skip?: RegExp;
}

const SINGLE_FILES: SingleFileCase[] = [
  { name: "empty file", file: "empty.txt", content: "", skip: /^empty$/ },
  { name: "whitespace only", file: "blank.txt", content: " \n\t\r\n", skip: /^empty/ },
  {
    name: "binary with NUL bytes",
    file: "image.txt",
    content: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0x10]),
    skip: /binary/,
  },
  {
    name: "binary with many control characters",
    file: "blob.dat",
    content: Uint8Array.from({ length: 400 }, (_, i) => [0x01, 0x41, 0x02, 0x7f][i % 4]!),
    skip: /binary/,
  },
  {
    name: "mostly invalid UTF-8",
    file: "noise.txt",
    content: Uint8Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0x41 : 0xff)),
    skip: /binary|UTF-8/,
  },
  {
    name: "a few invalid UTF-8 bytes among valid multi-byte text",
    file: "damaged.txt",
    content: Buffer.concat([
      Buffer.from("Café talks in Zürich "),
      Buffer.from([0xff]),
      Buffer.from(" ended."),
    ]),
    text: "Café talks in Zürich \uFFFD ended.",
  },
  {
    name: "Windows-1252 text",
    file: "legacy.txt",
    content: Uint8Array.from([
      ...Buffer.from("The "),
      0x93,
      ...Buffer.from("caf"),
      0xe9,
      0x94,
      ...Buffer.from(" deal"),
    ]),
    text: "The \u201Ccafé\u201D deal",
  },
  {
    name: "UTF-16 LE with BOM",
    file: "wide-le.txt",
    content: utf16("Ruritania – Freedonia\r\n", "le"),
    text: "Ruritania – Freedonia",
  },
  {
    name: "UTF-16 BE with BOM",
    file: "wide-be.txt",
    content: utf16("Ostrovia protested.", "be"),
    text: "Ostrovia protested.",
  },
  {
    name: "UTF-16 LE without BOM",
    file: "wide.txt",
    content: utf16("Ostrovia protested.", "le", false),
    text: "Ostrovia protested.",
  },
  {
    name: "UTF-8 with BOM",
    file: "bom.txt",
    content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Ostrovia")]),
    text: "Ostrovia",
  },
  {
    name: "CRLF and CR line ends",
    file: "crlf.txt",
    content: "One.\r\nTwo.\rThree.\r\n",
    text: "One.\nTwo.\nThree.",
  },
  {
    name: "binary with an unknown extension",
    file: "archive.bin",
    content: Uint8Array.from([0, 1, 2, 3, 0, 0]),
    skip: /binary/,
  },
];

describe("readInputs: bad single files never stop the run", () => {
  it.each(SINGLE_FILES)("$name", async ({ file, content, text, skip }) => {
    const { path, items } = await readOne(file, content);
    expect(items).toHaveLength(1);
    const item = items[0]!;
    if (skip !== undefined) {
      expect(item).toMatchObject({ kind: "skipped", path });
      if (item.kind === "skipped") expect(item.reason).toMatch(skip);
    } else {
      expect(item).toMatchObject({ kind: "document", text });
    }
  });

  it("a path that does not exist gives a skip and reading goes on", async () => {
    const { write, dir } = tempDir();
    const real = write("real.txt", "Ruritania protested.");
    const missing = join(dir, "missing.txt");
    const items = await collect([missing, real]);
    expect(items.map((item) => item.kind)).toEqual(["skipped", "document"]);
    expect(items[0]).toMatchObject({ path: missing, reason: expect.stringMatching(/no such file/) });
  });
});

interface TableCase {
  name: string;
  file: string;
  content: string | Uint8Array;
  options?: ReadOptions;
  docs: string[];
  skipped: { line?: number; reason: RegExp }[];
}

const TABLES: TableCase[] = [
  {
    name: "malformed JSONL line",
    file: "a.jsonl",
    content: '{"text": "One."}\n{"text": "Two.", oops}\n[1, 2]\n{"text": "Four."}\n{"text": ""}\n',
    docs: ["a.jsonl#1", "a.jsonl#4"],
    skipped: [
      { line: 2, reason: /malformed JSON/ },
      { line: 3, reason: /not a JSON object/ },
      { line: 5, reason: /empty "text"/ },
    ],
  },
  {
    name: "JSONL whose first object lacks the text field: one skip for the file",
    file: "b.jsonl",
    content: '{"body": "One."}\n{"body": "Two."}\n{"body": "Three."}\n',
    docs: [],
    skipped: [{ reason: /no field "text" \(fields: body\)/ }],
  },
  {
    name: "JSONL later row lacking the text field",
    file: "c.jsonl",
    content: '{"text": "One."}\r\n{"title": "x"}\r\n{"text": "Three."}\r\n',
    docs: ["c.jsonl#1", "c.jsonl#3"],
    skipped: [{ line: 2, reason: /empty "text"/ }],
  },
  {
    name: "UTF-16 JSONL",
    file: "d.jsonl",
    content: utf16('{"text": "Ostrovia"}\n{"text": "Freedonia"}\n', "le"),
    docs: ["d.jsonl#1", "d.jsonl#2"],
    skipped: [],
  },
  {
    name: "CSV missing column: one skip naming file and column",
    file: "a.csv",
    content: "id,title,description\n1,a,x\n2,b,y\n3,c,z\n",
    options: { textColumn: "body", idColumn: "id" },
    docs: [],
    skipped: [{ reason: /no column "body" \(columns: id, title, description\)/ }],
  },
  {
    name: "CSV rows with too few or too many fields",
    file: "b.csv",
    content: "id,text\n1,One.\n2\n3,Three.,extra\n4,Four.\n",
    options: { idColumn: "id" },
    docs: ["b.csv#1", "b.csv#4"],
    skipped: [
      { line: 3, reason: /1 fields, the header has 2/ },
      { line: 4, reason: /3 fields, the header has 2/ },
    ],
  },
  {
    name: "CSV with an unclosed quote: only that row is lost",
    file: "c.csv",
    content: 'id,text\n1,"One."\n2,"Two never closes\n3,Three.\n4,"Four,\nstill four."\n',
    options: { idColumn: "id" },
    docs: ["c.csv#1", "c.csv#3", "c.csv#4"],
    skipped: [{ line: 3, reason: /unbalanced quotes/ }],
  },
  {
    name: "CSV with stray quotes inside unquoted fields",
    file: "d.csv",
    content: 'id,text\n1,He said "no" twice.\n2,Plain.\n',
    options: { idColumn: "id" },
    docs: ["d.csv#1", "d.csv#2"],
    skipped: [],
  },
  {
    name: "CSV with CRLF line ends and blank lines",
    file: "e.csv",
    content: 'id,text\r\n1,One.\r\n\r\n2,"Two,\r\nlines"\r\n3,Three.\r\n',
    options: { idColumn: "id" },
    docs: ["e.csv#1", "e.csv#2", "e.csv#3"],
    skipped: [],
  },
  {
    name: "CSV with a UTF-8 BOM before the header",
    file: "g.csv",
    content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("id,text\n7,Seven.\n")]),
    options: { idColumn: "id" },
    docs: ["g.csv#7"],
    skipped: [],
  },
  {
    name: "CSV that is binary",
    file: "h.csv",
    content: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
    docs: [],
    skipped: [{ reason: /binary/ }],
  },
  {
    name: "CSV rows with an empty text cell",
    file: "f.csv",
    content: "id,text\n1,\n2,Two.\n",
    options: { idColumn: "id" },
    docs: ["f.csv#2"],
    skipped: [{ line: 2, reason: /empty "text"/ }],
  },
];

describe("readInputs: bad rows are skipped by line", () => {
  it.each(TABLES)("$name", async ({ file, content, options, docs, skipped }) => {
    const { path, items } = await readOne(file, content, options);
    expect(documents(items).map((doc) => doc.doc)).toEqual(docs);
    const found = skips(items);
    expect(found).toHaveLength(skipped.length);
    skipped.forEach((expected, i) => {
      expect(found[i]!.path).toBe(path);
      expect(found[i]!.line).toBe(expected.line);
      expect(found[i]!.reason).toMatch(expected.reason);
    });
  });

  it("restarts after a quote left open for more than a megabyte", async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `${i + 3},Row ${"x".repeat(1000)}.\n`).join("");
    const content = `id,text\n1,One.\n2,"never closed\n${rows}`;
    const { items } = await readOne("long.csv", content, { idColumn: "id" });
    expect(skips(items)).toEqual([
      expect.objectContaining({ line: 3, reason: expect.stringMatching(/unbalanced/) }),
    ]);
    const names = documents(items).map((doc) => doc.doc);
    expect(names).toHaveLength(1201);
    expect(names.slice(0, 2)).toEqual(["long.csv#1", "long.csv#3"]);
    expect(names.at(-1)).toBe("long.csv#1202");
  });

  it("gives each row the line where it starts", async () => {
    const content = 'id,text\r\n1,One.\r\n\r\n2,"Two,\r\nlines"\r\n3,Three.\r\n';
    const { items } = await readOne("lines.csv", content, { idColumn: "id" });
    expect(documents(items).map((doc) => doc.line)).toEqual([2, 4, 6]);
    expect(documents(items)[1]!.original).toBe("Two,\nlines");
  });

  it("keeps yielding items in file order around skips", async () => {
    const content = 'id,text\n1,a\n2\n3,"b\n4,c\n5,d,e\n6,f\n';
    const { items } = await readOne("order.csv", content, { idColumn: "id" });
    const lines = items.map((item) => item.line);
    expect(lines).toEqual([2, 3, 4, 5, 6, 7]);
    expect(items.map((item) => item.kind)).toEqual([
      "document",
      "skipped",
      "skipped",
      "document",
      "skipped",
      "document",
    ]);
  });
});
