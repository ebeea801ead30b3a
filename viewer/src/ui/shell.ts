// The page's frame: top bar, filter sidebar, graph stage, side panel; the app fills the slots.
import { h } from "./dom.js";

export interface Shell {
  root: HTMLElement;
  search: HTMLElement;
  toolbar: HTMLElement;
  sidebar: HTMLElement;
  stage: HTMLElement;
  graph: HTMLElement;
  tooltip: HTMLElement;
  panel: HTMLElement;
  panelBody: HTMLElement;
  status: HTMLElement;
}

export function shell(onClosePanel: () => void): Shell {
  const search = h("div", { class: "search-slot" });
  const toolbar = h("div", { class: "toolbar", attrs: { role: "toolbar", "aria-label": "View" } });
  const status = h("span", { class: "status", attrs: { "data-role": "status" } });
  const sidebar = h("aside", { class: "sidebar", attrs: { "aria-label": "Filters and legend" } });
  const graph = h("div", { class: "graph", attrs: { id: "graph", "aria-label": "Alliance network" } });
  const tooltip = h("div", { class: "tooltip", attrs: { hidden: true, role: "tooltip" } });
  const stage = h("main", { class: "stage" }, graph, tooltip);
  const panelBody = h("div", { class: "panel-body" });
  const panel = h(
    "aside",
    { class: "panel", attrs: { hidden: true, "aria-label": "Details" } },
    h(
      "button",
      { class: "close", title: "Close (Esc)", attrs: { "aria-label": "Close" }, on: { click: onClosePanel } },
      "×",
    ),
    panelBody,
  );
  const root = h(
    "div",
    { class: "app" },
    h(
      "header",
      { class: "topbar" },
      h("h1", {}, "kg ", h("span", { class: "subtitle" }, "who is allied with whom, and why")),
      search,
      toolbar,
      status,
    ),
    sidebar,
    stage,
    panel,
  );
  return { root, search, toolbar, sidebar, stage, graph, tooltip, panel, panelBody, status };
}
