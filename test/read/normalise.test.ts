import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalise, normaliseText } from "../../ingest/read/normalise.js";

const CASES: [string, string, string][] = [
  [
    "named and numeric entities",
    "Talks &amp; trade &quot;now&quot; &#39;here&#x27; &lt;x&gt;",
    "Talks & trade \"now\" 'here' <x>",
  ],
  ["double-encoded entities", "AT&amp;amp;T said &amp;quot;no&amp;quot;", 'AT&T said "no"'],
  ["unknown entity and bare ampersand stay", "R&D &bogus; & co", "R&D &bogus; & co"],
  ["named entity without semicolon stays", "&notice &copy", "&notice &copy"],
  ["leftover apostrophe eats the space the & became", "Ruritania #39;s envoy", "Ruritania's envoy"],
  ["leftover quotes", "said  quot;never quot; twice", 'said "never" twice'],
  ["leftover dollar and dash", "up to  #36;50 million  #151; or more", "up to $50 million — or more"],
  [
    "leftover amp, lt, gt",
    "Smith  amp; Sons, World News  gt; Delhi, 1  lt; 2",
    "Smith & Sons, World News > Delhi, 1 < 2",
  ],
  [
    "paragraph tags end lines",
    "&lt;p&gt;&lt;/p&gt;&lt;p&gt; By A. Writer&lt;/p&gt;&lt;p&gt; OSTROVIA - Text.&lt;/p&gt;",
    "By A. Writer\n\nOSTROVIA - Text.",
  ],
  ["leftover inside a word stays", "squot; cat#39;", "squot; cat#39;"],
  [
    "backslash between words",
    "believed to be\\civilians, 54\\percent",
    "believed to be civilians, 54 percent",
  ],
  [
    "backslash after punctuation",
    'on Monday,\\clinging to Sen.\\Kerry, 500\\"bunker busters"',
    'on Monday, clinging to Sen. Kerry, 500 "bunker busters"',
  ],
  ["escaped dollar", "a record \\$46.75 and \\$9", "a record $46.75 and $9"],
  ["other backslashes stay", "C:\\ and a \\ b", "C:\\ and a \\ b"],
  ["bold leftovers in titles", "Ostrovia Votes On &lt;b&gt;...&lt;/b&gt;", "Ostrovia Votes On ..."],
  ["CRLF and CR", "a\r\nb\rc", "a\nb\nc"],
  ["zero-width and bidi controls removed", "Os\u200Btro\u200Dvia \u202Bsaid\u202C\uFEFF", "Ostrovia said"],
  ["non-breaking and other spaces", "a\u00A0b\u2009c\td", "a b c d"],
  ["space runs and blank-line runs", "  a   b \n\n\n\n c  ", "a b\n\nc"],
  ["NFC", "Cafe\u0301 A\u030A", "Café Å"],
  ["Windows-1252 punctuation read as Latin-1", "\u0093quoted\u0094 \u0096 x", "\u201Cquoted\u201D \u2013 x"],
  ["curly quotes stay", "\u201Cyes\u201D \u2019", "\u201Cyes\u201D \u2019"],
];

describe("normalise", () => {
  it.each(CASES)("%s", (_name, input, expected) => {
    const { text, toOriginal } = normalise(input);
    expect(text).toBe(expected);
    expect(toOriginal(0)).toBeGreaterThanOrEqual(0);
    expect(toOriginal(text.length)).toBeLessThanOrEqual(input.length);
  });

  it("maps offsets exactly on a known case", () => {
    const original = "Iraq #39;s  quot;envoy quot;";
    const { text, toOriginal } = normalise(original);
    expect(text).toBe('Iraq\'s "envoy"');
    const envoy = text.indexOf("envoy");
    expect(original.slice(toOriginal(envoy), toOriginal(envoy + 5))).toBe("envoy");
    expect(original.slice(toOriginal(0), toOriginal(6))).toBe("Iraq #39;s");
    expect(() => toOriginal(text.length + 1)).toThrow(RangeError);
  });

  it("offsets past front matter point into the whole original", () => {
    const original = "---\ntitle: x\n---\nBody &amp; more";
    const { text, toOriginal } = normalise(original, [], 17);
    expect(text).toBe("Body & more");
    expect(original.slice(toOriginal(0), toOriginal(4))).toBe("Body");
    expect(original.slice(toOriginal(7), toOriginal(11))).toBe("more");
  });
});

// Fragments that exercise every pass, including their interactions.
const FRAGMENTS = [
  "Iraq",
  "talks",
  "be",
  "e",
  "x",
  "1",
  " ",
  "  ",
  "\n",
  "\r\n",
  "\r",
  "\n\n\n",
  "\t",
  ".",
  ",",
  "'",
  '"',
  "-",
  "&amp;",
  "&#39;",
  "&quot;",
  "&lt;b&gt;",
  "&lt;/b&gt;",
  "&amp;quot;",
  "&nbsp;",
  "&#x200B;",
  "&#10;",
  "&bogus;",
  "&",
  ";",
  "#",
  " #39;",
  "#39;",
  " quot;",
  "quot;",
  " amp;",
  "lt;",
  "gt;",
  "#151;",
  " nbsp;",
  "\\",
  "be\\civilians",
  "\\$",
  "$",
  "<b>",
  "</b>",
  "<br>",
  "<i >",
  "\u200B",
  "\u200F",
  "\uFEFF",
  "\u00AD",
  "\u00A0",
  "\u2028",
  "\u0092",
  "\u0001",
  "e\u0301",
  "\u0301",
  "\u0327",
  "é",
  "\u212B",
  "\u0958",
  "\u1100",
  "\u1161",
  "\u11A8",
  "😀",
  "\u0915\u093C",
];

const fragmentText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 })
  .map((parts) => parts.join(""));

/** [start, end) of each run of non-space characters. */
function tokens(text: string): [number, number][] {
  return [...text.matchAll(/[^ \n]+/g)].map((m) => [m.index, m.index + m[0].length]);
}

describe("normalise offset map (property)", () => {
  it("is monotonic and within bounds", () => {
    fc.assert(
      fc.property(fragmentText, (original) => {
        const { text, toOriginal } = normalise(original);
        let previous = 0;
        for (let i = 0; i <= text.length; i++) {
          const at = toOriginal(i);
          expect(at).toBeGreaterThanOrEqual(previous);
          expect(at).toBeLessThanOrEqual(original.length);
          previous = at;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("slices the original at token boundaries into text that normalises back", () => {
    fc.assert(
      fc.property(fragmentText, (original) => {
        const { text, toOriginal } = normalise(original);
        const spans = tokens(text);
        for (let i = 0; i < spans.length; i++) {
          for (const j of new Set([i, i + 1, spans.length - 1])) {
            if (j >= spans.length) continue;
            const [a, b] = [spans[i]![0], spans[j]![1]];
            expect(normaliseText(original.slice(toOriginal(a), toOriginal(b)))).toBe(text.slice(a, b));
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
