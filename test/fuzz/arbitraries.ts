// fast-check generators: random Unicode, news-like documents built from the real dictionaries, dictionary entries.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { projectPath } from "../../lib/paths.js";

// ---------------------------------------------------------------- vocabulary from the default dictionaries

const dictionary = loadActorDictionary();
const actorNames = dictionary.actors.flatMap((a) => [
  a.name,
  ...a.aliases.slice(0, 3),
  ...(a.demonyms ?? []).slice(0, 2),
  ...(a.acronyms ?? []),
  ...(a.capitals ?? []),
]);
const people = dictionary.people.flatMap((p) => [p.name, ...p.aliases.slice(0, 1)]);

interface RawRelations {
  relations: { triggers: { words: string }[] }[];
}
const relationsFile = JSON.parse(
  readFileSync(projectPath("ingest", "dictionaries", "relations.json"), "utf8"),
) as RawRelations;
// A trigger's slots with one alternative each: "share intelligence", "air strikes".
const triggerPhrases = relationsFile.relations.flatMap((r) =>
  r.triggers.map((t) =>
    t.words
      .split(" ")
      .map((slot) => slot.split("|")[0])
      .join(" "),
  ),
);

// Object.prototype's names among them: text words must never be looked up as an object's keys.
const FUNCTION_WORDS =
  "the a with against on to in of and or but that which by from for his its their constructor __proto__ toString".split(
    " ",
  );
const VERB_FORMS = "attacked attacks met meets said says agreed plans will would could may refused".split(
  " ",
);
const MODALITY = [
  "not",
  "did not",
  "agreed to",
  "plans to",
  "is ready to",
  "whether",
  "if",
  "threatened to",
  "never",
];
const PUNCTUATION = [
  ",",
  ".",
  ";",
  ":",
  "(",
  ")",
  '"',
  "“",
  "”",
  "'s",
  "’s",
  "-",
  "—",
  "?",
  "!",
  "...",
  "U.S.",
];
/** Characters that readers and the normaliser treat specially. */
const SPECIAL = [
  "\u200B", // zero-width space
  "\u200D", // zero-width joiner
  "\u00AD", // soft hyphen
  "\uFEFF", // byte order mark inside the text
  "\u202E", // right-to-left override
  "\u2066", // left-to-right isolate
  "\u2069", // pop directional isolate
  "\u061C", // Arabic letter mark
  "\u00A0", // no-break space
  "\u2028", // line separator
  "\r",
  "\r\n",
  "\n",
  "\n\n",
  "\t",
  "\u0000",
  "\u0085",
  "\u0092",
  "\uD800", // lone surrogates
  "\uDFFF",
  "e\u0301", // decomposed é
  "\u0301",
  "&amp;",
  "&quot;",
  "&#39;",
  "#39;",
  " quot;",
  "&#x1F600;",
  "&nbsp;",
  "&bogus;",
  "<b>",
  "</p>",
  "<br/>",
  "\\",
  "\\$",
  "**",
  "[",
  "](",
  "<!--",
  "-->",
  "`",
  "---",
];

const word = fc.oneof(
  { arbitrary: fc.constantFrom(...actorNames), weight: 4 },
  { arbitrary: fc.constantFrom(...people), weight: 1 },
  { arbitrary: fc.constantFrom(...triggerPhrases), weight: 3 },
  { arbitrary: fc.constantFrom(...VERB_FORMS), weight: 2 },
  { arbitrary: fc.constantFrom(...FUNCTION_WORDS), weight: 3 },
  { arbitrary: fc.constantFrom(...MODALITY), weight: 1 },
);

// ---------------------------------------------------------------- random Unicode

/** Any code units at all (lone surrogates included), mixed with the characters readers treat specially. */
export const anyText = fc
  .array(
    fc.oneof(
      { arbitrary: fc.string({ unit: "binary", maxLength: 20 }), weight: 3 },
      { arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }), weight: 2 },
      { arbitrary: fc.constantFrom(...SPECIAL), weight: 2 },
      { arbitrary: word, weight: 3 },
      { arbitrary: fc.constantFrom(...PUNCTUATION, " ", " "), weight: 3 },
    ),
    { maxLength: 400, size: "medium" },
  )
  .map((parts) => parts.join(""));

