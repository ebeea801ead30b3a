// The date range and the time slider: the slider moves the end date over the claims' dates, and Play steps it
// from the first date to the last so the network grows as it did.
import type { MetaResponse } from "../api.js";
import type { Store, ViewState } from "../state.js";
import { h } from "./dom.js";

const DAY = 86_400_000;
const PLAY_STEPS = 40;
const PLAY_INTERVAL_MS = 700;

export interface TimeSlider {
  element: HTMLElement;
  update(state: ViewState): void;
  stop(): void;
}

export function timeSlider(meta: MetaResponse, store: Store): TimeSlider {
  const range = meta.dateRange;
  if (range === null) {
    const element = h(
      "fieldset",
      { class: "time" },
      h("legend", {}, "Time"),
      h("p", { class: "note" }, "No claim is dated."),
    );
    return { element, update: () => undefined, stop: () => undefined };
  }
  const first = dayNumber(range.min);
  const last = Math.max(first, dayNumber(range.max));
  const from = dateInput("from", range, (value) => store.set({ from: value }));
  const to = dateInput("to", range, (value) => store.set({ to: value }));
  const slider = h("input", {
    attrs: {
      type: "range",
      min: first,
      max: last,
      step: 1,
      value: last,
      "data-control": "time",
      "aria-label": "Show claims up to",
    },
  });
  const label = h("output", { class: "time-label" });
  const play = h(
    "button",
    { class: "play", attrs: { "data-control": "play", "aria-pressed": "false" } },
    "▶ Play",
  );
  let timer: ReturnType<typeof setInterval> | undefined;

  const stop = (): void => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = "▶ Play";
    play.setAttribute("aria-pressed", "false");
  };
  const start = (): void => {
    const step = Math.max(1, Math.ceil((last - first) / PLAY_STEPS));
    const current = store.get().to;
    let day = current === null || dayNumber(current) >= last ? first : dayNumber(current);
    play.textContent = "❚❚ Pause";
    play.setAttribute("aria-pressed", "true");
    store.set({ to: isoDay(day) });
    timer = setInterval(() => {
      day = Math.min(last, day + step);
      store.set({ to: day >= last ? null : isoDay(day) });
      if (day >= last) stop();
    }, PLAY_INTERVAL_MS);
  };

  slider.addEventListener("input", () => {
    stop();
    const day = Number(slider.value);
    store.set({ to: day >= last ? null : isoDay(day) });
  });
  play.addEventListener("click", () => (timer === undefined ? start() : stop()));

  const element = h(
    "fieldset",
    { class: "time" },
    h("legend", {}, "Time"),
    h("div", { class: "dates" }, h("label", {}, "From ", from), h("label", {}, "To ", to)),
    h("div", { class: "slider" }, slider, play),
    label,
  );
  return {
    element,
    stop,
    update(state) {
      if (document.activeElement !== from) from.value = state.from ?? "";
      if (document.activeElement !== to) to.value = state.to ?? "";
      slider.value = String(state.to === null ? last : Math.min(last, Math.max(first, dayNumber(state.to))));
      label.textContent =
        state.from === null && state.to === null
          ? `All dates (${range.min.slice(0, 10)} to ${range.max.slice(0, 10)})`
          : `Claims from ${state.from ?? range.min.slice(0, 10)} to ${state.to ?? range.max.slice(0, 10)}`;
    },
  };
}

function dateInput(
  name: string,
  range: { min: string; max: string },
  onChange: (value: string | null) => void,
): HTMLInputElement {
  const input = h("input", {
    attrs: { type: "date", min: range.min.slice(0, 10), max: range.max.slice(0, 10), "data-control": name },
  });
  input.addEventListener("change", () =>
    onChange(/^\d{4}-\d{2}-\d{2}$/.test(input.value) ? input.value : null),
  );
  return input;
}

export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY);
}

export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
