// Messages over the graph: loading, empty graph, API down, truncated or very large graph; one at a time for
// the blocking kind, plus a strip of notices that do not block.
import { h, replace } from "./dom.js";

export interface Messages {
  element: HTMLElement;
  /** A message over the graph area; `action` adds a button. */
  show(
    kind: "loading" | "empty" | "error",
    title: string,
    detail?: string,
    action?: { label: string; run(): void },
  ): void;
  hide(): void;
  /** Notices above the graph (truncated answers, large graphs); an empty list clears them. */
  notices(lines: readonly string[]): void;
}

export function messages(): Messages {
  const overlay = h("div", { class: "overlay", attrs: { role: "status", hidden: true } });
  const strip = h("div", { class: "notices", attrs: { role: "status" } });
  return {
    element: h("div", { class: "messages" }, overlay, strip),
    show(kind, title, detail, action) {
      overlay.className = `overlay ${kind}`;
      overlay.dataset.kind = kind;
      replace(
        overlay,
        h("p", { class: "title" }, title),
        detail !== undefined ? h("p", { class: "detail" }, detail) : null,
        action !== undefined ? h("button", { on: { click: action.run } }, action.label) : null,
      );
      overlay.hidden = false;
    },
    hide() {
      overlay.hidden = true;
      delete overlay.dataset.kind;
    },
    notices(lines) {
      strip.replaceChildren(...lines.map((line) => h("p", {}, line)));
    },
  };
}
