// kg export --site: the viewer copied with site-data.js, which parses back to SiteData with `<` escaped.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeDocuments } from "../../graph/store.js";
import type { SiteData } from "../../lib/api-contract.js";
import { UsageError, ViewerNotBuiltError } from "../../lib/errors.js";
import { exportSite, siteDataScript } from "../../server/index.js";
import { runSiteExport } from "../../cli/commands/export-site.js";
import { documentOf, testDatabase } from "../graph/helpers.js";
import { removeOwn, tempDir } from "../ingest/helpers.js";
import { fixtureActors, viewerStub, writeFixture } from "./helpers.js";

const PREFIX = "kgtest-server-site-";
const ACTORS = "KGSRVSITE_";
const { A, B, C } = fixtureActors(ACTORS);
const HOSTILE = "</script><script>alert(1)</script><!--";
const FIXTURE_YEARS = { from: "1901-01-01", to: "1902-12-31" };

let driver: Driver;
let viewerDir: string;
const folder = tempDir("server-site");

beforeAll(async () => {
  ({ driver } = await testDatabase());
  await removeOwn(driver, PREFIX);
  await writeFixture(driver, PREFIX, ACTORS);
  // A sentence that tries to end the script it is embedded in.
  const doc = documentOf(
    `${PREFIX}hostile.txt`,
    `${PREFIX}doc-hostile`,
    [{ source: A, relation: "opposes", target: C, sentence: 0 }],
    "1901-09-09",
  );
  doc.sentences[0]!.text = `Actor ${A} said ${HOSTILE} about Actor ${C} & co.`;
  await writeDocuments(driver, [doc]);
  viewerDir = viewerStub(folder);
}, 120_000);

afterAll(async () => {
  await removeOwn(driver, PREFIX);
  await driver.close();
  folder.remove();
});

function loadSiteData(script: string): SiteData {
  const sandbox: { __KG_SITE__?: SiteData } = {};
  runInNewContext(script, sandbox);
  return sandbox.__KG_SITE__!;
}

