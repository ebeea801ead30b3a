// Cleans document text for extraction (entities, scraped-news leftovers, invisible characters, NFC) with an exact offset map.
import { decodeHTMLStrict } from "entities";
import { cp1252Char } from "./cp1252.js";
import { applyEdits, originalOffsets, rewrite, runPasses, type Edit, type Mapped } from "./offset-map.js";

/** One rewriting step over the whole text. */
export type Pass = (text: string) => Mapped;

const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const SPACE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
// eslint-disable-next-line no-control-regex -- control characters are what this pass removes
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;
const LINE_END = /\r\n?|[\u2028\u2029]/;
const SPECIAL = new RegExp([LINE_END, INVISIBLE, SPACE, CONTROL].map((re) => re.source).join("|"), "g");

function cleanChar(char: string): string {
  if (LINE_END.test(char)) return "\n";
  if (INVISIBLE.test(char)) return "";
  if (SPACE.test(char)) return " ";
  // C1 controls in text are almost always Windows-1252 punctuation decoded as Latin-1 ("\x92" for "’").
  return cp1252Char(char) || " ";
}

const cleanChars = (text: string): string => text.replace(SPECIAL, cleanChar);

// Runs first, so that later passes see no invisible character between the characters they look at.
const characters: Pass = (text) => rewrite(text, SPECIAL, (m) => cleanChar(m[0]));

// `&amp;` chains cover double-encoded text ("&amp;quot;"); named entities need their semicolon so "&section" stays.
const ENTITY = /&(?:amp;)*(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)?/g;

const entities: Pass = (text) =>
  rewrite(text, ENTITY, (m) => {
    const entity = m[1];
    if (entity === undefined) return m[0] === "&" ? undefined : "&";
    const decoded = decodeHTMLStrict(`&${entity}`);
    return decoded === `&${entity}` ? decoded : cleanChars(decoded);
  });

