// Browser-test helpers: Debian's Chromium driven by playwright-core (never a downloaded browser), pages that fail
// on console errors and Content-Security-Policy violations, screenshots kept as artefacts, and the viewer's probe.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { projectPath } from "../../lib/paths.js";
import type { ViewerProbe } from "../../viewer/src/probe.js";

export const CHROMIUM = "/usr/bin/chromium";
export const ARTIFACTS = projectPath("test", "viewer", "artifacts");
export const VIEWER_DIST = projectPath("viewer", "dist");

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh profile, closed and removed by `close`. */
export async function launch(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "kg-viewer-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 860 },
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What went wrong on a page: uncaught errors, console errors, CSP violations. */
export interface PageProblems {
  errors: string[];
}

// Chromium's software WebGL logs performance hints as console warnings; only errors count.
const IGNORED = [/GPU stall due to ReadPixels/];

/** A new page that records errors and CSP violations (checked with `expectNoProblems`). */
export async function openPage(
  browser: Browser,
  url: string,
  options: { allowErrors?: RegExp[] } = {},
): Promise<Page & { problems: PageProblems }> {
  const page = (await browser.context.newPage()) as Page & { problems: PageProblems };
  const problems: PageProblems = { errors: [] };
  page.problems = problems;
  const allowed = [...IGNORED, ...(options.allowErrors ?? [])];
  const record = (text: string): void => {
    if (!allowed.some((pattern) => pattern.test(text))) problems.errors.push(text);
  };
  page.on("pageerror", (error) => record(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") record(`console error: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  return page;
}

/** The viewer's probe (window.__kg) once the first graph is drawn. */
export async function waitForViewer(page: Page, loads = 1): Promise<void> {
  await page.waitForFunction(
    (n) => ((globalThis as { __kg?: { loads: number } }).__kg?.loads ?? 0) >= n,
    loads,
    {
      timeout: 20_000,
    },
  );
}

/** The probe's plain fields, as read from the page. */
export type Probe = Pick<
  ViewerProbe,
  "ready" | "loads" | "order" | "size" | "polarities" | "layoutRunning" | "lastError" | "firstRenderMs"
>;

export async function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const { ready, loads, order, size, polarities, layoutRunning, lastError, firstRenderMs } = (
      globalThis as unknown as { __kg: Probe }
    ).__kg;
    return { ready, loads, order, size, polarities, layoutRunning, lastError, firstRenderMs };
  });
}

/** Waits until the layout has stopped, so that actors stay where they are clicked. */
export async function stopLayout(page: Page): Promise<void> {
  const running = await page.evaluate(() => (globalThis as unknown as { __kg: Probe }).__kg.layoutRunning);
  if (running) await page.click('[data-action="layout"]');
  await page.waitForFunction(() => !(globalThis as unknown as { __kg: Probe }).__kg.layoutRunning);
}

/** Where an actor is drawn, in page coordinates; null when it is not drawn. */
export async function actorOnPage(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((actor) => {
    const kg = (globalThis as unknown as { __kg: { screen(id: string): { x: number; y: number } | null } })
      .__kg;
    const at = kg.screen(actor);
    const box = document.querySelector(".graph")!.getBoundingClientRect();
    return at === null ? null : { x: box.left + at.x, y: box.top + at.y };
  }, id);
}

/** The drawn colour at a point of the graph area given in page coordinates. */
export async function colourAt(page: Page, point: { x: number; y: number }): Promise<number[]> {
  return page.evaluate(({ x, y }) => {
    const box = document.querySelector(".graph")!.getBoundingClientRect();
    const kg = (globalThis as unknown as { __kg: { colourAt(x: number, y: number): number[] } }).__kg;
    return kg.colourAt(x - box.left, y - box.top);
  }, point);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The state part of the URL (after #) as a map. */
export function hashParams(url: string): URLSearchParams {
  return new URLSearchParams(new URL(url).hash.replace(/^#/, ""));
}
