// Recognises a news dateline at the start of a sentence ("BAGHDAD, Iraq (AP) -"), which names a place, not an actor.

const AGENCY = String.raw`(?:\((?:[^()]{1,60})\)\s*)`;
const DATE = String.raw`(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s*\d{4})?\s*)`;
const PLACE = String.raw`(?:[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}(?:\s*,\s*[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,2})?\s*)`;
const DASH = String.raw`(?:-{1,2}|—|–|:)\s+`;
const PREFIX = String.raw`(?:(?:[A-Z][\w.]*\s){0,3}(?:Reuters|AFP|AP|Press|News)\s+-\s+)`;

const DATELINE = new RegExp(
  `^\\s*${PREFIX}?(?:${PLACE}${DATE}?${AGENCY}?${DASH}|(?:Reuters|AFP|AP)\\s+-\\s+)`,
);
const BARE_AGENCY = new RegExp(`^\\s*${PREFIX}`);

/** Length in characters of the dateline that opens `sentence`, or 0. */
export function datelineLength(sentence: string): number {
  const m = DATELINE.exec(sentence) ?? BARE_AGENCY.exec(sentence);
  if (!m) return 0;
  // A dateline is short; a long upper-case run is a shouted headline, not a place.
  return m[0].length <= 90 ? m[0].length : 0;
}
