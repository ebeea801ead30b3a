// String helpers for dictionary names: ASCII folding, comparison keys, leading articles, demonym plurals.

/** Letters that Unicode normalisation does not decompose into a base letter plus a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ı: "i",
  İ: "I",
  ø: "o",
  Ø: "O",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ß: "ss",
  đ: "d",
  Đ: "D",
  ł: "l",
  Ł: "L",
  ð: "d",
  þ: "th",
  "’": "'",
  "‘": "'",
};

/** "Türkiye" → "Turkiye", "Côte d’Ivoire" → "Cote d'Ivoire": news text often drops diacritics. */
export function foldAscii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[ıİøØæÆœŒßđĐłŁðþ’‘]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/** "the Kremlin" → "Kremlin": names are stored without a leading article, which the recogniser allows. */
export function stripArticle(text: string): string {
  return text.trim().replace(/^the\s+/i, "");
}

/** The key two names are compared by: folded, lower-case, without a leading article. */
export function nameKey(text: string): string {
  return foldAscii(stripArticle(text)).toLowerCase();
}

/** Demonyms that have no plural or whose plural is not the adjective plus "s". */
const NO_PLURAL = /(ese|ish|s|sh|ch|y|z|x)$/;

/** "Iraqi" → "Iraqis", "American" → "Americans"; "Chinese", "British", "French" → undefined (no -s plural).
 * "Czech" is the one -ch demonym with an -s plural; the curated file lists it. */
export function demonymPlural(demonym: string): string | undefined {
  if (demonym.includes("-")) return undefined;
  if (NO_PLURAL.test(demonym)) return undefined;
  return `${demonym}s`;
}
