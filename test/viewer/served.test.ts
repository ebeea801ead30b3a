// The viewer in Chromium against a real `kg serve` on the sample graph (under its Content-Security-Policy): the
// canvas draws actors, search selects, clicking an actor shows its evidence, filters hide edges, the URL
// round-trips the view, the static export shows the same graph from files, and markup in articles stays text.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Driver } from "neo4j-driver";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSiteData } from "../../graph/api/index.js";
import type { EvidencePage } from "../../lib/api-contract.js";
import { exportSite, serve, siteDataScript, type RunningServer } from "../../server/index.js";
import { testDatabase } from "../graph/helpers.js";
import { ingestPaths, removeOwn, tempDir } from "../ingest/helpers.js";
import { ingestSamples } from "../server/helpers.js";
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
import { siteFromEvidence } from "./site-fixture.js";

const PREFIX = "kgtest-viewer-served-";
const MARKUP_ARTICLE = [
  "Border talks",
  'France and Germany agreed to share intelligence on smuggling networks <script>window.__pwned = "script"</script> officials said.',
  "",
  "Norway imposed sanctions on Belarus, the ministry wrote <img src=x onerror=\"window.__pwned = 'img'\"> on Monday.",
  "",
  "Denmark signed a defence alliance with Estonia, see <a href=\"javascript:window.__pwned = 'link'\">the statement</a> for details.",
].join("\n");

const folder = tempDir("viewer-served");
let driver: Driver;
let server: RunningServer;
let browser: Browser;
let viewerDir: string;

beforeAll(async () => {
  ({ driver } = await testDatabase());
  await removeOwn(driver, PREFIX);
  const [dist] = await Promise.all([
    buildViewer(join(folder.dir, "dist")),
    (async () => {
      await ingestSamples(driver, PREFIX, folder);
      await ingestPaths(driver, [folder.write(`${PREFIX}markup.txt`, MARKUP_ARTICLE)]);
    })(),
  ]);
  viewerDir = dist;
  server = await serve({ driver, port: 0, viewerDir });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await removeOwn(driver, PREFIX);
  await driver?.close();
  folder.remove();
});

type CheckedPage = Page & { problems: { errors: string[] } };

async function open(hash = ""): Promise<CheckedPage> {
  const page = await openPage(browser, server.url + hash);
  await waitForViewer(page);
  return page;
}

async function text(page: Page, selector: string): Promise<string> {
  const element = page.locator(selector).first();
  await element.waitFor();
  return (await element.textContent()) ?? "";
}

async function finish(page: CheckedPage, name: string): Promise<void> {
  await screenshot(page, name);
  expect(page.problems.errors).toEqual([]);
  await page.close();
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, server.url));
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const keysOf = (page: Page) =>
  page.evaluate(() =>
    (globalThis as unknown as { __kg: { keys(): { nodes: string[]; edges: string[] } } }).__kg.keys(),
  );

