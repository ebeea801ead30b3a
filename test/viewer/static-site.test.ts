// The viewer in Chromium on a hand-made static export opened from file://: drawing, search, panels, filters,
// the URL as state, exports, messages, and untrusted evidence text staying inert.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../ingest/helpers.js";
import {
  actorOnPage,
  colourAt,
  hashParams,
  launch,
  openPage,
  probe,
  screenshot,
  stopLayout,
  waitForViewer,
  type Browser,
} from "./browser.js";
import { buildViewer } from "./build.js";
import { siteDataScript, siteFixture, XSS_SENTENCES } from "./site-fixture.js";

const folder = tempDir("viewer-static");
let browser: Browser;
let siteUrl: string;
let bareUrl: string;
const fixture = siteFixture();
const hostileEdges = new Set(
  fixture.graph.edges
    .filter((e) => e.polarity === "hostile" && (e.modality === "asserted" || e.modality === "intended"))
    .map((e) => `${e.source}|${e.relation}|${e.target}`),
).size;

beforeAll(async () => {
  const dist = await buildViewer(join(folder.dir, "dist"));
  const site = join(folder.dir, "site");
  cpSync(dist, site, { recursive: true });
  writeFileSync(join(site, "site-data.js"), siteDataScript(fixture));
  siteUrl = pathToFileURL(join(site, "index.html")).href;
  bareUrl = pathToFileURL(join(dist, "index.html")).href;
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  folder.remove();
});

async function open(hash = ""): Promise<Page & { problems: { errors: string[] } }> {
  const page = await openPage(browser, siteUrl + hash);
  await waitForViewer(page);
  return page;
}

/** The text of the first element matching `selector`, once there is one. */
async function text(page: Page, selector: string): Promise<string> {
  const element = page.locator(selector).first();
  await element.waitFor();
  return (await element.textContent()) ?? "";
}

/** Presses on `at`, moves by `by` in small steps, and releases. */
async function drag(page: Page, at: { x: number; y: number }, by: { x: number; y: number }): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + by.x, at.y + by.y, { steps: 12 });
  await page.mouse.up();
}

async function finish(page: Page & { problems: { errors: string[] } }, name: string): Promise<void> {
  await screenshot(page, name);
  expect(page.problems.errors).toEqual([]);
  await page.close();
}