// ---------------------------------------------------------------- news-like documents

const sentence = fc
  .tuple(
    fc.array(
      fc.oneof({ arbitrary: word, weight: 5 }, { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 1 }),
      {
        minLength: 2,
        maxLength: 25,
      },
    ),
    fc.constantFrom(".", ".", ".", "?", "!", "", ";"),
    fc.array(fc.constantFrom(...SPECIAL), { maxLength: 2 }),
    fc.nat(),
  )
  .map(([words, end, specials, at]) => {
    const text = words.join(" ");
    const cut = text.length === 0 ? 0 : at % text.length;
    // An invisible or special character somewhere inside, as scraped text has them.
    const special = specials.join("");
    const first = text.slice(0, cut) + special + text.slice(cut) + end;
    return first.charAt(0).toUpperCase() + first.slice(1);
  });

const DATELINES = [
  "",
  "BAGHDAD, Oct 24 (Reuters) - ",
  "WASHINGTON (AP) -- ",
  "MOSCOW, March 3, 2015 — ",
  "25 October 2004 -- ",
];

export interface NewsDocument {
  headline: string;
  dateline: string;
  paragraphs: string[][];
  lineEnd: "\n" | "\r\n" | "\r";
}

export const newsDocument: fc.Arbitrary<NewsDocument> = fc.record({
  headline: fc.array(word, { maxLength: 8 }).map((w) => w.join(" ")),
  dateline: fc.constantFrom(...DATELINES),
  paragraphs: fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
  lineEnd: fc.constantFrom("\n" as const, "\r\n" as const, "\r" as const),
});

export type Format = "text" | "markdown" | "html" | "jsonl" | "csv";
export const formats = fc.constantFrom<Format>("text", "markdown", "html", "jsonl", "csv");

const escapeHtml = (text: string): string =>
  text
    .replace(/&(?![a-z#])/gi, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");

/** The document as the text of one file of the format (table formats hold it as one row among others). */
export function render(news: NewsDocument, format: Format): string {
  const n = news.lineEnd;
  const body = news.paragraphs.map((p) => p.join(" "));
  const plain = [news.headline, `${news.dateline}${body[0] ?? ""}`, ...body.slice(1)].filter(Boolean);
  switch (format) {
    case "text":
      return plain.join(n + n) + n;
    case "markdown":
      return [
        `---${n}title: ${JSON.stringify(news.headline)}${n}date: 2015-03-03${n}---`,
        `# ${news.headline}`,
      ]
        .concat(body.map((p, i) => (i % 2 ? `> **${p}**` : `- [${p}](http://example.org/${i})`)))
        .join(n + n);
    case "html":
      return (
        `<html><head><title>${escapeHtml(news.headline)}</title><script>var s = "<p>${body[0] ?? ""}</p>";</script></head>` +
        `<body><nav>Home | World</nav><h1>${escapeHtml(news.headline)}</h1>` +
        body.map((p) => `<p>${escapeHtml(p)}</p>`).join(n) +
        `<footer>Copyright</footer></body></html>`
      );
    case "jsonl":
      return [{ text: "Chile protested." }, { title: news.headline, text: plain.join(n), date: "2015-03-03" }]
        .map((row) => JSON.stringify(row))
        .join(n);
    case "csv": {
      const quote = (cell: string): string => `"${cell.replace(/"/g, '""')}"`;
      return [
        "id,title,text",
        `1,x,Chile protested.`,
        `2,${quote(news.headline)},${quote(plain.join(n))}`,
      ].join(n);
    }
  }
}

export const EXTENSIONS: Record<Format, string> = {
  text: ".txt",
  markdown: ".md",
  html: ".html",
  jsonl: ".jsonl",
  csv: ".csv",
};

// ---------------------------------------------------------------- dictionary entries

const INJECTION = [
  "X]->() DETACH DELETE n //",
  "'}) MATCH (n) DETACH DELETE n //",
  "`) DELETE n //",
  '" OR 1=1 --',
  "${process.exit(1)}",
  "__proto__",
  "constructor",
];

/** Names a user might write: real ones, any script, punctuation, injection attempts (all valid as names). */
const validName = fc.oneof(
  { arbitrary: fc.constantFrom(...actorNames), weight: 2 },
  {
    arbitrary: fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 30 })
      .filter((name) => name.trim().replace(/^the\s*/i, "") !== ""),
    weight: 3,
  },
  {
    arbitrary: fc.constantFrom(
      "IS",
      "US",
      "I",
      "-",
      "'s",
      "Al-Qa'ida",
      "Côte d’Ivoire",
      "中国",
      ...INJECTION,
    ),
    weight: 2,
  },
);
const validNames = fc.array(validName, { maxLength: 4 });

const existingIds = dictionary.actors.map((a) => a.id);
const stateIds = dictionary.actors.filter((a) => a.type === "state").map((a) => a.id);
const newId = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,15}$/).map((s) => `KGF_${s}`);
const nonState = fc.constantFrom("igo", "armed-group", "coalition", "other");

