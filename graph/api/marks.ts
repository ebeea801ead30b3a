// Where a sentence names a claim's actors: character ranges of names, aliases, demonyms and the acting person.

export type Mark = [number, number];

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Short all-capital names ("US", "UN", "IS") are matched with their case: "us" and "is" are ordinary words.
const ACRONYM = /^[\p{Lu}\p{N}.&-]{1,5}$/u;

/**
 * Sorted, non-overlapping [start, end) ranges of `text` where one of `names` stands as a whole word (a plural
 * "s" allowed, for "the Russians"). Case-insensitive except for acronyms, any space matches any space; where
 * names overlap the left-most wins, then the longest. Plain string search, no regular expression per name:
 * a site export marks every sentence of the graph.
 */
export function findMarks(text: string, names: readonly string[]): Mark[] {
  const folded = fold(text);
  const found: Mark[] = [];
  for (const name of names) {
    const acronym = ACRONYM.test(name);
    const haystack = acronym ? text : folded;
    const needle = acronym ? name : fold(name);
    if (needle.length === 0) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      let end = at + needle.length;
      if (folded[end] === "s" && !isWordChar(text, end + 1)) end++;
      if (!isWordChar(text, at - 1) && !isWordChar(text, end)) found.push([at, end]);
    }
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

/** Lower case and one kind of space, character by character, so every index still points into the original. */
function fold(text: string): string {
  let out = "";
  for (const char of text) {
    const lower = char.toLowerCase();
    out += /\s/.test(char) ? " ".repeat(char.length) : lower.length === char.length ? lower : char;
  }
  return out;
}

function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index) ?? 0));
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
