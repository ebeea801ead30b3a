// The legend: what every visual means (node colour and size, edge colour, line style, arrows, thickness,
// fading), with the blocs or camps of the current view named by their best-connected members.
import { FADED_POLARITY_COLOURS, POLARITY_COLOURS } from "../render/palette.js";
import type { ColourMode } from "../state.js";
import { h, svg } from "./dom.js";

export interface LegendGroup {
  colour: string;
  label: string;
  count: number;
}

export interface Legend {
  element: HTMLElement;
  update(mode: ColourMode, groups: readonly LegendGroup[], analysed: boolean): void;
}

export function legend(): Legend {
  const groups = h("ul", { class: "legend-groups" });
  const groupTitle = h("h3", {});
  const groupNote = h("p", { class: "note" });
  const element = h(
    "section",
    { class: "legend", attrs: { "aria-label": "Legend" } },
    groupTitle,
    groups,
    groupNote,
    h("h3", {}, "Actors"),
    h("ul", {}, item(sizeIcon(), "size: weighted degree (claims on the drawn edges)")),
    h("h3", {}, "Relations"),
    h(
      "ul",
      {},
      item(
        lineIcon(POLARITY_COLOURS.cooperative, false, false),
        "cooperative (shares intelligence, allies, supports...)",
      ),
      item(
        lineIcon(POLARITY_COLOURS.hostile, true, true),
        "hostile (fights, opposes, threatens, sanctions): dashed",
      ),
      item(lineIcon("#555", false, true), "arrow: directed relation (source acts on target)"),
      item(lineIcon("#555", false, false), "no arrow: mutual relation"),
      item(thicknessIcon(), "thickness: number of claims"),
      item(
        lineIcon(FADED_POLARITY_COLOURS.cooperative, false, false),
        "faded: negated or hypothetical claims (when shown)",
      ),
    ),
  );
  return {
    element,
    update(mode, list, analysed) {
      groupTitle.textContent = mode === "camp" ? "Camps" : "Alliance blocs";
      groups.replaceChildren(
        ...list.map((g) =>
          h(
            "li",
            {},
            swatch(g.colour),
            g.label,
            g.count > 0 ? h("span", { class: "count" }, ` ${g.count}`) : null,
          ),
        ),
      );
      groupNote.textContent =
        mode === "camp"
          ? analysed
            ? "Structural balance by kg analyze: allies share a camp, enemies are across."
            : "Structural balance computed here: allies share a camp, enemies are across (run kg analyze for the stored split)."
          : analysed
            ? "Blocs written by kg analyze."
            : "Communities of the cooperative ties (Louvain, computed here; kg analyze stores blocs).";
    },
  };
}

function item(icon: SVGElement, label: string): HTMLLIElement {
  return h("li", {}, icon, label);
}

function swatch(colour: string): SVGElement {
  return svg(
    "svg",
    { width: 14, height: 14, viewBox: "0 0 14 14", class: "icon" },
    svg("circle", { cx: 7, cy: 7, r: 6, fill: colour }),
  );
}

function sizeIcon(): SVGElement {
  return svg(
    "svg",
    { width: 34, height: 16, viewBox: "0 0 34 16", class: "icon" },
    svg("circle", { cx: 4, cy: 8, r: 3, fill: "#888" }),
    svg("circle", { cx: 14, cy: 8, r: 5, fill: "#888" }),
    svg("circle", { cx: 27, cy: 8, r: 7, fill: "#888" }),
  );
}

function lineIcon(colour: string, dashed: boolean, arrow: boolean): SVGElement {
  return svg(
    "svg",
    { width: 34, height: 14, viewBox: "0 0 34 14", class: "icon" },
    svg("line", {
      x1: 2,
      y1: 7,
      x2: arrow ? 25 : 32,
      y2: 7,
      stroke: colour,
      "stroke-width": 2.5,
      ...(dashed ? { "stroke-dasharray": "5 3" } : {}),
    }),
    ...(arrow ? [svg("path", { d: "M24 2 L33 7 L24 12 Z", fill: colour })] : []),
  );
}

function thicknessIcon(): SVGElement {
  return svg(
    "svg",
    { width: 34, height: 14, viewBox: "0 0 34 14", class: "icon" },
    ...[1, 2.5, 5].map((w, i) =>
      svg("line", { x1: 2 + i * 11, y1: 12, x2: 10 + i * 11, y2: 2, stroke: "#555", "stroke-width": w }),
    ),
  );
}
