import { describe, expect, it } from "vitest";
import { normaliseText } from "../../ingest/read/normalise.js";
import type { ReadOptions, SourceDocument } from "../../ingest/read/types.js";
import { documents, readOne, skips } from "./helpers.js";

type Expected = Partial<Pick<SourceDocument, "doc" | "text" | "title" | "date" | "source" | "line">>;

interface FormatCase {
  name: string;
  file: string;
  content: string;
  options?: ReadOptions;
  docs: Expected[];
  skipped?: { line?: number; reason: RegExp }[];
}

const CASES: FormatCase[] = [
  {
    name: "plain text",
    file: "note.txt",
    content: "The envoy of Ruritania met the minister of Freedonia.\nThey signed a pact.\n",
    docs: [
      { doc: "note.txt", text: "The envoy of Ruritania met the minister of Freedonia.\nThey signed a pact." },
    ],
  },
  {
    name: "plain text with a dated dateline",
    file: "wire.txt",
    content: "25 October 2004 -- Troops of Ruritania crossed the border.",
    docs: [{ doc: "wire.txt", date: "2004-10-25" }],
  },
  {
    name: "plain text with a dateline without a year (no date) and an agency",
    file: "wire2.txt",
    content: "OSTROVIA, Oct 24 (Reuters) - The parliament of Ostrovia voted.",
    docs: [{ doc: "wire2.txt", date: undefined, source: "Reuters" }],
  },
  {
    name: "markdown with front matter",
    file: "story.md",
    content:
      "---\ntitle: Talks in Ostrovia\ndate: 2004-10-25\nsource: Example Wire\n---\n# Talks resume\n\n" +
      "The **foreign minister** of [Ruritania](http://example.org/r) met *envoys* in `Ostrovia`.\n",
    docs: [
      {
        doc: "story.md",
        title: "Talks in Ostrovia",
        date: "2004-10-25",
        source: "Example Wire",
        text: "Talks resume\n\nThe foreign minister of Ruritania met envoys in Ostrovia.",
      },
    ],
  },
  {
    name: "markdown front matter with a written-out date",
    file: "story2.md",
    content: '---\ndate: "Monday, 6 December 2004"\n---\nRuritania protested.\n',
    docs: [{ date: "2004-12-06", text: "Ruritania protested." }],
  },
  {
    name: "markdown without front matter keeps a dash rule out of the text",
    file: "plain.md",
    content: "Ruritania protested.\n\n---\n\nFreedonia replied.\n",
    docs: [{ text: "Ruritania protested.\n\nFreedonia replied." }],
  },
  {
    name: "HTML without chrome, blocks on their own lines",
    file: "page.html",
    content:
      "<html><head><title>Border talks</title><meta property='article:published_time' content='2004-10-25T08:00:00Z'>" +
      "<style>p { color: red }</style><script>var tracking = 'Ruritania';</script></head><body>" +
      "<nav>Home | World</nav><header>The Daily Example</header><h1>Border talks</h1>" +
      "<p>Ruritania &amp; Freedonia met<br>on Monday</p><ul><li>Troops withdrew</li><li>Talks resume</li></ul>" +
      "<aside>Subscribe now</aside><footer>Copyright</footer></body></html>",
    docs: [
      {
        doc: "page.html",
        title: "Border talks",
        date: "2004-10-25",
        text: "Border talks\n\nRuritania & Freedonia met\non Monday\n\nTroops withdrew\nTalks resume",
      },
    ],
  },
  {
    name: "JSONL with id, title, date columns and the title as first line",
    file: "wire.jsonl",
    content:
      '{"id": "w-1", "title": "PACT SIGNED", "date": "26-FEB-1987 15:01:01.79", "text": "Ruritania and Freedonia signed."}\n' +
      '{"id": "w-2", "title": "", "date": "", "text": "Ostrovia objected."}\n',
    options: { idColumn: "id", titleColumn: "title", dateColumn: "date" },
    docs: [
      {
        doc: "wire.jsonl#w-1",
        title: "PACT SIGNED",
        date: "1987-02-26",
        line: 1,
        text: "PACT SIGNED\nRuritania and Freedonia signed.",
      },
      { doc: "wire.jsonl#w-2", title: undefined, date: undefined, line: 2, text: "Ostrovia objected." },
    ],
  },
  {
    name: "JSONL without an id column is named by row number",
    file: "rows.jsonl",
    content: '{"text": "First."}\n\n{"text": "Third line."}\n',
    docs: [
      { doc: "rows.jsonl#1", line: 1 },
      { doc: "rows.jsonl#3", line: 3 },
    ],
  },
  {
    name: "JSONL title kept out of the text when asked",
    file: "t.jsonl",
    content: '{"title": "Headline", "text": "Body."}\n',
    options: { titleColumn: "title", titleAsFirstLine: false },
    docs: [{ title: "Headline", text: "Body." }],
  },
  {
    name: "CSV with a multi-line cell, entity leftovers and an empty title",
    file: "news.csv",
    content:
      "id,title,description\n" +
      'n1,"Ruritania #39;s envoy &lt;b&gt;...&lt;/b&gt;","The envoy said  quot;no quot;\nto the plan."\n' +
      'n2,,"OSTROVIA, Oct. 25, 2004 (AFP) - Talks resumed."\n',
    options: { textColumn: "description", titleColumn: "title", idColumn: "id" },
    docs: [
      {
        doc: "news.csv#n1",
        title: "Ruritania's envoy ...",
        text: 'Ruritania\'s envoy ...\nThe envoy said "no"\nto the plan.',
        line: 2,
      },
      {
        doc: "news.csv#n2",
        title: undefined,
        text: "OSTROVIA, Oct. 25, 2004 (AFP) - Talks resumed.",
        line: 4,
        date: "2004-10-25",
        source: "AFP",
      },
    ],
  },
  {
    name: "TSV",
    file: "news.tsv",
    content: "id\ttext\nt1\tRuritania protested.\n",
    options: { idColumn: "id" },
    docs: [{ doc: "news.tsv#t1", text: "Ruritania protested.", line: 2 }],
  },
  {
    name: "unknown extension that looks like text",
    file: "notes.log",
    content: "Freedonia recalled its ambassador.",
    docs: [{ doc: "notes.log", text: "Freedonia recalled its ambassador." }],
  },
  {
    name: "CSV header only",
    file: "header.csv",
    content: "id,text\n",
    docs: [],
    skipped: [{ reason: /no rows/ }],
  },
];

