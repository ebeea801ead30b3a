#!/usr/bin/env node
// Counts documents and sentences of a corpus with kg's own reader and splitter (used by the benchmark).
import { analyse } from "../dist/ingest/extract/analyse.js";
import { readInputs } from "../dist/ingest/read/index.js";

const [file, ...rest] = process.argv.slice(2);
const opt = (name) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};
const options = {
  textColumn: opt("--text-column") ?? "text",
  titleColumn: opt("--title-column"),
  idColumn: opt("--id-column"),
  dateColumn: opt("--date-column"),
};
let documents = 0;
let sentences = 0;
for await (const item of readInputs([file], options)) {
  if (item.kind !== "document") continue;
  documents++;
  sentences += analyse(item.text).sentences.length;
}
console.log(JSON.stringify({ documents, sentences }));
