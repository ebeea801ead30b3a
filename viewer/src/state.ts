// The view's whole state (filters, selection, camera, colour mode) as one typed object, and a store that
// notifies subscribers of changes: rendering, panels and the URL react to it.
import { DEFAULT_MODALITIES, POLARITIES, type Modality, type Polarity } from "./api.js";

export type ColourMode = "bloc" | "camp";

export type Selection = { kind: "actor"; id: string } | { kind: "edge"; id: string } | null;

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  /** Relation names shown; null: all. */
  relations: string[] | null;
  polarities: Polarity[];
  modalities: Modality[];
  minCount: number;
  /** ISO dates (YYYY-MM-DD), inclusive; null: unbounded. */
  from: string | null;
  to: string | null;
  selection: Selection;
  camera: Camera | null;
  colour: ColourMode;
}

export function defaultState(): ViewState {
  return {
    relations: null,
    polarities: [...POLARITIES],
    modalities: [...DEFAULT_MODALITIES],
    minCount: 1,
    from: null,
    to: null,
    selection: null,
    camera: null,
    colour: "bloc",
  };
}

/** The parts of the state that decide which edges the graph holds (a change means a new graph request). */
export type FilterKey = "relations" | "polarities" | "modalities" | "minCount" | "from" | "to";
export const FILTER_KEYS: readonly FilterKey[] = [
  "relations",
  "polarities",
  "modalities",
  "minCount",
  "from",
  "to",
];

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface Store {
  get(): ViewState;
  set(patch: Partial<ViewState>): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: ViewState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export function filtersChanged(a: ViewState, b: ViewState): boolean {
  return FILTER_KEYS.some((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
