// Bytes to text: tells text from binary on a file's first 8 KB, picks the encoding, and decodes whole buffers or streams.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Transform, type Readable } from "node:stream";
import { decodeCp1252 } from "./cp1252.js";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** What the first bytes say about a file. */
export type Sniffed =
  | { kind: "text"; encoding: Encoding }
  | { kind: "binary"; reason: string }
  | { kind: "empty"; reason: string };

export const SNIFF_BYTES = 8192;
const MAX_CONTROL_SHARE = 0.1;
const MAX_INVALID_SHARE = 0.3;

/** Classifies the head of a file; `head` is at most SNIFF_BYTES bytes. */
export function sniff(head: Uint8Array): Sniffed {
  if (head.length === 0) return { kind: "empty", reason: "empty" };
  const bom = bomEncoding(head);
  if (bom !== undefined) return checkDecoded(bom, decodeHead(head, bom));
  if (head.includes(0)) {
    const wide = utf16WithoutBom(head);
    if (wide === undefined) return { kind: "binary", reason: "binary file (contains NUL bytes)" };
    return checkDecoded(wide, decodeHead(head, wide));
  }
  const utf8 = decodeHead(head, "utf-8");
  const invalid = count(utf8, /\uFFFD/g);
  if (invalid > MAX_INVALID_SHARE * utf8.length) {
    return { kind: "binary", reason: "binary file (most bytes are not valid UTF-8)" };
  }
  // Invalid bytes with no valid multi-byte character at all: a legacy single-byte file, not damaged UTF-8.
  const encoding = invalid > 0 && count(utf8, /[^\p{ASCII}\uFFFD]/gu) === 0 ? "windows-1252" : "utf-8";
  return checkDecoded(encoding, encoding === "utf-8" ? utf8 : decodeCp1252(head));
}

function bomEncoding(head: Uint8Array): Encoding | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return undefined;
}

/** ASCII-heavy UTF-16 without a BOM has NUL in every other byte. */
function utf16WithoutBom(head: Uint8Array): Encoding | undefined {
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = Math.floor(head.length / 2);
  if (pairs === 0) return undefined;
  if (odd > 0.4 * pairs && even < 0.05 * pairs) return "utf-16le";
  if (even > 0.4 * pairs && odd < 0.05 * pairs) return "utf-16be";
  return undefined;
}

function checkDecoded(encoding: Encoding, text: string): Sniffed {
  // eslint-disable-next-line no-control-regex -- control characters are what tells binary from text
  const controls = count(text, /[\u0000-\u0008\u000E-\u001A\u001C-\u001F\u007F]/g);
  if (controls > MAX_CONTROL_SHARE * text.length) {
    return { kind: "binary", reason: "binary file (many control characters)" };
  }
  return { kind: "text", encoding };
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Decodes a head without counting a character cut at its end as invalid. */
function decodeHead(head: Uint8Array, encoding: Encoding): string {
  if (encoding === "windows-1252") return decodeCp1252(head);
  return new TextDecoder(encoding).decode(head, { stream: true });
}

/** A stateful decoder: feed chunks, get text; a BOM at the start is dropped. */
export function decoder(encoding: Encoding): (chunk: Uint8Array, last: boolean) => string {
  if (encoding === "windows-1252") return (chunk) => decodeCp1252(chunk);
  const text = new TextDecoder(encoding);
  return (chunk, last) => text.decode(chunk, { stream: !last });
}

/** Text of a whole buffer, or why it is not text. */
export function decodeBuffer(
  bytes: Uint8Array,
): { kind: "text"; text: string } | Exclude<Sniffed, { kind: "text" }> {
  const sniffed = sniff(bytes.subarray(0, SNIFF_BYTES));
  if (sniffed.kind !== "text") return sniffed;
  return { kind: "text", text: decoder(sniffed.encoding)(bytes, true) };
}

/** The first bytes of a file. */
export async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A file as a stream of decoded strings (for files read record by record). */
export function textStream(path: string, encoding: Encoding): Readable {
  const decode = decoder(encoding);
  const transform = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      const text = decode(chunk, false);
      done(null, text.length > 0 ? text : undefined);
    },
    flush(done) {
      const text = decode(new Uint8Array(0), true);
      done(null, text.length > 0 ? text : undefined);
    },
  });
  const source = createReadStream(path);
  source.on("error", (error) => transform.destroy(error));
  return source.pipe(transform);
}

/** Sniffs a file from its first bytes. */
export async function sniffFile(path: string): Promise<Sniffed> {
  return sniff(await readHead(path));
}
