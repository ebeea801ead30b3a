// HTML documents: readable text with an HTML parser (page chrome dropped, blocks on their own lines) and title/date metadata.
import { compile, type SelectorDefinition } from "html-to-text";
import { Parser } from "htmlparser2";
import { parseDate } from "./dates.js";
import { MAX_DOCUMENT_BYTES, MAX_HTML_DEPTH } from "./limits.js";

const DROPPED = [
  "nav",
  "header",
  "footer",
  "aside",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "form",
];
const DROPPED_ROLES = ["navigation", "banner", "contentinfo", "complementary"];

const SELECTORS: SelectorDefinition[] = [
  ...DROPPED.map((selector) => ({ selector, format: "skip" })),
  ...DROPPED_ROLES.map((role) => ({ selector: `[role=${role}]`, format: "skip" })),
  ...["button", "iframe", "img", "select", "title"].map((selector) => ({ selector, format: "skip" })),
  { selector: "a", options: { ignoreHref: true } },
  ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
  { selector: "ul", options: { itemPrefix: " " } }, // "" counts as unset; the space is trimmed later
  { selector: "table", format: "block" },
  { selector: "tr", format: "block" },
  { selector: "th", format: "block" },
  { selector: "td", format: "block" },
];

const convert = compile({
  wordwrap: false,
  selectors: SELECTORS,
  // Its defaults cut input at 16 MB with a warning on the console; size and depth are checked before this.
  limits: { maxInputLength: MAX_DOCUMENT_BYTES, maxDepth: MAX_HTML_DEPTH, ellipsis: "" },
});

/** The page's text: paragraphs, headings, list items and line breaks each end a line. */
export function htmlText(html: string): string {
  return convert(html);
}

/**
 * Whether elements nest deeper than `limit` (a broken page of unclosed tags). Checked before any other parse:
 * the parser's tag stack costs time quadratic in the depth, and the converter recurses once per level.
 */
export function nestedDeeperThan(html: string, limit: number): boolean {
  let depth = 0;
  let tooDeep = false;
  const parser: Parser = new Parser({
    onopentag() {
      if (++depth <= limit) return;
      tooDeep = true;
      parser.pause();
    },
    onclosetag() {
      depth--;
    },
  });
  parser.write(html);
  if (!tooDeep) parser.end();
  return tooDeep;
}

export interface HtmlMetadata {
  title?: string;
  date?: string;
}

// Publication date, in the order of trust: article metadata first, then generic date fields.
const DATE_META = [
  "article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "og:published_time",
];

/** <title> (or og:title) and the publication date from <meta> or the first <time datetime>. */
export function htmlMetadata(html: string): HtmlMetadata {
  let title: string | undefined;
  let ogTitle: string | undefined;
  let inTitle = false;
  let time: string | undefined;
  const dates = new Map<string, string>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "title" && title === undefined) inTitle = true;
        if (name === "time" && time === undefined && attributes.datetime) time = attributes.datetime;
        if (name !== "meta") return;
        const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? "").toLowerCase();
        const content = attributes.content ?? "";
        if (key === "og:title") ogTitle = content;
        if (DATE_META.includes(key) && !dates.has(key)) dates.set(key, content);
      },
      ontext(text) {
        if (inTitle) title = (title ?? "") + text;
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  const result: HtmlMetadata = {};
  const bestTitle = (title ?? "").replace(/\s+/g, " ").trim() || ogTitle?.trim();
  if (bestTitle) result.title = bestTitle;
  const date = [...DATE_META.map((key) => dates.get(key)), time]
    .map((value) => parseDate(value))
    .find(Boolean);
  if (date !== undefined) result.date = date;
  return result;
}
