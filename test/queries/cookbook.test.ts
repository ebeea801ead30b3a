// The README's cookbook is generated from the query headers: it must be current, and regenerating changes nothing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cookbookMarkdown, withCookbook } from "../../queries/cookbook.js";
import { listQueries } from "../../queries/library.js";
import { projectPath } from "../../lib/paths.js";

describe("the Cypher cookbook in README.md", () => {
  const readme = readFileSync(projectPath("README.md"), "utf8");
  const markdown = cookbookMarkdown(listQueries());

  it("is what `npm run docs:cookbook` generates from queries/*.cypher", () => {
    expect(withCookbook(readme, markdown)).toBe(readme);
  });

  it("has a section, parameters and examples for every query, and the data model diagram", () => {
    for (const q of listQueries()) {
      expect(markdown).toContain(`### ${q.name}\n\n${q.description}`);
      for (const p of q.params) expect(markdown).toContain(`| \`${p.name}\` | ${p.type} |`);
      expect(markdown).toContain(`npx ${q.examples[0]}`);
    }
    expect(markdown).toContain("```mermaid");
  });

  it("replaces only the text between the markers", () => {
    const doc = "intro\n<!-- cookbook:start (generated) -->\nold\n<!-- cookbook:end -->\nafter\n";
    expect(withCookbook(doc, "new")).toBe(
      "intro\n<!-- cookbook:start (generated) -->\n\nnew\n\n<!-- cookbook:end -->\nafter\n",
    );
    expect(() => withCookbook("no markers", "new")).toThrow(/markers/);
  });
});
