#!/usr/bin/env node
// Viewer benchmark (npm run bench:viewer): synthetic alliance networks (1,000 / 5,000 / 20,000 actors, each the
// source of four edges, in blocs: cooperative ties mostly inside a bloc, hostile ones across) opened as static
// exports in headless Chromium. Prints, per size, medians of:
//   first render   navigation start to the first frame with the graph drawn (data, bundle, blocs, Sigma)
//   layout         while ForceAtlas2 runs (in its worker) and the drawing follows it: the longest main-thread
//                  task, the longest script part of one frame, the longest gap between two frames, and
//                  ForceAtlas2 iterations per second (n/a when the layout stopped by itself within the window)
//   pan            the same while the view is dragged and zoomed (edges hidden during moves above 2,000), and
//                  frames per second
//   heap           JS heap after the layout
// Headless Chromium renders WebGL in software (SwiftShader): frame rates are far below a real GPU's and are for
// comparing versions only. KG_BENCH_SIZES=1000,5000 and KG_BENCH_RUNS=3 change what runs.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { syntheticSite } from "./viewer-graph.mjs";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "viewer", "dist");
const sizes = (process.env.KG_BENCH_SIZES ?? "1000,5000,20000").split(",").map(Number);
const runs = Number(process.env.KG_BENCH_RUNS ?? 3);
const LAYOUT_WINDOW_MS = 4000;
const PAN_MS = 3000;

if (!existsSync(join(dist, "index.html"))) {
  console.error("bench: viewer/dist is missing; run npm run build");
  process.exit(2);
}

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-precise-memory-info",
];

/**
 * Long tasks, long animation frames (split into script and rendering) and frame times, recorded in the page from
 * its start. In headless Chromium the rendering part includes waiting for the software WebGL (SwiftShader) to
 * finish each frame, which a GPU does in parallel.
 */
function recorder() {
  const g = globalThis;
  const { PerformanceObserver } = g;
  g.__bench = { tasks: [], frames: [], loaf: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) g.__bench.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const script = entry.renderStart > 0 ? entry.renderStart - entry.startTime : entry.duration;
      g.__bench.loaf.push([entry.startTime, entry.duration, script]);
    }
  }).observe({ type: "long-animation-frame", buffered: true });
  const frame = (time) => {
    g.__bench.frames.push(time);
    g.requestAnimationFrame(frame);
  };
  g.requestAnimationFrame(frame);
}

function span(bench, from, to) {
  const within = ([start]) => start >= from && start <= to;
  const tasks = bench.tasks.filter(within);
  const loaf = bench.loaf.filter(within);
  const frames = bench.frames.filter((t) => t >= from && t <= to);
  let gap = 0;
  for (let i = 1; i < frames.length; i++) gap = Math.max(gap, frames[i] - frames[i - 1]);
  return {
    task: Math.max(0, ...tasks.map(([, d]) => d)),
    script: Math.max(0, ...loaf.map(([, , script]) => script)),
    gap,
    fps: frames.length > 1 ? ((frames.length - 1) * 1000) / (frames.at(-1) - frames[0]) : 0,
  };
}

async function measure(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(recorder);
  await page.goto(url);
  await page.waitForFunction(() => globalThis.__kg?.firstRenderMs != null, null, { timeout: 120_000 });
  const first = await page.evaluate(() => ({
    firstRender: globalThis.__kg.firstRenderMs,
    order: globalThis.__kg.order,
    size: globalThis.__kg.size,
    running: globalThis.__kg.layoutRunning,
    iterations: globalThis.__kg.layoutIterations(),
    at: performance.now(),
  }));
  await page.waitForTimeout(LAYOUT_WINDOW_MS);
  const layoutEnd = await page.evaluate(() => performance.now());
  const layoutStillRunning = await page.evaluate(() => globalThis.__kg.layoutRunning);
  const iterations = (await page.evaluate(() => globalThis.__kg.layoutIterations())) - first.iterations;
  if (layoutStillRunning) await page.click('[data-action="layout"]');
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? NaN);
  await page.waitForTimeout(300);

  const box = await page.locator(".graph").boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const panStart = await page.evaluate(() => performance.now());
  // Moves and wheel turns until PAN_MS has passed (each waits for the page, which may be busy drawing).
  const deadline = Date.now() + PAN_MS;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; Date.now() < deadline - PAN_MS / 2; i++) {
    await page.mouse.move(cx + Math.sin(i / 5) * 200, cy + Math.cos(i / 5) * 120, { steps: 2 });
    await page.waitForTimeout(50);
  }
  await page.mouse.up();
  for (let i = 0; Date.now() < deadline; i++) {
    await page.mouse.wheel(0, i % 10 < 5 ? -240 : 240);
    await page.waitForTimeout(150);
  }
  const panEnd = await page.evaluate(() => performance.now());
  const bench = await page.evaluate(() => globalThis.__bench);
  await page.close();
  if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
  const layout = span(bench, first.firstRender, layoutEnd);
  const pan = span(bench, panStart, panEnd);
  return {
    firstRender: first.firstRender,
    order: first.order,
    size: first.size,
    layoutRan: first.running,
    layoutTask: layout.task,
    layoutScript: layout.script,
    layoutGap: layout.gap,
    // Per second of the window, or of the layout's own run when it stopped by itself before the window ended.
    layoutRate: layoutStillRunning ? (iterations * 1000) / (layoutEnd - first.at) : NaN,
    panTask: pan.task,
    panScript: pan.script,
    panGap: pan.gap,
    panFps: pan.fps,
    heapMb: heap / 1e6,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

const work = mkdtempSync(join(tmpdir(), "kg-bench-viewer-"));
const profile = join(work, "profile");
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ARGS,
  viewport: { width: 1400, height: 860 },
});
try {
  console.log(`viewer benchmark: ${runs} run(s) per size, medians; software WebGL (SwiftShader)`);
  console.log(
    "actors  drawn nodes/edges  first render  layout: task  script    gap    it/s  pan: task  script    gap    fps   heap",
  );
  for (const actors of sizes) {
    const site = join(work, `site-${actors}`);
    cpSync(dist, site, { recursive: true });
    writeFileSync(
      join(site, "site-data.js"),
      `globalThis.__KG_SITE__ = ${JSON.stringify(syntheticSite(actors))};\n`,
    );
    const url = pathToFileURL(join(site, "index.html")).href;
    const results = [];
    for (let r = 0; r < runs; r++) results.push(await measure(context, url));
    const m = (key) => median(results.map((x) => x[key]));
    console.log(
      [
        String(actors).padStart(6),
        `${m("order")}/${m("size")}`.padStart(17),
        `${fmt(m("firstRender"))} ms`.padStart(12),
        `${fmt(m("layoutTask"))} ms`.padStart(13),
        `${fmt(m("layoutScript"))} ms`.padStart(7),
        `${fmt(m("layoutGap"))} ms`.padStart(8),
        fmt(m("layoutRate"), 1).padStart(6),
        `${fmt(m("panTask"))} ms`.padStart(10),
        `${fmt(m("panScript"))} ms`.padStart(7),
        `${fmt(m("panGap"))} ms`.padStart(8),
        fmt(m("panFps"), 1).padStart(6),
        `${fmt(m("heapMb"))} MB`.padStart(6),
      ].join("  "),
    );
  }
  console.log(
    "task: longest main-thread task (0 when none reached 50 ms), including the wait for software WebGL; " +
      "script: longest script part of a frame; gap: longest time between two frames; it/s: ForceAtlas2 iterations per second",
  );
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
