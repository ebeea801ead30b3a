// Splits a stream of text into lines (LF, CRLF or a lone CR) without ever holding more than `maxChars` of one line:
// a line over the limit is reported by its length only, so a 200 MB line costs no memory.

export type Line =
  { kind: "line"; number: number; text: string } | { kind: "too-long"; number: number; chars: number };

export async function* splitLines(chunks: AsyncIterable<string>, maxChars: number): AsyncGenerator<Line> {
  let parts: string[] = [];
  let chars = 0;
  let number = 0;
  let afterCr = false;
  const take = (piece: string): void => {
    chars += piece.length;
    if (chars > maxChars) parts = [];
    else if (piece !== "") parts.push(piece);
  };
  const finish = (): Line => {
    number++;
    const line: Line =
      chars > maxChars ? { kind: "too-long", number, chars } : { kind: "line", number, text: parts.join("") };
    parts = [];
    chars = 0;
    return line;
  };
  for await (const chunk of chunks) {
    // A CRLF split across two chunks is one line end.
    let at = afterCr && chunk.startsWith("\n") ? 1 : 0;
    if (chunk.length > 0) afterCr = false;
    const ends = lineEnds(chunk);
    for (;;) {
      const end = ends(at);
      if (end < 0) {
        take(chunk.slice(at));
        break;
      }
      take(chunk.slice(at, end));
      yield finish();
      if (chunk[end] === "\r" && end + 1 === chunk.length) afterCr = true;
      at = chunk[end] === "\r" && chunk[end + 1] === "\n" ? end + 2 : end + 1;
    }
  }
  if (chars > 0) yield finish();
}

/** The next line end at or after `from` (called with growing `from`); each kind is searched once per position. */
function lineEnds(text: string): (from: number) => number {
  let lf = -2;
  let cr = -2;
  return (from) => {
    if (lf !== -1 && lf < from) lf = text.indexOf("\n", from);
    if (cr !== -1 && cr < from) cr = text.indexOf("\r", from);
    if (cr < 0) return lf;
    return lf < 0 ? cr : Math.min(lf, cr);
  };
}
