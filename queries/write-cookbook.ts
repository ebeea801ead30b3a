// `npm run docs:cookbook`: regenerates README.md's "Cypher cookbook" between its markers from queries/*.cypher.
import { readFileSync, writeFileSync } from "node:fs";
import { projectPath } from "../lib/paths.js";
import { cookbookMarkdown, withCookbook } from "./cookbook.js";
import { listQueries } from "./library.js";

const readme = projectPath("README.md");
const before = readFileSync(readme, "utf8");
const after = withCookbook(before, cookbookMarkdown(listQueries()));
if (after === before) {
  console.error("README.md: the cookbook is up to date");
} else {
  writeFileSync(readme, after);
  console.error(`README.md: cookbook regenerated from ${listQueries().length} queries`);
}
