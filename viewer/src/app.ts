// The viewer: one state, and everything else reacting to it: graph requests on filter changes, colours on the
// colour mode, highlight and side panel on the selection, the URL on every change.
import { MultiDirectedGraph } from "graphology";
import type { GraphQuery, GraphResponse, MetaResponse } from "./api.js";
import { cypherFor } from "./cypher.js";
import { DataError, type DataSource } from "./data/source.js";
import { download, fileStamp } from "./export/download.js";
import { pngOf } from "./export/png.js";
import { svgOf } from "./export/svg.js";
import { analysedGroups, groupSlots, summarise } from "./graph/groups.js";
import type { EdgeAttributes, NodeAttributes, ViewGraph } from "./graph/model.js";
import type { Slots } from "./graph/stable-slots.js";
import { syncGraph } from "./graph/sync.js";
import { createLayout, settleTime, type Layout } from "./layout/layout.js";
import { createRenderer, type Renderer } from "./render/renderer.js";
import { groupColour, namedSlots, slotCount, styleEdges, styleNodes } from "./render/style.js";
import { connectProbe, newProbe, recordLoad, type ViewerProbe } from "./probe.js";
import { seededRandom } from "./random.js";
import { createStore, filtersChanged, type Store, type ViewState } from "./state.js";
import { actorPanel } from "./ui/actor-panel.js";
import { copyText, showTextDialog, toast } from "./ui/dialog.js";
import { h, plural } from "./ui/dom.js";
import { edgePanel } from "./ui/edge-panel.js";
import { filtersPanel, type FiltersPanel } from "./ui/filters.js";
import { showGraphStatus } from "./ui/graph-status.js";
import { legend, type Legend } from "./ui/legend.js";
import { messages, type Messages } from "./ui/messages.js";
import type { PanelContext } from "./ui/panel-context.js";
import { searchBox } from "./ui/search-box.js";
import { shell, type Shell } from "./ui/shell.js";
import { timeSlider, type TimeSlider } from "./ui/time-slider.js";
import { toolbar, type Toolbar } from "./ui/toolbar.js";
import { showEdgeTooltip } from "./ui/tooltip.js";
import { hashToState, stateToHash } from "./url-state.js";

const FILTER_DEBOUNCE_MS = 150;
const CAMERA_DEBOUNCE_MS = 300;
/** A filter change that adds actors runs the layout this long, so that they settle among the others. */
const RESETTLE_MS = 1_500;

export async function startApp(container: HTMLElement, source: DataSource): Promise<void> {
  const probe = newProbe();
  const store = createStore(hashToState(location.hash));
  const frame = shell(() => store.set({ selection: null }));
  const notes = messages();
  frame.stage.appendChild(notes.element);
  container.replaceChildren(frame.root);
  notes.show("loading", "Loading the graph...");

  let meta: MetaResponse;
  try {
    meta = await source.meta();
  } catch (error) {
    probe.lastError = describe(error);
    notes.show("error", "Cannot reach the kg API", apiDownDetail(error), {
      label: "Retry",
      run: () => location.reload(),
    });
    return;
  }
  new Viewer(source, meta, store, frame, notes, probe).start();
}

