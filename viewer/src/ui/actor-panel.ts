// The side panel of a selected actor: who it is, and its relations grouped by polarity and type, each with the
// sentences that state it.
import type { ActorResponse, ApiEvidence, Polarity } from "../api.js";
import { POLARITIES } from "../api.js";
import { EVIDENCE_PAGE } from "../data/source.js";
import type { ViewState } from "../state.js";
import { h, replace, plural, relationLabel, type Child } from "./dom.js";
import { evidenceItem } from "./evidence.js";
import { visibleEvidence, type PanelContext } from "./panel-context.js";

type ActorRelation = ActorResponse["relations"][number];

const SHOWN_PER_RELATION = 3;
const ARROWS = { out: "→", in: "←", both: "—" } as const;

export async function actorPanel(
  ctx: PanelContext,
  id: string,
  isCurrent: () => boolean,
): Promise<HTMLElement | null> {
  const state = ctx.state();
  const query = { modalities: state.modalities, ...(state.relations ? { relations: state.relations } : {}) };
  const [actor, first] = await Promise.all([
    ctx.source.actor(id),
    ctx.source.actorEvidence(id, { ...query, limit: EVIDENCE_PAGE }),
  ]);
  if (!isCurrent()) return null;
  const panel = h("section", { class: "actor-panel", attrs: { "data-actor": id } });
  const evidence: ApiEvidence[] = [...first.items];
  const draw = (): void => {
    replace(
      panel,
      header(ctx, actor),
      ...relationSections(ctx, actor, visibleEvidence(evidence, state), state),
      evidence.length < first.total
        ? h(
            "button",
            {
              class: "more",
              on: {
                click: async () => {
                  const next = await ctx.source.actorEvidence(id, {
                    ...query,
                    skip: evidence.length,
                    limit: EVIDENCE_PAGE,
                  });
                  evidence.push(...next.items);
                  if (next.items.length > 0) draw();
                },
              },
            },
            `Load more evidence (${evidence.length} of ${first.total} claims read)`,
          )
        : null,
    );
  };
  draw();
  return panel;
}

function header(ctx: PanelContext, { actor }: ActorResponse): HTMLElement {
  const group = ctx.groupOf(actor.id);
  const facts: Child[] = [
    h("span", { class: "badge" }, actor.type),
    ` weighted degree ${actor.weightedDegree}`,
    actor.pagerank !== null ? ` · PageRank ${actor.pagerank.toFixed(3)}` : null,
    actor.betweenness !== null ? ` · betweenness ${actor.betweenness.toFixed(3)}` : null,
  ];
  const aliases = actor.aliases.filter((a) => a !== actor.name).slice(0, 8);
  return h(
    "header",
    {},
    h("h2", {}, actor.name),
    h("p", { class: "facts" }, ...facts),
    group !== null
      ? h(
          "p",
          { class: "group" },
          h("span", { class: "swatch", attrs: { style: `background:${group.colour}` } }),
          group.label,
        )
      : null,
    !ctx.isDrawn(actor.id) ? h("p", { class: "note" }, "Not drawn under the current filters.") : null,
    aliases.length > 0 ? h("p", { class: "aliases" }, `Also: ${aliases.join(", ")}`) : null,
  );
}

function relationSections(
  ctx: PanelContext,
  actor: ActorResponse,
  evidence: readonly ApiEvidence[],
  state: ViewState,
): HTMLElement[] {
  const visible = actor.relations.filter((r) => shown(r, state) > 0);
  const hidden = actor.relations.length - visible.length;
  const sections: HTMLElement[] = [];
  for (const polarity of POLARITIES) {
    const rows = visible.filter((r) => r.polarity === polarity);
    if (rows.length === 0) continue;
    sections.push(polaritySection(ctx, actor.actor.id, polarity, rows, evidence, state));
  }
  if (sections.length === 0)
    sections.push(h("p", { class: "note" }, "No relations under the current filters."));
  if (hidden > 0) {
    sections.push(h("p", { class: "note" }, `${plural(hidden, "more relation")} hidden by the filters.`));
  }
  return sections;
}

function polaritySection(
  ctx: PanelContext,
  id: string,
  polarity: Polarity,
  rows: readonly ActorRelation[],
  evidence: readonly ApiEvidence[],
  state: ViewState,
): HTMLElement {
  const byRelation = new Map<string, ActorRelation[]>();
  for (const row of rows) byRelation.set(row.relation, [...(byRelation.get(row.relation) ?? []), row]);
  return h(
    "section",
    { class: `polarity-section ${polarity}` },
    h(
      "h3",
      {},
      h("span", { class: `polarity-dot ${polarity}` }),
      polarity === "cooperative" ? "Cooperative" : "Hostile",
    ),
    ...[...byRelation].map(([relation, group]) =>
      h(
        "div",
        { class: "relation-group", attrs: { "data-relation": relation } },
        h("h4", {}, relationLabel(relation)),
        ...group.map((row) => relationRow(ctx, id, row, evidence, state)),
      ),
    ),
  );
}

function relationRow(
  ctx: PanelContext,
  id: string,
  row: ActorRelation,
  evidence: readonly ApiEvidence[],
  state: ViewState,
): HTMLElement {
  const claims = evidence.filter(
    (e) =>
      e.relation === row.relation && otherOf(e, id) === row.other.id && directionOf(e, id) === row.direction,
  );
  const counts = state.modalities
    .filter((m) => (row.counts[m] ?? 0) > 0)
    .map((m) => `${row.counts[m]} ${m}`)
    .join(", ");
  const list = h("ol", { class: "evidence-list" }, ...claims.slice(0, SHOWN_PER_RELATION).map(evidenceItem));
  const more =
    claims.length > SHOWN_PER_RELATION
      ? h(
          "button",
          {
            class: "more",
            on: {
              click: (event) => {
                list.replaceChildren(...claims.map(evidenceItem));
                (event.currentTarget as HTMLElement).remove();
              },
            },
          },
          `Show all ${claims.length} sentences`,
        )
      : null;
  return h(
    "div",
    { class: "relation-row", attrs: { "data-other": row.other.id, "data-direction": row.direction } },
    h(
      "p",
      { class: "relation-head" },
      h("span", { class: "direction", title: row.direction }, ARROWS[row.direction]),
      " ",
      h(
        "button",
        { class: "actor-link", on: { click: () => ctx.selectActor(row.other.id) } },
        row.other.name,
      ),
      h("span", { class: "counts" }, ` ${plural(shown(row, state), "claim")}${counts ? ` (${counts})` : ""}`),
    ),
    claims.length > 0 ? list : h("p", { class: "note" }, "No sentence in the date range or page read."),
    more,
  );
}

/** Claims of a relation row under the view's filters (relations, polarity, modalities). */
function shown(row: ActorRelation, state: ViewState): number {
  if (!state.polarities.includes(row.polarity)) return 0;
  if (state.relations !== null && !state.relations.includes(row.relation)) return 0;
  return state.modalities.reduce((sum, m) => sum + (row.counts[m] ?? 0), 0);
}

function otherOf(e: ApiEvidence, id: string): string {
  return e.source.id === id ? e.target.id : e.source.id;
}

function directionOf(e: ApiEvidence, id: string): "out" | "in" | "both" {
  if (e.symmetric) return "both";
  return e.source.id === id ? "out" : "in";
}
