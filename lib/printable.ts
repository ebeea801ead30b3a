// Text from inputs made safe to print on one terminal line: control, line-breaking and bidi characters escaped.

// C0 and C1 controls (newlines, ESC of terminal escape sequences), line and paragraph separators, and the bidi
// embeddings, overrides and isolates that can make a line read differently from what it holds.
// eslint-disable-next-line no-control-regex -- these characters are what this module escapes
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `text` with each unprintable character written as an escape ("\n", "\u001b"); other text unchanged. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