function apiDownDetail(error: unknown): string {
  if (error instanceof DataError && error.reason === "unreachable") {
    return "Start the server with `npx kg serve` (or check that it is still running), then retry.";
  }
  return describe(error);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

class Viewer {
  private readonly graph: ViewGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly random = seededRandom();
  private readonly renderer: Renderer;
  private readonly filters: FiltersPanel;
  private readonly time: TimeSlider;
  private readonly legend: Legend;
  private readonly toolbar: Toolbar;
  private layout: Layout | null = null;
  private slots: Slots = new Map();
  private request: AbortController | null = null;
  private filterTimer: ReturnType<typeof setTimeout> | undefined;
  private cameraTimer: ReturnType<typeof setTimeout> | undefined;
  private panelTicket = 0;
  private loaded = false;

  constructor(
    private readonly source: DataSource,
    private readonly meta: MetaResponse,
    private readonly store: Store,
    private readonly frame: Shell,
    private readonly notes: Messages,
    private readonly probe: ViewerProbe,
  ) {
    this.renderer = createRenderer(this.graph, frame.graph, {
      clickNode: (id) => this.store.set({ selection: { kind: "actor", id } }),
      clickEdge: (key) => this.store.set({ selection: { kind: "edge", id: key } }),
      clickStage: () => this.store.set({ selection: null }),
      hoverEdge: (key, x, y) => showEdgeTooltip(this.frame.tooltip, this.graph, key, x, y),
      camera: (state) => this.cameraMoved(state),
      dragStarted: () => this.layout?.stop(),
    });
    connectProbe(probe, this.graph, this.renderer.sigma, () => this.slots);
    probe.layoutIterations = () => this.layout?.iterations() ?? 0;
    this.filters = filtersPanel(meta, store);
    this.time = timeSlider(meta, store);
    this.legend = legend();
    this.toolbar = toolbar({
      toggleLayout: () => this.toggleLayout(),
      fit: () => void this.renderer.sigma.getCamera().animatedReset({ duration: 300 }),
      copyLink: () => void this.copyLink(),
      showCypher: () => void this.showCypher(),
      exportPng: () => void this.exportPng(),
      exportSvg: () => download(svgOf(this.renderer.sigma), `kg-view-${fileStamp()}.svg`),
    });
  }

  start(): void {
    const { frame, meta } = this;
    frame.search.appendChild(searchBox(this.source, (id) => this.chooseActor(id)));
    frame.toolbar.appendChild(this.toolbar.element);
    frame.sidebar.append(
      h("h2", {}, "Filters"),
      this.filters.element,
      this.time.element,
      this.legend.element,
    );
    frame.status.textContent =
      `${plural(meta.counts.actors, "actor")} · ${plural(meta.counts.claims, "claim")} · ` +
      `${plural(meta.counts.documents, "document")}${meta.source === "static" ? " · static export" : ""}`;
    this.store.subscribe((state, previous) => this.changed(state, previous));
    window.addEventListener("hashchange", () => this.store.set(this.known(hashToState(location.hash))));
    this.store.set(this.known(this.store.get()));
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !(event.target instanceof HTMLInputElement))
        this.store.set({ selection: null });
    });
    const state = this.store.get();
    this.filters.update(state);
    this.time.update(state);
    void this.load();
  }

  /** A link may name relations this graph does not have (an older link, another database): they are dropped. */
  private known(state: ViewState): ViewState {
    if (state.relations === null) return state;
    const names = new Set(this.meta.relations.map((r) => r.name));
    return { ...state, relations: state.relations.filter((name) => names.has(name)) };
  }

  private changed(state: ViewState, previous: ViewState): void {
    this.filters.update(state);
    this.time.update(state);
    this.writeUrl(state);
    if (filtersChanged(state, previous)) {
      clearTimeout(this.filterTimer);
      this.filterTimer = setTimeout(() => void this.load(), FILTER_DEBOUNCE_MS);
    }
    if (state.colour !== previous.colour) this.recolour();
    if (JSON.stringify(state.selection) !== JSON.stringify(previous.selection)) this.selectionChanged();
    if (state.camera !== null && state.camera !== previous.camera && !this.cameraIsAt(state.camera)) {
      this.renderer.setCamera(state.camera);
    }
  }

  private writeUrl(state: ViewState): void {
    const hash = stateToHash(state);
    if (hash !== location.hash && !(hash === "" && location.hash === "")) {
      history.replaceState(null, "", hash === "" ? location.pathname + location.search : hash);
    }
  }

  private async load(): Promise<void> {
    this.request?.abort();
    const controller = new AbortController();
    this.request = controller;
    const state = this.store.get();
    let response: GraphResponse;
    try {
      response = hasNoEdges(state)
        ? { kind: "graph", nodes: [], edges: [], truncated: false }
        : await this.source.graph(queryOf(state), controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.probe.lastError = describe(error);
      this.notes.show("error", "Cannot load the graph", apiDownDetail(error), {
        label: "Retry",
        run: () => void this.load(),
      });
      return;
    }
    if (controller.signal.aborted) return;
    this.apply(response);
  }

  private apply(response: GraphResponse): void {
    const wasRunning = this.layout?.isRunning() ?? false;
    const wasEmpty = this.graph.order === 0;
    this.layout?.kill();
    if (wasRunning) this.layoutChanged(false);
    const change = syncGraph(this.graph, response, this.random);
    this.restyle();
    const willRun = this.graph.order > 0 && (!this.loaded || change.addedNodes > 0 || wasRunning);
    // Before the first frame: a large graph whose layout is about to run is drawn without its edges.
    this.renderer.setLayoutRunning(willRun);
    this.renderer.graphChanged();
    this.layout = createLayout(this.graph, (running) => this.layoutChanged(running));
    if (!this.loaded) this.firstLoad();
    else if (willRun) this.layout.runFor(wasRunning || wasEmpty ? settleTime(this.graph.order) : RESETTLE_MS);
    else this.layoutChanged(false);
    showGraphStatus(this.notes, this.graph, response, this.meta, () => this.resetFilters());
    recordLoad(this.probe, this.graph);
  }

  private layoutChanged(running: boolean): void {
    this.toolbar.setLayoutRunning(running);
    this.renderer.setLayoutRunning(running);
    this.probe.layoutRunning = running;
  }

  private firstLoad(): void {
    this.loaded = true;
    const state = this.store.get();
    this.layout?.runFor(settleTime(this.graph.order));
    if (state.camera !== null) this.renderer.setCamera(state.camera);
    this.selectionChanged();
    // From navigation start (site data, bundle and all) to the first frame with the graph drawn.
    requestAnimationFrame(() => {
      this.probe.firstRenderMs = performance.now();
    });
  }

  private restyle(): void {
    const mode = this.store.get().colour;
    this.slots = groupSlots(this.graph, mode, this.slots, slotCount(mode), this.random);
    styleNodes(this.graph, this.slots, mode);
    styleEdges(this.graph);
    const groups = summarise(this.graph, this.slots, mode, namedSlots(mode)).map((g) => ({
      colour: groupColour(g.slot, mode),
      label: g.label,
      count: g.count,
    }));
    this.legend.update(mode, groups, analysedGroups(this.graph, mode));
  }

  private recolour(): void {
    // Slots of the other mode mean nothing here: start afresh.
    this.slots = new Map();
    this.restyle();
    this.renderer.graphChanged();
  }

  private resetFilters(): void {
    this.time.stop();
    this.store.set({
      relations: null,
      polarities: ["cooperative", "hostile"],
      modalities: ["asserted", "intended"],
      minCount: 1,
      from: null,
      to: null,
    });
  }

  private selectionChanged(): void {
    const { selection } = this.store.get();
    this.renderer.setSelection(selection);
    const ticket = ++this.panelTicket;
    this.showPanel(selection !== null);
    if (selection === null) {
      this.frame.panelBody.replaceChildren();
      return;
    }
    this.frame.panelBody.replaceChildren(h("p", { class: "note" }, "Loading..."));
    const isCurrent = (): boolean => ticket === this.panelTicket;
    const ctx = this.panelContext();
    const pending =
      selection.kind === "actor"
        ? actorPanel(ctx, selection.id, isCurrent)
        : edgePanel(
            ctx,
            selection.id,
            this.graph.hasEdge(selection.id) ? this.graph.getEdgeAttributes(selection.id) : null,
            (id) => (this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, "label") : id),
            isCurrent,
          );
    pending.then(
      (panel) => {
        if (panel !== null && isCurrent()) this.frame.panelBody.replaceChildren(panel);
      },
      (error: unknown) => {
        if (!isCurrent()) return;
        const missing = error instanceof DataError && error.reason === "not-found";
        this.frame.panelBody.replaceChildren(
          h("p", { class: "note error" }, missing ? "No such actor in the graph." : describe(error)),
        );
      },
    );
  }

  private showPanel(open: boolean): void {
    if (this.frame.panel.hidden === !open) return;
    this.frame.panel.hidden = !open;
    this.renderer.resize();
  }

  private panelContext(): PanelContext {
    return {
      source: this.source,
      meta: this.meta,
      state: () => this.store.get(),
      selectActor: (id) => this.chooseActor(id),
      isDrawn: (id) => this.graph.hasNode(id),
      groupOf: (id) => {
        if (!this.graph.hasNode(id)) return null;
        const mode = this.store.get().colour;
        const slot = this.slots.get(id) ?? null;
        const summary = summarise(this.graph, this.slots, mode, namedSlots(mode)).find(
          (g) => g.slot === slot,
        );
        const label = summary?.label ?? (mode === "camp" ? "" : "One of the smaller blocs");
        return { colour: groupColour(slot, mode), label };
      },
    };
  }

  private chooseActor(id: string): void {
    this.store.set({ selection: { kind: "actor", id } });
    this.renderer.focusNode(id);
  }

  private cameraMoved(camera: { x: number; y: number; ratio: number }): void {
    clearTimeout(this.cameraTimer);
    this.cameraTimer = setTimeout(() => {
      const { x, y, ratio } = camera;
      this.store.set({ camera: { x, y, ratio } });
    }, CAMERA_DEBOUNCE_MS);
  }

  private cameraIsAt(target: { x: number; y: number; ratio: number }): boolean {
    const now = this.renderer.sigma.getCamera().getState();
    return (
      Math.abs(now.x - target.x) < 1e-4 &&
      Math.abs(now.y - target.y) < 1e-4 &&
      Math.abs(now.ratio - target.ratio) < 1e-4
    );
  }

  private toggleLayout(): void {
    if (this.layout === null) return;
    if (this.layout.isRunning()) this.layout.stop();
    else this.layout.start();
  }

  private async copyLink(): Promise<void> {
    clearTimeout(this.cameraTimer);
    const { x, y, ratio } = this.renderer.sigma.getCamera().getState();
    this.store.set({ camera: { x, y, ratio } });
    toast(
      (await copyText(location.href))
        ? "Link copied: it reopens this view."
        : `Copy this link: ${location.href}`,
    );
  }

  private async showCypher(): Promise<void> {
    const text = cypherFor(this.store.get(), this.meta.relations);
    showTextDialog("Cypher for this view", text, await copyText(text));
  }

  private async exportPng(): Promise<void> {
    download(await pngOf(this.renderer.sigma), `kg-view-${fileStamp()}.png`);
  }
}

function hasNoEdges(state: ViewState): boolean {
  return (
    state.polarities.length === 0 ||
    state.modalities.length === 0 ||
    (state.relations !== null && state.relations.length === 0)
  );
}

export function queryOf(state: ViewState): GraphQuery {
  return {
    ...(state.relations !== null ? { relations: state.relations } : {}),
    ...(state.polarities.length === 1 ? { polarity: state.polarities[0]! } : {}),
    modalities: state.modalities,
    ...(state.minCount > 1 ? { minCount: state.minCount } : {}),
    ...(state.from !== null ? { from: state.from } : {}),
    ...(state.to !== null ? { to: state.to } : {}),
  };
}