describe("exportSite", () => {
  it("copies the viewer and writes site-data.js with every modality's edges and all their evidence", async () => {
    const out = join(folder.dir, "site");
    const summary = await exportSite(driver, out, FIXTURE_YEARS, { viewerDir });
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("site-data.js");
    expect(existsSync(join(out, "assets", "app.js"))).toBe(true);
    const script = readFileSync(join(out, "site-data.js"), "utf8");
    expect(script.startsWith("globalThis.__KG_SITE__ = {")).toBe(true);
    expect(script.endsWith("};\n")).toBe(true);
    expect(script).not.toContain("<");
    expect(summary.bytes).toBe(statSync(join(out, "site-data.js")).size);

    const data = loadSiteData(script);
    expect(data).toMatchObject({ kind: "site", version: 1, meta: { kind: "meta", source: "static" } });
    const mine = data.graph.edges.filter((e) => e.source.startsWith(ACTORS));
    expect(mine.map((e) => e.id)).toContain(`${A}|fights|${B}|negated`);
    expect(mine.map((e) => e.id)).toContain(`${C}|supports|${B}|hypothetical`);
    expect(summary).toMatchObject({
      edges: data.graph.edges.length,
      actors: data.graph.nodes.length,
      evidence: data.evidence.length,
    });
    // Every claim of every edge, and no other.
    expect(data.evidence.length).toBe(data.graph.edges.reduce((sum, e) => sum + e.count, 0));
    const edgeIds = new Set(data.graph.edges.map((e) => e.id));
    const key = (e: SiteData["evidence"][number]) =>
      `${e.source.id}|${e.relation}|${e.target.id}|${e.modality}`;
    expect(data.evidence.every((e) => edgeIds.has(key(e)))).toBe(true);
    expect(data.actors.map((a) => a.id).sort()).toEqual(data.graph.nodes.map((n) => n.id).sort());
    expect(data.actors.every((a) => Array.isArray(a.aliases))).toBe(true);

    const hostile = data.evidence.find((e) => e.relation === "opposes" && e.source.id === A)!;
    expect(hostile.sentence.text).toBe(`Actor ${A} said ${HOSTILE} about Actor ${C} & co.`);
    expect(hostile.sentence.marks.map(([s, e]) => hostile.sentence.text.slice(s, e))).toEqual([
      `Actor ${A}`,
      `Actor ${C}`,
    ]);
  });

  it("narrows the export with the query: relations and date range", async () => {
    const out = join(folder.dir, "site-narrow");
    const summary = await exportSite(
      driver,
      out,
      { from: "1901-01-01", to: "1901-12-31", relations: ["fights"], modalities: ["asserted"] },
      { viewerDir },
    );
    const data = loadSiteData(readFileSync(join(out, "site-data.js"), "utf8"));
    expect(data.graph.edges.map((e) => e.id)).toEqual([`${A}|fights|${B}|asserted`]);
    expect(summary).toMatchObject({ edges: 1, actors: 2, evidence: 3 });
    // The site's meta describes what the site holds, not the whole database.
    expect(data.meta.counts).toEqual({ actors: 2, documents: 2, sentences: 3, claims: 3 });
    expect(data.meta.dateRange).toEqual({ min: "1901-03-01", max: "1901-06-01" });
    expect(data.meta.relations.map((r) => r.name)).toContain("fights");
  });

  it("an empty selection still gives a working site", async () => {
    const out = join(folder.dir, "site-empty");
    const summary = await exportSite(driver, out, { from: "1700-01-01", to: "1700-01-01" }, { viewerDir });
    expect(summary).toMatchObject({ actors: 0, edges: 0, evidence: 0 });
    const data = loadSiteData(readFileSync(join(out, "site-data.js"), "utf8"));
    expect(data.graph).toEqual({ kind: "graph", nodes: [], edges: [], truncated: false });
  });

  it("needs the built viewer, and refuses to write into it", async () => {
    await expect(
      exportSite(driver, join(folder.dir, "x"), {}, { viewerDir: join(folder.dir, "none") }),
    ).rejects.toThrow(ViewerNotBuiltError);
    await expect(exportSite(driver, join(viewerDir, "site"), {}, { viewerDir })).rejects.toThrow(UsageError);
    await expect(
      exportSite(driver, join(folder.dir, "z"), { relations: ["fights", "fightz"] }, { viewerDir }),
    ).rejects.toThrow(/unknown relation "fightz"/);
    expect(existsSync(join(folder.dir, "z"))).toBe(false);
  });
});

describe("runSiteExport (kg export --site)", () => {
  it("exports through the configured database and prints one summary line", async () => {
    const lines: string[] = [];
    const out = join(folder.dir, "site-cli");
    const summary = await runSiteExport(out, FIXTURE_YEARS, { viewerDir, log: (line) => lines.push(line) });
    expect(summary.edges).toBeGreaterThanOrEqual(6);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`site written to ${out}: ${summary.actors} actors, ${summary.edges} edges`);
    expect(existsSync(join(out, "site-data.js"))).toBe(true);
  });

  it("fails before touching the database when the viewer is not built", async () => {
    await expect(
      runSiteExport(join(folder.dir, "y"), {}, { viewerDir: join(folder.dir, "none") }),
    ).rejects.toThrow(/npm run build/);
  });
});

describe("siteDataScript", () => {
  it("escapes < and the line separators, and still evaluates to the same data", () => {
    const data = { kind: "site", note: "a</script>b<!--c\u2028d\u2029e" } as unknown as SiteData;
    const script = siteDataScript(data);
    expect(script).not.toMatch(/[<\u2028\u2029]/);
    expect(loadSiteData(script)).toEqual(data);
    expect(JSON.parse(script.slice("globalThis.__KG_SITE__ = ".length, -2))).toEqual(data);
  });
});
