// The search box: autocomplete over actor names and aliases (as the API ranks them), keyboard and mouse;
// choosing an actor hands its id on.
import type { SearchResponse } from "../api.js";
import type { DataSource } from "../data/source.js";
import { h } from "./dom.js";

const DEBOUNCE_MS = 120;
const SUGGESTIONS = 8;

export function searchBox(source: DataSource, onChoose: (id: string, name: string) => void): HTMLElement {
  const input = h("input", {
    class: "search-input",
    attrs: {
      type: "search",
      placeholder: "Search actors (name or alias)",
      "aria-label": "Search actors",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": "search-results",
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = h("ul", {
    class: "search-results",
    attrs: { id: "search-results", role: "listbox", hidden: true },
  });
  let items: SearchResponse["items"] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  // The suggestions shown are for an older text than the input's.
  let stale = false;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const choose = (index: number): void => {
    const item = items[index];
    if (item === undefined) return;
    input.value = item.name;
    close();
    onChoose(item.id, item.name);
  };
  const draw = (): void => {
    list.replaceChildren(
      ...items.map((item, i) =>
        h(
          "li",
          {
            class: i === active ? "active" : "",
            attrs: {
              role: "option",
              id: `search-option-${i}`,
              "aria-selected": i === active,
              "data-id": item.id,
            },
            on: {
              mousedown: (event) => {
                event.preventDefault();
                choose(i);
              },
            },
          },
          h("span", { class: "name" }, item.name),
          item.matched !== null ? h("span", { class: "alias" }, ` (${item.matched})`) : null,
          h("span", { class: "badge" }, item.type),
        ),
      ),
    );
    if (items.length === 0 && input.value.trim() !== "")
      list.replaceChildren(h("li", { class: "none" }, "No actor found"));
    list.hidden = input.value.trim() === "";
    input.setAttribute("aria-expanded", String(!list.hidden));
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const ask = async (): Promise<void> => {
    const q = input.value.trim();
    const ticket = ++asked;
    if (q === "") {
      items = [];
      close();
      return;
    }
    try {
      const answer = await source.search(q.slice(0, 100), SUGGESTIONS);
      if (ticket !== asked) return;
      stale = false;
      items = answer.items;
      active = items.length > 0 ? 0 : -1;
      draw();
    } catch {
      if (ticket === asked) list.replaceChildren(h("li", { class: "none" }, "Search is unavailable"));
    }
  };

  input.addEventListener("input", () => {
    stale = true;
    clearTimeout(timer);
    timer = setTimeout(() => void ask(), DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (items.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      draw();
    } else if (event.key === "Enter") {
      event.preventDefault();
      clearTimeout(timer);
      // Enter before the suggestions arrived: ask now, then take the first.
      if (stale || items.length === 0) void ask().then(() => choose(0));
      else choose(Math.max(0, active));
    } else if (event.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  return h("div", { class: "search" }, input, list);
}
