// Text rewriting that remembers where every character came from, so offsets in the result map back exactly.

/** One change to a string: replace `[from, to)` by `insert` ("" deletes). */
export interface Edit {
  from: number;
  to: number;
  insert: string;
}

/**
 * A rewritten string with its offset map: `map[i]` is the offset in the input of the output's character `i`,
 * and `map[text.length]` is the input's length. `null` means the text is unchanged (identity map).
 */
export interface Mapped {
  text: string;
  map: Int32Array | null;
}

/** Applies non-overlapping edits sorted by position; characters of an insertion map to the edit's start. */
export function applyEdits(input: string, edits: readonly Edit[]): Mapped {
  if (edits.length === 0) return { text: input, map: null };
  const parts: string[] = [];
  let length = 0;
  for (const edit of edits) length += edit.insert.length - (edit.to - edit.from);
  const map = new Int32Array(input.length + length + 1);
  let out = 0;
  let at = 0;
  const keep = (end: number): void => {
    parts.push(input.slice(at, end));
    for (let i = at; i < end; i++) map[out++] = i;
  };
  for (const edit of edits) {
    if (edit.from < at || edit.to < edit.from) throw new Error("applyEdits: edits overlap or are unsorted");
    keep(edit.from);
    parts.push(edit.insert);
    for (let i = 0; i < edit.insert.length; i++) map[out++] = edit.from;
    at = edit.to;
  }
  keep(input.length);
  map[out] = input.length;
  return { text: parts.join(""), map };
}

/** Edits for every match of a global regex; `replace` returns the new text for a match, or undefined to keep it. */
export function regexEdits(
  input: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | Edit[] | undefined,
): Edit[] {
  if (!pattern.global) throw new Error("regexEdits: pattern must be global");
  const edits: Edit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input); m !== null; m = pattern.exec(input)) {
    if (m[0].length === 0) pattern.lastIndex++;
    const result = replace(m);
    if (result === undefined) continue;
    if (typeof result === "string") {
      if (result !== m[0]) edits.push({ from: m.index, to: m.index + m[0].length, insert: result });
    } else edits.push(...result);
  }
  return edits;
}

/** Runs a regex rewrite as one mapped pass. */
export function rewrite(
  input: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | Edit[] | undefined,
): Mapped {
  return applyEdits(input, regexEdits(input, pattern, replace));
}

/** The map of `outer ∘ inner`: offsets of the last pass's output back to the first pass's input. */
export function composeMaps(first: Int32Array | null, second: Int32Array | null): Int32Array | null {
  if (first === null) return second;
  if (second === null) return first;
  const out = new Int32Array(second.length);
  for (let i = 0; i < second.length; i++) out[i] = first[second[i]!]!;
  return out;
}

/** Runs passes in order, composing their maps. */
export function runPasses(input: string, passes: readonly ((text: string) => Mapped)[]): Mapped {
  let text = input;
  let map: Int32Array | null = null;
  for (const pass of passes) {
    const step = pass(text);
    text = step.text;
    map = composeMaps(map, step.map);
  }
  return { text, map };
}

/** `toOriginal` for a mapped text whose input starts at `base` in the original; offsets 0..text.length. */
export function originalOffsets(mapped: Mapped, base = 0): (offset: number) => number {
  const { map } = mapped;
  const last = mapped.text.length;
  return (offset: number): number => {
    if (!Number.isInteger(offset) || offset < 0 || offset > last) {
      throw new RangeError(`offset ${offset} is outside 0..${last}`);
    }
    return base + (map === null ? offset : map[offset]!);
  };
}
