// The view state in the URL's fragment, so that a link reproduces the view: only what differs from the default
// is written, and whatever a hand-edited link holds is validated on the way back in.
import { MODALITIES, POLARITIES } from "./api.js";
import { defaultState, type Camera, type ColourMode, type Selection, type ViewState } from "./state.js";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const NAME = /^[a-z][a-z0-9-]{0,63}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function stateToHash(state: ViewState): string {
  const defaults = defaultState();
  const params = new URLSearchParams();
  if (state.relations !== null) params.set("relations", state.relations.join(","));
  if (!sameSet(state.polarities, defaults.polarities)) params.set("polarity", state.polarities.join(","));
  if (!sameSet(state.modalities, defaults.modalities)) params.set("modalities", state.modalities.join(","));
  if (state.minCount !== defaults.minCount) params.set("min", String(state.minCount));
  if (state.from !== null) params.set("from", state.from);
  if (state.to !== null) params.set("to", state.to);
  if (state.selection !== null) params.set(state.selection.kind, state.selection.id);
  if (state.camera !== null) params.set("camera", cameraText(state.camera));
  if (state.colour !== defaults.colour) params.set("colour", state.colour);
  const text = params.toString();
  return text === "" ? "" : `#${text}`;
}

export function hashToState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const state = defaultState();
  const list = (key: string): string[] | null => {
    const value = params.get(key);
    return value === null ? null : value.split(",").filter((item) => item !== "");
  };
  const relations = list("relations");
  if (relations !== null) state.relations = relations.filter((r) => NAME.test(r));
  const polarities = list("polarity");
  if (polarities !== null) state.polarities = only(polarities, POLARITIES);
  const modalities = list("modalities");
  if (modalities !== null) state.modalities = only(modalities, MODALITIES);
  const min = Number(params.get("min"));
  if (Number.isInteger(min) && min >= 1 && min <= 1_000_000) state.minCount = min;
  state.from = day(params.get("from"));
  state.to = day(params.get("to"));
  state.selection = selection(params);
  state.camera = camera(params.get("camera"));
  state.colour = params.get("colour") === "camp" ? "camp" : ("bloc" satisfies ColourMode);
  return state;
}

function selection(params: URLSearchParams): Selection {
  const actor = params.get("actor");
  if (actor !== null && ID.test(actor)) return { kind: "actor", id: actor };
  const edge = params.get("edge");
  if (edge !== null && edge.length <= 300) return { kind: "edge", id: edge };
  return null;
}

function camera(text: string | null): Camera | null {
  if (text === null) return null;
  const [x, y, ratio] = text.split(",").map(Number);
  if ([x, y, ratio].some((n) => n === undefined || !Number.isFinite(n))) return null;
  if (ratio! <= 0 || ratio! > 100) return null;
  return { x: x!, y: y!, ratio: ratio! };
}

function cameraText(camera: Camera): string {
  return [camera.x, camera.y, camera.ratio].map((n) => Number(n.toFixed(4))).join(",");
}

function day(value: string | null): string | null {
  return value !== null && ISO_DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}

function only<T extends string>(items: string[], allowed: readonly T[]): T[] {
  return allowed.filter((a) => items.includes(a));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