const newActor = fc
  .record(
    {
      id: newId,
      name: validName,
      type: nonState,
      aliases: fc.array(validName, { minLength: 1, maxLength: 4 }),
      acronyms: validNames,
      demonyms: validNames,
      institutions: validNames,
      ambiguous: fc.boolean(),
    },
    { requiredKeys: ["id", "name", "type", "aliases", "ambiguous"] },
  )
  // `ambiguous` lists some of the actor's own names.
  .map(({ ambiguous, ...actor }) => (ambiguous ? { ...actor, ambiguous: actor.aliases.slice(0, 1) } : actor));
/** An entry that extends an actor defined before (the package's states, the default files). */
const extension = fc.record(
  {
    id: fc.constantFrom(...existingIds),
    aliases: validNames,
    acronyms: validNames,
    demonyms: validNames,
    capitals: validNames,
    remove: validNames,
  },
  { requiredKeys: ["id"] },
);
const person = fc
  .tuple(
    validName,
    validNames,
    fc.constantFrom(...existingIds),
    validName,
    fc.integer({ min: 1900, max: 2100 }),
    fc.nat(30),
  )
  .map(([name, aliases, actor, role, from, years]) => ({
    name,
    aliases,
    actor,
    role,
    from,
    to: Math.min(2100, from + years),
  }));
const region = fc.record({
  name: validName,
  demonyms: fc.array(validName, { minLength: 1, maxLength: 2 }),
  state: fc.constantFrom(...stateIds),
});

const validActorFile = fc.record(
  {
    actors: fc.array(fc.oneof(newActor, extension), { maxLength: 5 }),
    people: fc.array(person, { maxLength: 3 }),
    regions: fc.array(region, { maxLength: 2 }),
    nonActors: validNames,
  },
  { requiredKeys: [] },
);

/** Values that break a field's rule, or the file's shape. */
const BAD_VALUES: unknown[] = [
  "",
  " ",
  "the",
  "irq",
  "country",
  ...INJECTION,
  -1,
  2015.5,
  1e308,
  null,
  true,
  [],
  {},
  [""],
  ["the"],
  [null],
  "A".repeat(10_000),
];

type Json = Record<string, unknown>;

/** One field of one entry (or the file itself) set to a bad value. */
const corruption = fc.record({
  section: fc.constantFrom("actors", "people", "regions", "nonActors", "relations", "triggers", "file"),
  field: fc.constantFrom(
    "id",
    "name",
    "type",
    "aliases",
    "from",
    "to",
    "state",
    "relation",
    "polarity",
    "cameo",
    "words",
    "preps",
    "pos",
    "confidence",
    "extra",
  ),
  value: fc.constantFrom(...BAD_VALUES),
});