describe("the viewer on a static export (file://)", () => {
  it("draws every actor and edge of the default view, coloured on the canvas", async () => {
    const page = await open();
    const state = await probe(page);
    expect(state.order).toBe(8);
    // Asserted and intended claims of one relation between two actors are one drawn edge; negated and
    // hypothetical ones are hidden by default.
    expect(state.size).toBe(12);
    expect(state.polarities.hostile).toBe(hostileEdges);
    await stopLayout(page);
    const at = await actorOnPage(page, "RUR");
    expect(at).not.toBeNull();
    const [r, g, b] = await colourAt(page, at!);
    // Not the stage's background (#FBFBFA): a node is drawn there.
    expect([r, g, b]).not.toEqual([251, 251, 250]);
    expect(await page.locator(".legend-groups li").count()).toBe(3);
    await finish(page, "static-graph");
  });

  it("searches by alias with autocomplete, selects and centres the actor", async () => {
    const page = await open();
    await page.fill(".search-input", "strel");
    await page.waitForSelector('.search-results li[data-id="RUR"]');
    expect(await text(page, ".search-results li")).toContain("Ruritania");
    await page.keyboard.press("Enter");
    await page.waitForSelector('.actor-panel[data-actor="RUR"]');
    expect(hashParams(page.url()).get("actor")).toBe("RUR");
    expect(await text(page, ".actor-panel h2")).toBe("Ruritania");
    await finish(page, "static-search");
  });

  it("renders <script>, <img onerror> and javascript: links in evidence as inert text", async () => {
    for (const actor of ["BOR", "SYL"]) {
      const page = await open(`#actor=${actor}`);
      await page.waitForSelector(`.actor-panel[data-actor="${actor}"] .evidence`);
      const panel = await page.evaluate(() => {
        const root = document.querySelector(".panel")!;
        return {
          text: root.textContent ?? "",
          elements: root.querySelectorAll("script, img, a, iframe, object").length,
          marks: root.querySelectorAll("mark").length,
          pwned: (globalThis as { __pwned?: string }).__pwned ?? null,
        };
      });
      const expected = actor === "BOR" ? [XSS_SENTENCES.script, XSS_SENTENCES.img] : [XSS_SENTENCES.link];
      for (const sentence of expected) expect(panel.text).toContain(sentence);
      expect(panel.elements).toBe(0);
      expect(panel.marks).toBeGreaterThan(0);
      expect(panel.pwned).toBeNull();
      await finish(page, `static-xss-${actor}`);
    }
  });

  it("shows an actor's relations by polarity and type, with the names in each sentence marked", async () => {
    const page = await open("#actor=RUR");
    await page.waitForSelector('.actor-panel[data-actor="RUR"] .evidence');
    const row = '.relation-group[data-relation="shares-intel-with"] .relation-row[data-other="BOR"]';
    expect(await text(page, `${row} .relation-head`)).toContain("2 claims (1 asserted, 1 intended)");
    expect(await text(page, `${row} mark`)).toBe("Ruritania");
    expect(await text(page, ".polarity-section.hostile")).toContain("Red Front");
    await finish(page, "static-actor-panel");
  });

  it("opens an edge's evidence from a click on the edge", async () => {
    const page = await open();
    await stopLayout(page);
    const a = await actorOnPage(page, "NORTH_PACT");
    const b = await actorOnPage(page, "RUR");
    const middle = { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
    // A thin edge, picked on a half-resolution buffer: find it by its hover tooltip, then click.
    for (const dy of [0, 1, -1, 2, -2, 3, -3, 4, -4]) {
      await page.mouse.move(middle.x, middle.y + dy);
      if (await page.locator(".tooltip").isVisible()) {
        await page.mouse.click(middle.x, middle.y + dy);
        break;
      }
    }
    await page.waitForSelector(".edge-panel .evidence");
    expect(hashParams(page.url()).get("edge")).toBe("NORTH_PACT|supports|RUR|affirmed");
    expect(await text(page, ".edge-panel .sentence")).toBe(
      "The Northern Pact sent engineers to help Ruritania.",
    );
    await finish(page, "static-edge-click");
  });

  it("moves a dragged actor, and only it: the view does not pan and the drop is not a click", async () => {
    const page = await open();
    await stopLayout(page);
    const from = (await actorOnPage(page, "RUR"))!;
    const still = (await actorOnPage(page, "BOR"))!;
    await drag(page, from, { x: 90, y: -60 });
    const to = (await actorOnPage(page, "RUR"))!;
    expect(Math.abs(to.x - (from.x + 90))).toBeLessThan(4);
    expect(Math.abs(to.y - (from.y - 60))).toBeLessThan(4);
    const after = (await actorOnPage(page, "BOR"))!;
    expect(Math.abs(after.x - still.x)).toBeLessThan(1);
    expect(Math.abs(after.y - still.y)).toBeLessThan(1);
    await page.waitForTimeout(400);
    expect(await page.locator(".actor-panel").count()).toBe(0);
    expect(hashParams(page.url()).get("actor")).toBeNull();
    await finish(page, "static-drag");
  });

  it("stops the layout when an actor is dragged, so that it stays where it is dropped", async () => {
    const page = await open();
    await stopLayout(page);
    await page.click('[data-action="layout"]');
    expect((await probe(page)).layoutRunning).toBe(true);
    const from = (await actorOnPage(page, "SYL"))!;
    await drag(page, from, { x: -70, y: 50 });
    expect((await probe(page)).layoutRunning).toBe(false);
    const dropped = (await actorOnPage(page, "SYL"))!;
    await page.waitForTimeout(600);
    expect(await actorOnPage(page, "SYL")).toEqual(dropped);
    await finish(page, "static-drag-layout");
  });

  it("hides cooperative edges when cooperative relations are unticked, and says so in the URL", async () => {
    const page = await open();
    const before = await probe(page);
    expect(before.polarities.cooperative).toBeGreaterThan(0);
    await page.click('[data-control="polarity-cooperative"]');
    await waitForViewer(page, before.loads + 1);
    const after = await probe(page);
    expect(after.polarities.cooperative).toBe(0);
    expect(after.polarities.hostile).toBe(before.polarities.hostile);
    expect(hashParams(page.url()).get("polarity")).toBe("hostile");
    await finish(page, "static-hostile-only");
  });

  it("keeps actors where they were when a filter removes others", async () => {
    const page = await open();
    await stopLayout(page);
    const position = (id: string) =>
      page.evaluate(
        (actor) =>
          (globalThis as unknown as { __kg: { position(id: string): unknown } }).__kg.position(actor),
        id,
      );
    const before = await position("RUR");
    const loads = (await probe(page)).loads;
    await page.click('[data-control="relation-fights"]');
    await waitForViewer(page, loads + 1);
    expect(await position("RUR")).toEqual(before);
    expect(hashParams(page.url()).get("relations")).not.toContain("fights");
    await page.close();
  });

  it("reproduces the view from its URL: filters, dates, colour mode, selection and camera", async () => {
    const page = await open();
    await stopLayout(page);
    await page.click('[data-control="modality-negated"]');
    await page.fill('[data-control="min-count"]', "1");
    await page.fill('[data-control="from"]', "2015-01-01");
    await page.locator('[data-control="from"]').dispatchEvent("change");
    await page.selectOption('[data-control="colour"]', "camp");
    await page.click('[data-control="relation-meets-with"]');
    await page.fill(".search-input", "Syldavia");
    await page.waitForSelector('.search-results li[data-id="SYL"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector('.actor-panel[data-actor="SYL"]');
    await page.mouse.move(900, 400);
    await page.mouse.wheel(0, -300);
    await page.click('[data-action="copy-link"]');
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).has("camera"));
    const url = page.url();
    const params = hashParams(url);
    expect(params.get("modalities")).toBe("asserted,intended,negated");
    expect(params.get("from")).toBe("2015-01-01");
    expect(params.get("colour")).toBe("camp");
    expect(params.get("actor")).toBe("SYL");
    const first = await probe(page);
    await page.close();

    const again = await openPage(browser, url);
    await waitForViewer(again);
    await again.waitForSelector('.actor-panel[data-actor="SYL"]');
    expect(await again.isChecked('[data-control="modality-negated"]')).toBe(true);
    expect(await again.isChecked('[data-control="relation-meets-with"]')).toBe(false);
    expect(await again.inputValue('[data-control="from"]')).toBe("2015-01-01");
    expect(await again.inputValue('[data-control="colour"]')).toBe("camp");
    const second = await probe(again);
    expect(second.order).toBe(first.order);
    expect(second.size).toBe(first.size);
    const camera = (p: URLSearchParams) => p.get("camera")!.split(",").map(Number);
    const restored = await again.evaluate(() => location.hash);
    expect(camera(hashParams(`file:///x${restored}`))).toEqual(camera(params));
    expect(await text(again, ".legend h3")).toBe("Camps");
    await finish(again, "static-url-round-trip");
  });

  it("colours blocs of cooperation, and the two camps of structural balance when asked", async () => {
    const page = await open();
    const group = (id: string) =>
      page.evaluate(
        (actor) =>
          (globalThis as unknown as { __kg: { group(id: string): number | null } }).__kg.group(actor),
        id,
      );
    // Blocs: Louvain on the cooperative edges (no kg analyze here).
    expect(await group("RUR")).toBe(await group("BOR"));
    expect(await group("SYL")).toBe(await group("FRE"));
    expect(await group("RUR")).not.toBe(await group("SYL"));
    expect(await group("RED_FRONT")).toBeNull();
    await page.selectOption('[data-control="colour"]', "camp");
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get("colour") === "camp");
    // Camps: allies together, enemies across; the Red Front, at war with Ruritania's side, joins the other camp.
    expect(await group("RUR")).toBe(await group("GRF"));
    expect(await group("SYL")).not.toBe(await group("BOR"));
    expect(await group("RED_FRONT")).toBe(await group("SYL"));
    expect(await text(page, ".legend h3")).toBe("Camps");
    expect(await page.locator(".legend-groups li").count()).toBe(2);
    await stopLayout(page);
    await finish(page, "static-camps");
  });

  it("opens a link that names a relation this graph does not have, without it", async () => {
    const page = await open("#relations=fights,no-such-relation");
    const state = await probe(page);
    expect(state.size).toBe(2);
    expect(state.polarities.cooperative).toBe(0);
    expect(hashParams(page.url()).get("relations")).toBe("fights");
    await finish(page, "static-unknown-relation");
  });

  it("steps through time with the slider: fewer edges early on", async () => {
    const page = await open();
    const all = await probe(page);
    await page.locator('[data-control="time"]').evaluate((input: HTMLInputElement) => {
      input.value = String(Number(input.min) + 200);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await waitForViewer(page, all.loads + 1);
    const early = await probe(page);
    expect(early.size).toBeLessThan(all.size);
    expect(early.size).toBeGreaterThan(0);
    expect(hashParams(page.url()).get("to")).toMatch(/^2014-/);
    // Play starts from the first date and moves the end date forward.
    await page.click('[data-control="play"]');
    const start = hashParams(page.url()).get("to")!;
    await page.waitForFunction(
      (first) => (new URLSearchParams(location.hash.slice(1)).get("to") ?? "9") > first,
      start,
    );
    await page.click('[data-control="play"]');
    expect(await page.getAttribute('[data-control="play"]', "aria-pressed")).toBe("false");
    await finish(page, "static-time");
  });

  it("says so when no relation matches, and resets", async () => {
    const page = await open();
    await page.click(".relation-actions button:has-text('None')");
    await page.waitForSelector('.overlay[data-kind="empty"]');
    expect(await text(page, ".overlay .title")).toBe("No relation matches these filters");
    expect(await text(page, '[data-action="layout"]')).toBe("Start layout");
    await screenshot(page, "static-empty");
    await page.click(".overlay button");
    await page.waitForSelector(".overlay", { state: "hidden" });
    expect((await probe(page)).size).toBe(12);
    await finish(page, "static-reset");
  });

  it("exports PNG and SVG and shows the Cypher of the view", async () => {
    const page = await open("#polarity=hostile&min=2");
    await stopLayout(page);
    const [png] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="png"]')]);
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
    expect(pngBytes.length).toBeGreaterThan(2_000);
    const [svgFile] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="svg"]')]);
    const svg = readFileSync((await svgFile.path())!, "utf8");
    expect(svg).toContain("<svg");
    expect(svg).toContain("stroke-dasharray");
    expect(svg).not.toContain("<script");
    await page.click('[data-action="cypher"]');
    const cypher = await page.locator('[data-role="dialog-text"]').textContent();
    expect(cypher).toContain("c.polarity IN ['hostile']");
    expect(cypher).toContain("WHERE claims >= 2");
    await finish(page, "static-cypher");
  });

  it("says the API is down when there is neither embedded data nor a server", async () => {
    const page = await openPage(browser, bareUrl, {
      allowErrors: [/blocked by CORS policy|Failed to load resource|ERR_FILE_NOT_FOUND/],
    });
    await page.waitForSelector('.overlay[data-kind="error"]');
    expect(await text(page, ".overlay .title")).toBe("Cannot reach the kg API");
    expect(await text(page, ".overlay .detail")).toContain("kg serve");
    await finish(page, "static-api-down");
  });
});