describe("the viewer behind kg serve, on the sample graph", () => {
  it("draws the actors on the canvas", async () => {
    const page = await open();
    const state = await probe(page);
    expect(state.order).toBeGreaterThanOrEqual(5);
    const { nodes } = await keysOf(page);
    expect(nodes).toEqual(expect.arrayContaining(["IRQ", "IRN", "RUS", "USA", "ISLAMIC_STATE"]));
    await stopLayout(page);
    const iraq = await actorOnPage(page, "IRQ");
    const [r, g, b] = await colourAt(page, iraq!);
    expect([r, g, b]).not.toEqual([251, 251, 250]);
    await finish(page, "served-graph");
  });

  it('selects and centres Iran when "Iran" is searched', async () => {
    const page = await open();
    await stopLayout(page);
    await page.fill(".search-input", "Iran");
    await page.waitForSelector('.search-results li[data-id="IRN"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector('.actor-panel[data-actor="IRN"]');
    expect(hashParams(page.url()).get("actor")).toBe("IRN");
    expect(await text(page, ".actor-panel h2")).toBe("Iran");
    // The camera moves to Iran: after the animation it is drawn near the middle of the graph area.
    await page.waitForTimeout(700);
    const iran = await actorOnPage(page, "IRN");
    const box = (await page.locator(".graph").boundingBox())!;
    expect(Math.abs(iran!.x - (box.x + box.width / 2))).toBeLessThan(40);
    expect(Math.abs(iran!.y - (box.y + box.height / 2))).toBeLessThan(40);
    await finish(page, "served-search-iran");
  });

  it("shows the evidence sentence of Iraq's intelligence sharing when Iraq is clicked", async () => {
    const page = await open();
    await stopLayout(page);
    const iraq = await actorOnPage(page, "IRQ");
    await page.mouse.click(iraq!.x, iraq!.y);
    await page.waitForSelector('.actor-panel[data-actor="IRQ"] .evidence');
    const row = '.relation-group[data-relation="shares-intel-with"] .relation-row[data-other="IRN"]';
    const shown = await text(page, `${row} .sentence`);
    const evidence = await api<EvidencePage>("api/pairs/IRQ/IRN/evidence?relations=shares-intel-with");
    expect(evidence.items.map((e) => e.sentence.text)).toContain(shown);
    const marked = await page.locator(`${row} .sentence mark`).allTextContents();
    expect(marked).toEqual(expect.arrayContaining(["Iraq", "Iran"]));
    expect(await text(page, `${row} .source`)).toContain("iraq-intelligence-cell.txt");
    await finish(page, "served-iraq-evidence");
  });

  it("hides cooperative edges when cooperative relations are unticked", async () => {
    const page = await open();
    const before = await probe(page);
    expect(before.polarities.cooperative).toBeGreaterThan(0);
    expect(before.polarities.hostile).toBeGreaterThan(0);
    await page.click('[data-control="polarity-cooperative"]');
    await waitForViewer(page, before.loads + 1);
    const after = await probe(page);
    expect(after.polarities.cooperative).toBe(0);
    expect(after.polarities.hostile).toBeGreaterThan(0);
    expect((await keysOf(page)).edges).toContain("USA|fights|ISLAMIC_STATE|affirmed");
    await finish(page, "served-hostile-only");
  });

  it("reproduces the view from its URL", async () => {
    const page = await open("#modalities=asserted,intended,hypothetical&colour=camp&actor=RUS");
    await page.waitForSelector('.actor-panel[data-actor="RUS"]');
    await stopLayout(page);
    await page.click('[data-control="relation-meets-with"]');
    await waitForViewer(page, 2);
    await page.click('[data-action="copy-link"]');
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).has("camera"));
    const url = page.url();
    const first = await keysOf(page);
    await page.close();

    const again = await openPage(browser, url);
    await waitForViewer(again);
    await again.waitForSelector('.actor-panel[data-actor="RUS"]');
    expect(await again.isChecked('[data-control="modality-hypothetical"]')).toBe(true);
    expect(await again.isChecked('[data-control="relation-meets-with"]')).toBe(false);
    expect(await again.inputValue('[data-control="colour"]')).toBe("camp");
    expect(await keysOf(again)).toEqual(first);
    expect(hashParams(again.url()).get("camera")).toBe(hashParams(url).get("camera"));
    // Hypothetical claims are drawn (faded) when asked for: Russia's possible support of Iraq.
    expect(first.edges).toContain("RUS|supports|IRQ|hypothetical");
    await finish(again, "served-url-round-trip");
  });

  it("renders markup in article text as inert text, under kg serve's Content-Security-Policy", async () => {
    for (const actor of ["FRA", "NOR", "DNK"]) {
      const page = await open(`#actor=${actor}`);
      await page.waitForSelector(`.actor-panel[data-actor="${actor}"] .evidence`);
      const panel = await page.evaluate(() => {
        const root = document.querySelector(".panel")!;
        return {
          text: root.textContent ?? "",
          elements: root.querySelectorAll("script, img, a, iframe, object").length,
          pwned: (globalThis as { __pwned?: string }).__pwned ?? null,
        };
      });
      const markup = { FRA: "<script>", NOR: "<img src=x onerror=", DNK: '<a href="javascript:' }[actor]!;
      expect(panel.text).toContain(markup);
      expect(panel.elements).toBe(0);
      expect(panel.pwned).toBeNull();
      await finish(page, `served-markup-${actor}`);
    }
  });

  it("notices a Content-Security-Policy violation (what every page here is checked for)", async () => {
    const page = await open();
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "globalThis.__inline = 'ran'";
      document.body.append(script);
    });
    await expect.poll(() => page.problems.errors.join("\n")).toMatch(/Content Security Policy|CSP violation/);
    expect(await page.evaluate(() => (globalThis as { __inline?: string }).__inline ?? null)).toBeNull();
    await page.close();
  });

  it("shows the same graph from a static export opened from files", async () => {
    const site = join(folder.dir, "site");
    // Other test files write to the same database: export and load again until both reads saw the same data.
    let served: Awaited<ReturnType<typeof keysOf>> | null = null;
    let exported: Awaited<ReturnType<typeof keysOf>> | null = null;
    for (let attempt = 0; attempt < 3; attempt++) {
      await exportSite(driver, site, {}, { viewerDir });
      const live = await open();
      served = await keysOf(live);
      await finish(live, "served-before-export");
      const page = await openPage(browser, pathToFileURL(join(site, "index.html")).href);
      await waitForViewer(page);
      exported = await keysOf(page);
      expect(await text(page, ".status")).toContain("static export");
      await finish(page, "served-static-export");
      if (JSON.stringify(served) === JSON.stringify(exported)) break;
    }
    expect(exported).toEqual(served);
    expect(exported!.nodes).toContain("IRQ");
    expect(readFileSync(join(site, "site-data.js"), "utf8")).toMatch(/^globalThis\.__KG_SITE__ = /);
  });

  it("draws the sample articles' own graph as a static page, Iraq selected (the README's picture)", async () => {
    const all = await readSiteData(driver);
    // The sample articles under their own names, as `npm start` stores them.
    const mine = all.evidence
      .filter((e) => e.doc.name.startsWith(PREFIX) && !e.doc.name.endsWith("markup.txt"))
      .map((e) => ({ ...e, doc: { ...e.doc, name: e.doc.name.slice(PREFIX.length) } }));
    // As after `npm start`: blocs computed in the browser, not from an analysis of everyone's test data.
    const nodes = all.graph.nodes.map((n) => ({
      ...n,
      bloc: null,
      camp: null,
      pagerank: null,
      betweenness: null,
    }));
    const site = join(folder.dir, "sample-site");
    cpSync(viewerDir, site, { recursive: true });
    writeFileSync(
      join(site, "site-data.js"),
      siteDataScript(siteFromEvidence(all.meta.relations, mine, nodes, all.actors)),
    );
    const page = await openPage(browser, `${pathToFileURL(join(site, "index.html")).href}#actor=IRQ`);
    await waitForViewer(page);
    await page.waitForSelector('.actor-panel[data-actor="IRQ"] .evidence');
    const { nodes: drawn } = await keysOf(page);
    expect(drawn).toEqual(expect.arrayContaining(["IRQ", "IRN", "RUS", "SYR", "USA", "ISLAMIC_STATE"]));
    expect(await page.locator('.relation-row[data-other="IRN"]').count()).toBe(1);
    await page.waitForFunction(
      () => !(globalThis as unknown as { __kg: { layoutRunning: boolean } }).__kg.layoutRunning,
      null,
      {
        timeout: 15_000,
      },
    );
    await finish(page, "sample-graph");
  });
});