function corrupt(
  content: Json,
  { section, field, value }: { section: string; field: string; value: unknown },
): Json {
  if (section === "file") return { ...content, [field]: value };
  const list = (
    section === "triggers" ? (content.relations as Json[] | undefined)?.[0]?.triggers : content[section]
  ) as unknown[] | undefined;
  if (!Array.isArray(list) || list.length === 0) return { ...content, [section]: value };
  const entry = list[0];
  list[0] = typeof entry === "object" && entry !== null ? { ...entry, [field]: value } : value;
  return content;
}

/** Files that are mostly well-formed, some with one bad field, a few not JSON dictionaries at all. */
function dictionaryFile(valid: fc.Arbitrary<Json>): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: valid.map((content) => JSON.stringify(content, null, 1)), weight: 6 },
    {
      arbitrary: fc
        .tuple(valid, corruption)
        .map(([content, bad]) => JSON.stringify(corrupt(content, bad), null, 1)),
      weight: 3,
    },
    { arbitrary: fc.oneof(fc.json(), fc.string({ unit: "binary", maxLength: 200 })), weight: 1 },
  );
}

/** An actor dictionary file's content. */
export const actorDictionaryFile = dictionaryFile(validActorFile);

// Words of letters (and digits, apostrophes, hyphens) in several scripts, including case mappings that change
// length ("İ" lower-cases to two code units, "ß" upper-cases to "SS").
const triggerWord = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      "broker",
      "mediate",
      "shield",
      "embargo",
      "talks",
      "truce",
      "İstanbul",
      "straße",
      "ǅemal",
      "o'clock",
      "re-arm",
      "constructor",
      "переговоры",
      "وساطة",
      "調停",
      "x2",
    ),
    weight: 3,
  },
  { arbitrary: fc.stringMatching(/^[a-z][a-z'-]{0,7}$/), weight: 3 },
);
const triggerWords = fc
  .array(fc.array(triggerWord, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .map((slots) => slots.map((alternatives) => alternatives.join("|")).join(" "));
const trigger = fc
  .record(
    {
      pos: fc.constantFrom("verb", "noun"),
      words: triggerWords,
      object: fc.boolean(),
      preps: fc.array(fc.constantFrom("with", "against", "on", "to", "between", "over"), { maxLength: 2 }),
      reciprocal: fc.boolean(),
      targetTypes: fc.array(
        fc.constantFrom("state", "igo", "armed-group", "coalition", "other", "anything"),
        { maxLength: 2 },
      ),
      cameo: fc.stringMatching(/^\d{2,4}$/),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    },
    { requiredKeys: ["pos", "words"] },
  )
  .map((t) => (t.object || (t.preps?.length ?? 0) > 0 ? t : { ...t, object: true }));
const relation = fc.record({
  relation: fc.oneof(
    { arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,5}){0,2}$/), weight: 5 },
    { arbitrary: fc.constantFrom("fights", "supports", "meets-with"), weight: 1 },
  ),
  polarity: fc.constantFrom("cooperative", "hostile"),
  symmetric: fc.boolean(),
  cameo: fc.stringMatching(/^\d{2,4}$/),
  triggers: fc.array(trigger, { minLength: 1, maxLength: 3 }),
});

/** A relation dictionary file's content. */
export const relationDictionaryFile = dictionaryFile(
  fc.array(relation, { minLength: 1, maxLength: 3 }).map((relations): Json => ({ relations })),
);

/** Words of a file's content that a sentence can use to trigger what it defines. */
export function wordsOf(content: string): string[] {
  const found =
    content.match(/"(?:words|name|aliases|acronyms|demonyms|capitals)":\s*(?:\[[^\]]*\]|"[^"]*")/g) ?? [];
  return found
    .flatMap((field) => field.match(/"((?:[^"\\]|\\.)*)"/g)?.slice(1) ?? [])
    .map((quoted) => {
      try {
        return JSON.parse(quoted) as string;
      } catch {
        return "";
      }
    })
    .flatMap((value) => value.split(/[| ]/))
    .filter((value) => value.trim() !== "")
    .slice(0, 30);
}