// Scraped news (AG News) lost the "&" of entities, often turning it into a space: "Iraq #39;s", "said  quot;we".
const LEFTOVER = / ?(?<![\p{L}\p{N}&#])(#[0-9]{2,7};|#[xX][0-9a-fA-F]{2,6};|(?:quot|amp|lt|gt|apos|nbsp);)/gu;

const leftovers: Pass = (text) =>
  rewrite(text, LEFTOVER, (m) => {
    const entity = m[1]!;
    const code = entity.startsWith("#") ? parseEntityNumber(entity) : 0x7f;
    if (code < 0x20) return undefined;
    const decoded = decodeHTMLStrict(`&${entity}`);
    return decoded === `&${entity}` ? undefined : cleanChars(decoded);
  });

function parseEntityNumber(entity: string): number {
  const body = entity.slice(1, -1);
  return body.startsWith("x") || body.startsWith("X") ? parseInt(body.slice(1), 16) : parseInt(body, 10);
}

// Formatting tags that survive in plain-text feeds ("Gaza <b>...</b>" in titles once entities are decoded);
// paragraph and line-break tags still end a line.
const TAG = /<\/?(?:b|i|em|strong|u|font|span|p|div|br)(?:\s[^<>\n]{0,200})?\/?>/gi;

const tags: Pass = (text) => rewrite(text, TAG, (m) => (/^<\/?(?:p|div|br)\b/i.test(m[0]) ? "\n" : ""));

// AG News wrote "\" where a line break was ("believed to be\civilians", "Monday,\clinging") and escaped
// dollars ("a record \$46"); a backslash before a word is a space, or nothing when a space is already there.
const BACKSLASH = /\\(?=\$)|(?<=\S)\\(?=[\p{L}\p{N}"'(])|(?<=^|\s)\\(?=[\p{L}\p{N}])/gu;

const backslashes: Pass = (text) =>
  rewrite(text, BACKSLASH, (m) => {
    const before = text[m.index - 1] ?? " ";
    return /\s/.test(before) || text[m.index + 1] === "$" ? "" : " ";
  });

// Runs of spaces become one space, blank-line runs one blank line; lines and the document are trimmed.
const whitespace: Pass = (text) =>
  rewrite(text, /[ \n]+/g, (m) => {
    const atEdge = m.index === 0 || m.index + m[0].length === text.length;
    if (atEdge) return "";
    const newlines = m[0].split("\n").length - 1;
    return newlines === 0 ? " " : newlines === 1 ? "\n" : "\n\n";
  });

// Only characters at U+0300 and above can change under NFC or combine with the character before them.
const NON_LATIN_RUN = /[\s\S]?[\u0300-\u{10FFFF}]+/gu;

const nfc: Pass = (text) => {
  if (!/[\u0300-\uFFFF]/.test(text) || text.normalize("NFC") === text) return { text, map: null };
  const edits: Edit[] = [];
  NON_LATIN_RUN.lastIndex = 0;
  for (let m = NON_LATIN_RUN.exec(text); m !== null; m = NON_LATIN_RUN.exec(text)) {
    const run = m[0];
    const composed = run.normalize("NFC");
    if (composed !== run) edits.push(...clusterEdits(run, m.index, composed));
  }
  return applyEdits(text, edits);
};

// Base + marks clusters are cheap and enough for Latin, Greek, Cyrillic, Vietnamese; grapheme clusters cover
// decomposed Hangul, whose jamo are letters, not marks.
const MARK_CLUSTER = /[\s\S]\p{M}*/gu;
const GRAPHEMES = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Edits per cluster when clusters compose independently, else one edit for the part of the run that changes
 * (all its characters map to where it starts, so it must be as short as possible). */
function clusterEdits(run: string, base: number, composed: string): Edit[] {
  const byMarks = [...run.matchAll(MARK_CLUSTER)].map((m) => ({ segment: m[0], index: m.index }));
  return (
    composedPieces(byMarks, base, composed) ??
    composedPieces(GRAPHEMES.segment(run), base, composed) ?? [changedPart(run, base, composed)]
  );
}

function composedPieces(
  clusters: Iterable<{ segment: string; index: number }>,
  base: number,
  composed: string,
): Edit[] | undefined {
  const edits: Edit[] = [];
  const pieces: string[] = [];
  for (const { segment, index } of clusters) {
    const piece = segment.normalize("NFC");
    pieces.push(piece);
    if (piece !== segment)
      edits.push({ from: base + index, to: base + index + segment.length, insert: piece });
  }
  return pieces.join("") === composed ? edits : undefined;
}

function changedPart(run: string, base: number, composed: string): Edit {
  let head = 0;
  while (head < run.length && head < composed.length && run[head] === composed[head]) head++;
  let tail = 0;
  while (
    tail < run.length - head &&
    tail < composed.length - head &&
    run[run.length - 1 - tail] === composed[composed.length - 1 - tail]
  )
    tail++;
  return {
    from: base + head,
    to: base + run.length - tail,
    insert: composed.slice(head, composed.length - tail),
  };
}

/** The passes every document goes through, in order. */
export const NORMALISE_PASSES: readonly Pass[] = [
  characters,
  entities,
  leftovers,
  tags,
  backslashes,
  whitespace,
  nfc,
];

/** Normalised text and the map back to `original`; `prepasses` (e.g. markdown stripping) run first. */
export interface Normalised {
  text: string;
  toOriginal: (offset: number) => number;
}

/** Normalises `original.slice(from)`; offsets map into the whole `original`. */
export function normalise(original: string, prepasses: readonly Pass[] = [], from = 0): Normalised {
  const mapped = runPasses(original.slice(from), [...prepasses, ...NORMALISE_PASSES]);
  return { text: mapped.text, toOriginal: originalOffsets(mapped, from) };
}

/** Just the normalised text (for titles and other short fields). */
export function normaliseText(value: string): string {
  return runPasses(value, NORMALISE_PASSES).text;
}
