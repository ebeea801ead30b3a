// The side panel of a selected edge: the relation between two actors and every sentence that states it.
import type { ApiEvidence } from "../api.js";
import { EVIDENCE_PAGE } from "../data/source.js";
import { classModalities, parseEdgeKey, type EdgeAttributes } from "../graph/model.js";
import { h, replace, plural, relationLabel } from "./dom.js";
import { evidenceList } from "./evidence.js";
import { visibleEvidence, type PanelContext } from "./panel-context.js";

export async function edgePanel(
  ctx: PanelContext,
  key: string,
  attributes: EdgeAttributes | null,
  names: (id: string) => string,
  isCurrent: () => boolean,
): Promise<HTMLElement | null> {
  const parts = parseEdgeKey(key);
  if (parts === null) return h("p", { class: "note" }, "This link names no edge.");
  const state = ctx.state();
  const modalities = classModalities(parts.edgeClass).filter((m) => state.modalities.includes(m));
  const query = {
    relations: [parts.relation],
    modalities: modalities.length > 0 ? modalities : classModalities(parts.edgeClass),
  };
  const first = await ctx.source.pairEvidence(parts.source, parts.target, { ...query, limit: EVIDENCE_PAGE });
  if (!isCurrent()) return null;
  const evidence: ApiEvidence[] = [...first.items];
  const directed = attributes !== null ? !attributes.symmetric : !evidence.some((e) => e.symmetric);
  const own = (items: readonly ApiEvidence[]): ApiEvidence[] =>
    visibleEvidence(items, state).filter(
      (e) => !directed || (e.source.id === parts.source && e.target.id === parts.target),
    );
  const arrow = directed ? "→" : "—";
  const panel = h("section", { class: "edge-panel", attrs: { "data-edge": key } });
  const draw = (): void => {
    const shown = own(evidence);
    replace(
      panel,
      h(
        "header",
        {},
        h(
          "h2",
          {},
          h(
            "button",
            { class: "actor-link", on: { click: () => ctx.selectActor(parts.source) } },
            names(parts.source),
          ),
          ` ${arrow} ${relationLabel(parts.relation)} ${arrow} `,
          h(
            "button",
            { class: "actor-link", on: { click: () => ctx.selectActor(parts.target) } },
            names(parts.target),
          ),
        ),
        attributes !== null ? facts(attributes) : null,
      ),
      h("h3", {}, `Evidence (${plural(shown.length, "sentence")})`),
      shown.length > 0
        ? evidenceList(shown)
        : h("p", { class: "note" }, "No sentence under the current filters."),
      evidence.length < first.total
        ? h(
            "button",
            {
              class: "more",
              on: {
                click: async () => {
                  const next = await ctx.source.pairEvidence(parts.source, parts.target, {
                    ...query,
                    skip: evidence.length,
                    limit: EVIDENCE_PAGE,
                  });
                  evidence.push(...next.items);
                  if (next.items.length > 0) draw();
                },
              },
            },
            `Load more (${evidence.length} of ${first.total} claims between these actors read)`,
          )
        : null,
    );
  };
  draw();
  return panel;
}

function facts(a: EdgeAttributes): HTMLElement {
  const counts = Object.entries(a.counts)
    .map(([m, n]) => `${n} ${m}`)
    .join(", ");
  const seen =
    a.firstSeen === null
      ? "undated"
      : a.firstSeen === a.lastSeen
        ? a.firstSeen
        : `${a.firstSeen} to ${a.lastSeen}`;
  return h(
    "p",
    { class: "facts" },
    h("span", { class: `polarity-dot ${a.polarity}` }),
    `${a.polarity} · ${plural(a.count, "claim")} (${counts}) · ${plural(a.docs, "document")} · ${seen}`,
  );
}
