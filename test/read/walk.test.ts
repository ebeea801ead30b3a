import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readStdin } from "../../ingest/read/whole-file.js";
import { collect, documents, skips, tempDir } from "./helpers.js";

describe("readInputs: folders", () => {
  it("reads folders recursively in sorted order, leaving hidden entries out", async () => {
    const { dir, write } = tempDir();
    write("b.txt", "Bravo.");
    write("a/z.md", "Zulu.");
    write("a/c.txt", "Charlie.");
    write("A.txt", "Upper.");
    write(".hidden/x.txt", "Hidden.");
    write(".secret.txt", "Hidden.");
    const items = await collect([dir]);
    expect(skips(items)).toEqual([]);
    expect(documents(items).map((doc) => doc.path.slice(dir.length + 1))).toEqual([
      "A.txt",
      join("a", "c.txt"),
      join("a", "z.md"),
      "b.txt",
    ]);
  });

  it("follows a symlink loop only once", async () => {
    const { dir, write } = tempDir();
    write("top/one.txt", "One.");
    write("top/sub/two.txt", "Two.");
    symlinkSync(join(dir, "top"), join(dir, "top", "sub", "back"));
    symlinkSync(join(dir, "top", "one.txt"), join(dir, "top", "sub", "again.txt"));
    const items = await collect([join(dir, "top")]);
    expect(documents(items).map((doc) => doc.doc)).toEqual(["one.txt", "two.txt"]);
    const reasons = skips(items).map((item) => [item.path.slice(dir.length + 1), item.reason]);
    expect(reasons).toEqual([
      [join("top", "sub", "again.txt"), expect.stringMatching(/same file as .*one\.txt/)],
      [join("top", "sub", "back"), expect.stringMatching(/same folder as .*top/)],
    ]);
  });

  it("reports a broken symlink and reads on", async () => {
    const { dir, write } = tempDir();
    write("ok.txt", "Fine.");
    symlinkSync(join(dir, "nowhere.txt"), join(dir, "broken.txt"));
    const items = await collect([dir]);
    expect(items.map((item) => item.kind)).toEqual(["skipped", "document"]);
    expect(items[0]).toMatchObject({
      path: join(dir, "broken.txt"),
      reason: expect.stringMatching(/no such file/),
    });
  });

  it("reads the same file once when it is given twice", async () => {
    const { write } = tempDir();
    const path = write("a.txt", "Once.");
    const items = await collect([path, path]);
    expect(items.map((item) => item.kind)).toEqual(["document", "skipped"]);
  });
});

describe("readStdin", () => {
  it.each([
    { input: ["Ruritania ", "protested.\r\n"], text: "Ruritania protested." },
    { input: [Buffer.from([0xff, 0xfe]), Buffer.from("Wide", "utf16le")], text: "Wide" },
  ])("reads standard input as one document named stdin", async ({ input, text }) => {
    const item = await readStdin(Readable.from(input));
    expect(item).toMatchObject({ kind: "document", doc: "stdin", path: "", text });
  });

  it("skips empty standard input", async () => {
    expect(await readStdin(Readable.from([]))).toEqual({ kind: "skipped", path: "stdin", reason: "empty" });
  });
});
