// Markdown documents: front matter fields (title, date, source) and light markup stripping that keeps offsets mappable.
import { parse as parseYaml } from "yaml";
import { parseDate } from "./dates.js";
import type { Pass } from "./normalise.js";
import { applyEdits, rewrite, type Edit } from "./offset-map.js";

export interface FrontMatter {
  /** Where the body starts in the file's text. */
  bodyStart: number;
  title?: string;
  date?: string;
  source?: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Reads YAML front matter at the very start; a block that is not valid YAML is still dropped, its fields ignored. */
export function frontMatter(original: string): FrontMatter {
  const match = FRONT_MATTER.exec(original);
  if (match === null) return { bodyStart: 0 };
  const result: FrontMatter = { bodyStart: match[0].length };
  const fields = parseFields(match[1] ?? "");
  const title = text(fields.title);
  if (title !== undefined) result.title = title;
  const date = parseDate(fields.date instanceof Date ? fields.date : text(fields.date));
  if (date !== undefined) result.date = date;
  const source = text(fields.source ?? fields.publisher);
  if (source !== undefined) result.source = source;
  return result;
}

function parseFields(yaml: string): Record<string, unknown> {
  try {
    const value: unknown = parseYaml(yaml);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function text(value: unknown): string | undefined {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  if (typeof value === "number") return String(value);
  return undefined;
}

/** Deletes the given capture groups of each match and keeps the rest of it. */
function dropGroups(pattern: RegExp, ...groups: number[]): Pass {
  const withIndices = new RegExp(pattern.source, `${pattern.flags}d`);
  return (input) =>
    rewrite(input, withIndices, (m) => {
      const edits: Edit[] = [];
      for (const group of groups) {
        const span = m.indices?.[group];
        if (span !== undefined && span[1] > span[0]) edits.push({ from: span[0], to: span[1], insert: "" });
      }
      return edits.sort((a, b) => a.from - b.from);
    });
}

const dropLine =
  (pattern: RegExp): Pass =>
  (input) =>
    rewrite(input, pattern, () => "");

/** HTML comments go whole; an unclosed "<!--" stays as text. (A lazy regex would rescan the rest of the file
 * from every unclosed opener: quadratic.) */
const dropComments: Pass = (input) => {
  const edits: Edit[] = [];
  for (let open = input.indexOf("<!--"); open >= 0;) {
    const close = input.indexOf("-->", open + 4);
    if (close < 0) break;
    edits.push({ from: open, to: close + 3, insert: "" });
    open = input.indexOf("<!--", close + 3);
  }
  return applyEdits(input, edits);
};

// Every pattern below gives up at the next opener of its own kind ("[", "**"), so no character is scanned from
// more than one start: a line of a million unclosed openers takes linear time.
/** Markup removed before normalisation: markers go, the words they mark stay. */
export const MARKDOWN_PASSES: readonly Pass[] = [
  dropComments,
  dropLine(/^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm), // link reference definitions
  dropLine(/^ {0,3}(?:```|~~~).*$/gm), // code fences (the code lines stay)
  dropLine(/^ {0,3}(?:=+|-+|\*{3,}|_{3,})[ \t]*$/gm), // setext underlines and rules
  dropLine(/^ {0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)/gm), // heading, quote and bullet markers
  dropGroups(/(!?\[)[^[\]\n]*(\]\([^[)\n]*\)|\]\[[^[\]\n]*\])/g, 1, 2), // links and images keep their text
  dropGroups(/(\*\*|__)(?=\S)(?:(?!\1)[^\n])*?\S(\1)/g, 1, 2),
  dropGroups(/(?<![\p{L}\p{N}*_])([*_])(?=[^\s*_])[^\n*_]*?[^\s*_](\1)(?![\p{L}\p{N}*_])/gu, 1, 2),
  dropGroups(/(`+)[^`\n]+?(\1)/g, 1, 2),
];
