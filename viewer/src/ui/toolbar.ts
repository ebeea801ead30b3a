// The view's buttons: layout start/stop, fit, copy link, copy Cypher, export PNG and SVG.
import { h } from "./dom.js";

export interface ToolbarActions {
  toggleLayout(): void;
  fit(): void;
  copyLink(): void;
  showCypher(): void;
  exportPng(): void;
  exportSvg(): void;
}

export interface Toolbar {
  element: HTMLElement;
  setLayoutRunning(running: boolean): void;
}

export function toolbar(actions: ToolbarActions): Toolbar {
  const layout = button("layout", "Start layout", actions.toggleLayout);
  const element = h(
    "div",
    { class: "buttons" },
    layout,
    button("fit", "Fit", actions.fit),
    button("copy-link", "Copy link", actions.copyLink),
    button("cypher", "Copy Cypher", actions.showCypher),
    button("png", "PNG", actions.exportPng),
    button("svg", "SVG", actions.exportSvg),
  );
  return {
    element,
    setLayoutRunning(running) {
      layout.textContent = running ? "Stop layout" : "Start layout";
      layout.setAttribute("aria-pressed", String(running));
    },
  };
}

function button(action: string, label: string, run: () => void): HTMLButtonElement {
  return h("button", { attrs: { "data-action": action, type: "button" }, on: { click: run } }, label);
}
