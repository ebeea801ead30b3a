// The README's "Cypher cookbook": generated from the query headers, so the documentation cannot drift from them.
import type { NamedQuery, ParamValue } from "./types.js";

export const COOKBOOK_START = "<!-- cookbook:start";
export const COOKBOOK_END = "<!-- cookbook:end -->";

const DIAGRAM = `\`\`\`mermaid
graph LR
  Actor["(:Actor) id, name, type, aliases<br/>bloc, camp, degree, pagerank, betweenness (kg analyze)"]
  Claim["(:Claim) relation, polarity, modality,<br/>cameo, confidence, date, via"]
  Sentence["(:Sentence) index, text, start, end"]
  Document["(:Document) name, title, date"]
  Analysis["(:Analysis {id: 'alliance'})<br/>analyzedAt, frustration, blocs, ..."]
  Claim -- SOURCE --> Actor
  Claim -- TARGET --> Actor
  Claim -- EVIDENCE --> Sentence
  Sentence -- IN --> Document
  Actor -- "SHARES_INTEL_WITH ... SANCTIONS<br/>{relation, polarity, count, docs, firstSeen, lastSeen}" --> Actor
\`\`\``;

const INTRO = `Each file in [\`queries/\`](queries/) is one parameterised Cypher query whose \`//\` header gives its name,
a one-line description, typed parameters with defaults, and examples. \`kg query --list\` lists them;
\`kg query NAME --param key=value ... [--format table|json|csv]\` runs one in a read transaction. The queries read
the aggregated relationships (one per source, relation and target, counting asserted and intended claims; symmetric
ones stored once, lower id first, so they are matched without direction) and go to the claims for evidence;
relation names are compared as the \`relation\` property, never turned into a type. \`brokers\` needs \`kg analyze\`.`;

/** The text between the markers (the markers themselves excluded). */
export function cookbookMarkdown(queries: readonly NamedQuery[]): string {
  const index = queries.map((q) => `- [\`${q.name}\`](#${q.name}): ${q.description}`).join("\n");
  return [INTRO, DIAGRAM, index, ...queries.map(section)].join("\n\n");
}

function section(q: NamedQuery): string {
  const rows = q.params.map(
    (p) =>
      `| \`${p.name}\` | ${p.type} | ${p.required ? "required" : `\`${shown(p.default)}\``} | ${p.description} |`,
  );
  const params =
    rows.length === 0
      ? "No parameters."
      : ["| parameter | type | default | meaning |", "|---|---|---|---|", ...rows].join("\n");
  return [
    `### ${q.name}`,
    q.description,
    params,
    ["```sh", ...q.examples.map((e) => `npx ${e}`), "```"].join("\n"),
    `<details><summary>Cypher (<code>queries/${q.name}.cypher</code>)</summary>\n\n\`\`\`cypher\n${q.cypher}\n\`\`\`\n\n</details>`,
  ].join("\n\n");
}

function shown(value: ParamValue): string {
  if (value === null) return "none";
  return Array.isArray(value) ? value.join(",") : String(value);
}

/** `readme` with the part between the markers replaced; throws when the markers are missing. */
export function withCookbook(readme: string, markdown: string): string {
  const start = readme.indexOf(COOKBOOK_START);
  const end = readme.indexOf(COOKBOOK_END);
  if (start < 0 || end < start)
    throw new Error(`README.md has no ${COOKBOOK_START} ... ${COOKBOOK_END} markers`);
  const afterStart = readme.indexOf("-->", start) + 3;
  return `${readme.slice(0, afterStart)}\n\n${markdown}\n\n${readme.slice(end)}`;
}
