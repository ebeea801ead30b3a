// `kg export --site DIR`: the built viewer as static files with the graph and its evidence embedded.
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Driver } from "neo4j-driver";
import { readRelationCatalog, readSiteData } from "../../graph/api/index.js";
import type { GraphQuery, SiteData } from "../../lib/api-contract.js";
import { UsageError, ViewerNotBuiltError } from "../../lib/errors.js";
import { DEFAULT_VIEWER_DIR } from "../app.js";

export const SITE_DATA_FILE = "site-data.js";

export interface SiteExportSummary {
  actors: number;
  edges: number;
  evidence: number;
  /** Size of site-data.js. */
  bytes: number;
}

export interface SiteExportOptions {
  viewerDir?: string;
}

/**
 * Copies the viewer into `dir` (created if needed; files of the same name are replaced, nothing else is
 * removed) and writes `dir/site-data.js`, which the viewer's index.html loads before its app.
 */
export async function exportSite(
  driver: Driver,
  dir: string,
  query: GraphQuery,
  options: SiteExportOptions = {},
): Promise<SiteExportSummary> {
  const viewerDir = resolve(options.viewerDir ?? DEFAULT_VIEWER_DIR);
  const target = resolve(dir);
  if (!existsSync(join(viewerDir, "index.html"))) throw new ViewerNotBuiltError(viewerDir);
  if (target === viewerDir || target.startsWith(`${viewerDir}/`)) {
    throw new UsageError(`--site ${dir}: the export cannot go inside the viewer's build folder`);
  }
  await checkRelations(driver, query.relations);
  const data = await readSiteData(driver, query);
  const script = siteDataScript(data);
  mkdirSync(target, { recursive: true });
  cpSync(viewerDir, target, { recursive: true, force: true });
  writeFileSync(join(target, SITE_DATA_FILE), script);
  return {
    actors: data.graph.nodes.length,
    edges: data.graph.edges.length,
    evidence: data.evidence.length,
    bytes: Buffer.byteLength(script),
  };
}

/** A relation name nobody uses is more likely a typo than a wish for an empty site. */
async function checkRelations(driver: Driver, relations: readonly string[] | undefined): Promise<void> {
  if (relations === undefined) return;
  const known = new Set((await readRelationCatalog(driver)).map((r) => r.name));
  const unknown = relations.find((name) => !known.has(name));
  if (unknown !== undefined) {
    throw new UsageError(
      `--relations: unknown relation ${JSON.stringify(unknown)} (known: ${[...known].join(", ")})`,
    );
  }
}

/**
 * A classic script that sets `globalThis.__KG_SITE__`. Evidence text is untrusted: `<` is escaped so a
 * sentence holding "</script>" or "<!--" cannot end or change the script wherever a host inlines it, and the
 * two line separators JavaScript once refused inside strings are escaped too.
 */
export function siteDataScript(data: SiteData): string {
  const json = JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `globalThis.__KG_SITE__ = ${json};\n`;
}
