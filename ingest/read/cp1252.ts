// Windows-1252, by hand: Node's TextDecoder("windows-1252") decodes as Latin-1 and loses the 0x80–0x9F punctuation.

// Bytes 0x80–0x9F; undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as their C1 code.
const HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

/** The Windows-1252 character for a C1 control (U+0080–U+009F), or "" when the byte is undefined there. */
export function cp1252Char(c1: string): string {
  const code = c1.charCodeAt(0);
  if (code < 0x80 || code > 0x9f) return "";
  const char = HIGH[code - 0x80]!;
  return char.charCodeAt(0) >= 0xa0 ? char : "";
}

/** Decodes Windows-1252 bytes; every byte is one UTF-16 unit, so offsets do not move. */
export function decodeCp1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009F]/g, (c) => cp1252Char(c) || c);
}