describe("readInputs: formats", () => {
  it.each(CASES)("$name", async ({ file, content, options, docs, skipped }) => {
    const { items } = await readOne(file, content, options);
    const found = documents(items);
    expect(found).toHaveLength(docs.length);
    docs.forEach((expected, i) => {
      const doc = found[i]!;
      for (const [key, value] of Object.entries(expected))
        expect(doc[key as keyof Expected], key).toEqual(value);
    });
    const skippedItems = skips(items);
    expect(skippedItems).toHaveLength(skipped?.length ?? 0);
    skipped?.forEach((expected, i) => {
      expect(skippedItems[i]!.reason).toMatch(expected.reason);
      expect(skippedItems[i]!.line).toBe(expected.line);
    });
  });

  it("maps every document's text back into its original", async () => {
    for (const { file, content, options } of CASES) {
      const { items } = await readOne(file, content, options);
      for (const doc of documents(items)) {
        expect(doc.toOriginal(0)).toBeGreaterThanOrEqual(0);
        expect(doc.toOriginal(doc.text.length)).toBeLessThanOrEqual(doc.original.length);
        const firstWord = /\S+/.exec(doc.text)![0];
        const slice = doc.original.slice(doc.toOriginal(0), doc.toOriginal(firstWord.length));
        expect(normaliseText(slice), file).toBe(firstWord);
      }
    }
  });

  it("keeps the front matter in the original of a markdown document", async () => {
    const { items } = await readOne("a.md", "---\ntitle: T\n---\nRuritania protested.");
    const doc = documents(items)[0]!;
    expect(doc.original.startsWith("---")).toBe(true);
    expect(doc.original.slice(doc.toOriginal(0), doc.toOriginal(doc.text.length))).toBe(
      "Ruritania protested.",
    );
  });
});
