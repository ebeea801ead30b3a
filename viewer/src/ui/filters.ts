// The filter controls: polarity, relation types, modalities, minimum evidence and colour mode; each change is a
// state change, and the controls redraw from the state (so a link or Back sets them too).
import { MODALITIES, POLARITIES, type MetaResponse, type Modality, type Polarity } from "../api.js";
import type { ColourMode, Store, ViewState } from "../state.js";
import { h, relationLabel } from "./dom.js";

const MODALITY_HELP: Record<Modality, string> = {
  asserted: "stated as fact",
  intended: "agreed, planned, ready to",
  negated: "denied: did not, refused",
  hypothetical: "may, could, whether",
};

export interface FiltersPanel {
  element: HTMLElement;
  update(state: ViewState): void;
}

export function filtersPanel(meta: MetaResponse, store: Store): FiltersPanel {
  const polarityBoxes = new Map<Polarity, HTMLInputElement>();
  const relationBoxes = new Map<string, HTMLInputElement>();
  const modalityBoxes = new Map<Modality, HTMLInputElement>();
  const names = meta.relations.map((r) => r.name);

  const setRelations = (): void => {
    const ticked = names.filter((n) => relationBoxes.get(n)!.checked);
    store.set({ relations: ticked.length === names.length ? null : ticked });
  };

  const polarityGroup = (polarity: Polarity): HTMLElement => {
    const box = checkbox(`polarity-${polarity}`, () => {
      const state = store.get();
      const next = box.checked
        ? [...state.polarities, polarity]
        : state.polarities.filter((p) => p !== polarity);
      store.set({ polarities: POLARITIES.filter((p) => next.includes(p)) });
    });
    polarityBoxes.set(polarity, box);
    const relations = meta.relations.filter((r) => r.polarity === polarity);
    return h(
      "fieldset",
      { class: `relations ${polarity}` },
      h(
        "legend",
        {},
        h(
          "label",
          { class: "polarity-toggle" },
          box,
          h("span", { class: `polarity-line ${polarity}`, attrs: { "aria-hidden": "true" } }),
          polarity === "cooperative" ? "Cooperative" : "Hostile",
        ),
      ),
      ...relations.map((r) => {
        const relationBox = checkbox(`relation-${r.name}`, setRelations);
        relationBoxes.set(r.name, relationBox);
        return h("label", { class: "relation" }, relationBox, relationLabel(r.name), r.symmetric ? "" : " →");
      }),
    );
  };

  const modalityGroup = h(
    "fieldset",
    { class: "modalities" },
    h("legend", {}, "Claims"),
    ...MODALITIES.map((m) => {
      const box = checkbox(`modality-${m}`, () => {
        const ticked = MODALITIES.filter((x) => modalityBoxes.get(x)!.checked);
        store.set({ modalities: ticked });
      });
      modalityBoxes.set(m, box);
      return h(
        "label",
        { title: MODALITY_HELP[m] },
        box,
        m,
        h("span", { class: "hint" }, ` ${MODALITY_HELP[m]}`),
      );
    }),
  );

  const minCount = h("input", {
    attrs: {
      type: "number",
      min: 1,
      step: 1,
      value: 1,
      "data-control": "min-count",
      "aria-label": "Minimum claims",
    },
  });
  minCount.addEventListener("change", () => {
    const n = Math.trunc(Number(minCount.value));
    store.set({ minCount: Number.isFinite(n) && n >= 1 ? Math.min(n, 1_000_000) : 1 });
  });

  const colour = h(
    "select",
    {
      attrs: { "data-control": "colour", "aria-label": "Colour actors by" },
      on: { change: () => store.set({ colour: colour.value as ColourMode }) },
    },
    h("option", { attrs: { value: "bloc" } }, "alliance blocs"),
    h("option", { attrs: { value: "camp" } }, "two camps (balance)"),
  );

  const element = h(
    "div",
    { class: "filters" },
    polarityGroup("cooperative"),
    polarityGroup("hostile"),
    h(
      "div",
      { class: "relation-actions" },
      h("button", { on: { click: () => store.set({ relations: null }) } }, "All relations"),
      h("button", { on: { click: () => store.set({ relations: [] }) } }, "None"),
    ),
    modalityGroup,
    h("label", { class: "min-count" }, "At least ", minCount, " claims per edge"),
    h("label", { class: "colour-mode" }, "Colour actors by ", colour),
  );

  return {
    element,
    update(state) {
      for (const [p, box] of polarityBoxes) box.checked = state.polarities.includes(p);
      for (const [name, box] of relationBoxes) {
        const polarity = meta.relations.find((r) => r.name === name)!.polarity;
        box.checked = state.relations === null || state.relations.includes(name);
        box.disabled = !state.polarities.includes(polarity);
      }
      for (const [m, box] of modalityBoxes) box.checked = state.modalities.includes(m);
      if (document.activeElement !== minCount) minCount.value = String(state.minCount);
      colour.value = state.colour;
    },
  };
}

function checkbox(control: string, onChange: () => void): HTMLInputElement {
  return h("input", { attrs: { type: "checkbox", "data-control": control }, on: { change: onChange } });
}
