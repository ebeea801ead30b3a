// Where a sentence names a claim's actors: character ranges of names, aliases, demonyms and the acting person.

export type Mark = [number, number];

const WORD = "[\\p{L}\\p{N}]";
// Short all-capital names ("US", "UN", "IS") are matched with their case: "us" and "is" are ordinary words.
const ACRONYM = /^[\p{Lu}\p{N}.&-]{1,5}$/u;
const MAX_CACHED = 2000;

const cache = new Map<string, RegExp[]>();

/**
 * Sorted, non-overlapping [start, end) ranges of `text` where one of `names` stands as a whole word (a plural
 * "s" allowed, for "the Russians"). Case-insensitive except for acronyms; at one position the longest name wins.
 */
export function findMarks(text: string, names: readonly string[]): Mark[] {
  const found: Mark[] = [];
  for (const pattern of patternsFor(names)) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) found.push([m.index, m.index + m[0].length]);
  }
  return nonOverlapping(found);
}

/** The names that mark a claim's actors: names, aliases, and the person acting (full name and surname). */
export function markNames(parts: {
  names: readonly (string | null | undefined)[];
  aliases: readonly (readonly string[] | null | undefined)[];
  people: readonly (string | null | undefined)[];
}): string[] {
  const out = new Set<string>();
  const add = (name: string | null | undefined): void => {
    const trimmed = name?.trim();
    if (trimmed && trimmed.length >= 2) out.add(trimmed);
  };
  parts.names.forEach(add);
  parts.aliases.forEach((list) => list?.forEach(add));
  for (const person of parts.people) {
    add(person);
    const surname = person?.trim().split(/\s+/).at(-1);
    if (surname && surname !== person?.trim() && /^\p{Lu}/u.test(surname) && surname.length >= 3)
      add(surname);
  }
  return [...out];
}

function patternsFor(names: readonly string[]): RegExp[] {
  const key = [...names].sort().join("\u0000");
  let patterns = cache.get(key);
  if (patterns === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    const acronyms = names.filter((n) => ACRONYM.test(n));
    const words = names.filter((n) => !ACRONYM.test(n));
    patterns = [alternation(words, "giu"), alternation(acronyms, "gu")].filter(
      (p): p is RegExp => p !== null,
    );
    cache.set(key, patterns);
  }
  return patterns;
}

function alternation(names: readonly string[], flags: string): RegExp | null {
  if (names.length === 0) return null;
  const escaped = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<!${WORD})(?:${escaped.join("|")})(?:s)?(?!${WORD})`, flags);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}

function nonOverlapping(marks: Mark[]): Mark[] {
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Mark[] = [];
  for (const mark of marks) {
    const last = out.at(-1);
    if (last === undefined || mark[0] >= last[1]) out.push(mark);
  }
  return out;
}
