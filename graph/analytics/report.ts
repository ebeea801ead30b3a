// The text report `kg analyze` prints: blocs with members, camps, frustration, top actors, unbalanced triads.
import type { ActorAnalysis, AllianceAnalysis } from "./analyze.js";

export interface ReportOptions {
  /** How many actors per ranking, members per line and triads to show; default 10. */
  top?: number;
}

export function formatAnalysis(analysis: AllianceAnalysis, options: ReportOptions = {}): string {
  const top = options.top ?? 10;
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const name = (id: string): string => names.get(id) ?? id;
  return [
    `analysed ${analysis.actors.length} actors and ${analysis.edges} relationships (asserted and intended claims)`,
    "",
    ...blocLines(analysis, name, top),
    "",
    ...campLines(analysis, name, top),
    "",
    ...ranking("top actors by PageRank", analysis.actors, "pagerank", top),
    ...ranking("top actors by betweenness", analysis.actors, "betweenness", top),
    ...ranking("top actors by weighted degree (claims)", analysis.actors, "degree", top),
    ...triadLines(analysis, name, top),
  ].join("\n");
}

function blocLines(analysis: AllianceAnalysis, name: (id: string) => string, top: number): string[] {
  const real = analysis.blocs.filter((b) => b.members.length > 1);
  const alone = analysis.blocs.filter((b) => b.members.length === 1).flatMap((b) => b.members);
  const lines = [`blocs (Louvain communities of the cooperative relations): ${real.length}`];
  for (const b of real.slice(0, top))
    lines.push(`  bloc ${b.bloc} (${b.members.length}): ${names(b.members, name, top)}`);
  if (real.length > top) lines.push(`  ... and ${real.length - top} more blocs`);
  if (alone.length > 0)
    lines.push(`  without cooperative relations (a bloc each): ${names(alone, name, top)}`);
  return lines;
}

function campLines(analysis: AllianceAnalysis, name: (id: string) => string, top: number): string[] {
  const c = analysis.camps;
  const largest = [...c.components].sort((x, y) => y.actors.length - x.actors.length)[0];
  const method = c.exact ? "proven minimal" : `local search; the minimum is at least ${c.lowerBound}`;
  const lines = [
    `camps (two-camp split of the signed network, + cooperative / - hostile per pair of actors):`,
    `  frustration index: ${c.frustration} of ${c.signedPairs} signed pairs (${percent(c.frustrationRatio)}, ${method})` +
      (c.mixedPairs > 0 ? `; ${c.mixedPairs} pairs with as many cooperative as hostile claims left out` : ""),
  ];
  if (largest !== undefined && largest.actors.length > 1) {
    const campOf = new Map(analysis.actors.map((a) => [a.id, a.camp]));
    const side = (camp: number): string[] => largest.actors.filter((id) => campOf.get(id) === camp);
    const others = c.components.filter((x) => x !== largest && x.actors.length > 1).length;
    lines.push(
      `  largest connected group (${largest.actors.length} actors${others ? `; ${others} smaller groups not shown` : ""}):`,
    );
    lines.push(`    camp 0: ${names(side(0), name, top)}`, `    camp 1: ${names(side(1), name, top)}`);
  }
  for (const p of c.frustratedPairs.slice(0, top)) {
    const why = p.sign > 0 ? "partners in different camps" : "enemies in the same camp";
    lines.push(`  frustrated: ${name(p.a)} ${p.sign > 0 ? "+" : "-"} ${name(p.b)} (${why})`);
  }
  if (c.frustratedPairs.length > top)
    lines.push(`  ... and ${c.frustratedPairs.length - top} more frustrated pairs`);
  return lines;
}

function ranking(
  title: string,
  actors: readonly ActorAnalysis[],
  key: "pagerank" | "betweenness" | "degree",
  top: number,
): string[] {
  const best = [...actors].sort((a, b) => b[key] - a[key] || (a.id < b.id ? -1 : 1)).slice(0, top);
  const width = Math.max(0, ...best.map((a) => a.name.length));
  const value = (a: ActorAnalysis): string => (key === "degree" ? String(a[key]) : a[key].toFixed(4));
  return [`${title}:`, ...best.map((a) => `  ${a.name.padEnd(width)}  ${value(a)}`), ""];
}

function triadLines(analysis: AllianceAnalysis, name: (id: string) => string, top: number): string[] {
  const { unbalancedTriads: triads, triangles } = analysis.camps;
  const lines = [`unbalanced triads: ${triads.length} of ${triangles} triangles`];
  for (const t of triads.slice(0, top)) {
    const [a, b, c] = t.actors.map(name);
    const [ab, bc, ac] = t.signs.map((s) => (s > 0 ? "+" : "-"));
    lines.push(
      `  ${a} ${ab} ${b} ${bc} ${c} ${ac} ${a}  (${t.kind === "++-" ? "partners of one actor at odds" : "three mutual enemies"})`,
    );
  }
  if (triads.length > top) lines.push(`  ... and ${triads.length - top} more`);
  return lines;
}

function names(ids: readonly string[], name: (id: string) => string, top: number): string {
  const shown = ids.slice(0, Math.max(top, 15)).map(name).join(", ");
  return ids.length > Math.max(top, 15) ? `${shown}, ... (${ids.length - Math.max(top, 15)} more)` : shown;
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
