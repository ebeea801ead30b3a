// Finds where a headline ends when a document runs it into the first sentence with only a space
// ("Iran Mounts Attacks On Iraq Iranian forces mounted ..."), as news feeds that join title and text do.
import type { Token } from "./analyse.js";
import { CLAUSE_OPENERS, SPEECH_VERBS } from "./lexicon.js";

const FUNCTION_WORDS = new Set(
  "a an the of for in on to at by with and or but from over as into after before about against near amid".split(
    " ",
  ),
);
const SENTENCE_OPENERS = new Set([
  "The",
  "A",
  "An",
  "In",
  "At",
  "On",
  "After",
  "As",
  "When",
  "Two",
  "Three",
  "More",
]);
const AGENCY = /^(Reuters|AFP|AP|Xinhua|Canadian|IslamOnline|World)$/;

const isCap = (t: Token): boolean => /^[\p{Lu}]/u.test(t.text);
const isAllCaps = (t: Token): boolean => /^[\p{Lu}][\p{Lu}.'-]+$/u.test(t.text) && t.text.length >= 3;

/** Token index where the body starts inside the first sentence tokens[first..last], or undefined. */
export function headlineEnd(tokens: Token[], first: number, last: number): number | undefined {
  const limit = Math.min(last, first + 30);
  for (let i = first + 2; i <= limit; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    // "... Baghdad (Reuters) Reuters - Three ...", "... test AFP - AFP -": an agency credit opens the body.
    if (AGENCY.test(t.text) && tokens[i + 1]?.text === "-") return i;
    if (AGENCY.test(t.text) && tokens[i + 1]?.text === "Press" && tokens[i + 2]?.text === "-") return i;
    // "... kills 5 GAZA CITY -- Palestinian ...": an upper-case dateline.
    if (isAllCaps(t) && !isAllCaps(prev) && datelineFollows(tokens, i, last)) return i;
    // "... missile test Japan will use ...": a name right after a lower-case word, followed by an auxiliary.
    if (
      t.pos === "PROPN" &&
      /^[a-z]/.test(prev.text) &&
      !FUNCTION_WORDS.has(prev.lower) &&
      !CLAUSE_OPENERS.has(prev.lower) &&
      !SPEECH_VERBS.has(prev.lower) &&
      tokens[i + 1]?.pos === "AUX" &&
      /^(will|has|have|is|are|was|were|would|said|says)$/.test(tokens[i + 1]!.lower)
    )
      return i;
    // "... road map The minister said": a capitalised sentence opener right after a lower-case word.
    if (SENTENCE_OPENERS.has(t.text) && /^[a-z0-9]/.test(prev.text) && !FUNCTION_WORDS.has(prev.lower))
      return i;
  }
  return titleCaseEnd(tokens, first, limit);
}

function datelineFollows(tokens: Token[], i: number, last: number): boolean {
  for (let k = i + 1; k <= Math.min(last, i + 12); k++) {
    const w = tokens[k]!.text;
    if (w === "-" || w === "--" || w === "—" || w === ":" || w === "(") return true;
    if (/^[a-z]/.test(w) && w !== "of") return false;
  }
  return false;
}

// A title-case headline ("Iran Mounts Fresh Attacks On Iraq Near Basra") ends just before the capitalised run
// that precedes the first lower-case content word ("Iranian forces").
function titleCaseEnd(tokens: Token[], first: number, limit: number): number | undefined {
  if (!looksTitleCase(tokens, first, limit)) return undefined;
  let content = 0;
  for (let i = first; i <= limit; i++) {
    const t = tokens[i]!;
    if (t.pos === "PUNCT" || /^\d/.test(t.text) || FUNCTION_WORDS.has(t.lower)) continue;
    if (isCap(t)) {
      content++;
      continue;
    }
    if (content < 3) return undefined;
    // t is the first lower-case content word; the body starts with the capitalised word before it, unless the
    // headline would then end in a function word ("The United States and | Russia have ...": one sentence).
    let k = i - 1;
    if (k <= first + 2 || FUNCTION_WORDS.has(tokens[k - 1]!.lower) || tokens[first]!.text === "The")
      return undefined;
    // Headlines often end in a preposition and a name ("... Near Basra"): the body starts right after that name.
    let run = k;
    while (run > first && isCap(tokens[run - 1]!) && !FUNCTION_WORDS.has(tokens[run - 1]!.lower)) run--;
    const before = tokens[run - 1];
    // "... Arms Ban The European Union is": a capitalised article opens the body.
    if (before && /^(The|A|An)$/.test(before.text) && run - 1 > first + 2) k = run - 1;
    else if (before && run > first && FUNCTION_WORDS.has(before.lower) && run + 1 <= k) k = run + 1;
    return isCap(tokens[k]!) ? k : undefined;
  }
  return undefined;
}

// Title case shows in capitalised small words ("Attacks On Iraq") or capitalised verbs and common nouns; a sentence
// that merely opens with names ("French Foreign Minister Jean Roe met") has neither.
function looksTitleCase(tokens: Token[], first: number, limit: number): boolean {
  for (let i = first + 1; i <= limit; i++) {
    const t = tokens[i]!;
    if (!isCap(t)) {
      if (!FUNCTION_WORDS.has(t.lower) && t.pos !== "PUNCT") return false;
      continue;
    }
    if (FUNCTION_WORDS.has(t.lower) || t.pos === "VERB" || t.pos === "NOUN") return true;
  }
  return false;
}
