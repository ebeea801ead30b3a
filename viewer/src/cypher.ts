// "Copy Cypher": the query that returns the edges on screen, with the filters of the view, to run in Neo4j.
import { DEFAULT_MODALITIES, POLARITIES, type ApiRelationType } from "./api.js";
import type { ViewState } from "./state.js";

const TYPE = /^[A-Z][A-Z0-9_]{0,63}$/;

export function cypherFor(state: ViewState, relations: readonly ApiRelationType[]): string {
  const conditions = [`c.modality IN ${list(state.modalities)}`];
  if (state.relations !== null) conditions.push(`c.relation IN ${list(state.relations)}`);
  if (state.polarities.length < POLARITIES.length) conditions.push(`c.polarity IN ${list(state.polarities)}`);
  if (state.from !== null) conditions.push(`c.date >= ${literal(state.from)}`);
  if (state.to !== null) conditions.push(`substring(c.date, 0, 10) <= ${literal(state.to)}`);
  const lines = [
    `// The edges on screen in the kg viewer: one row per source, relation, target and modality.`,
    `MATCH (s:Actor)<-[:SOURCE]-(c:Claim)-[:TARGET]->(t:Actor)`,
    `WHERE ${conditions.join("\n  AND ")}`,
    `WITH s, t, c.relation AS relation, c.modality AS modality, count(c) AS claims`,
    ...(state.minCount > 1 ? [`WHERE claims >= ${state.minCount}`] : []),
    `RETURN s.name AS source, relation, t.name AS target, modality, claims`,
    `ORDER BY claims DESC, source, relation, target;`,
  ];
  const graphQuery = aggregatedQuery(state, relations);
  if (graphQuery !== null)
    lines.push(
      "",
      "// The same as a graph (aggregated relationships count asserted and intended claims):",
      graphQuery,
    );
  return lines.join("\n");
}

/** The picture for Neo4j Browser: exact only with the default modalities, no dates and minCount 1. */
function aggregatedQuery(state: ViewState, relations: readonly ApiRelationType[]): string | null {
  const defaults =
    state.modalities.length === DEFAULT_MODALITIES.length &&
    DEFAULT_MODALITIES.every((m) => state.modalities.includes(m));
  if (!defaults || state.from !== null || state.to !== null || state.minCount > 1) return null;
  const types = relations
    .filter(
      (r) =>
        state.polarities.includes(r.polarity) &&
        (state.relations === null || state.relations.includes(r.name)),
    )
    .map((r) => r.type)
    .filter((t) => TYPE.test(t));
  if (types.length === 0) return null;
  return `MATCH p = (:Actor)-[:${types.join("|")}]->(:Actor) RETURN p;`;
}

function list(values: readonly string[]): string {
  return `[${values.map(literal).join(", ")}]`;
}

export function literal(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}
