// `kg export --site DIR`: the viewer as static files with the graph embedded; `kg export` registers the option.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { GraphQuery } from "../../lib/api-contract.js";
import { ViewerNotBuiltError } from "../../lib/errors.js";
import { DEFAULT_VIEWER_DIR, exportSite, type SiteExportSummary } from "../../server/index.js";
import { withDatabase } from "./stats.js";

/** The option, for `kg export`: `.option(...SITE_OPTION)`. */
export const SITE_OPTION = [
  "--site <dir>",
  "write the viewer as static files with the graph and its evidence embedded (no server or database needed)",
] as const;

export interface SiteExportRun {
  viewerDir?: string;
  /** Where the summary line goes; stderr by default. */
  log?: (line: string) => void;
}

/** Checks the viewer build before starting the database, exports, and prints one summary line. */
export async function runSiteExport(
  dir: string,
  query: GraphQuery = {},
  run: SiteExportRun = {},
): Promise<SiteExportSummary> {
  const viewerDir = resolve(run.viewerDir ?? DEFAULT_VIEWER_DIR);
  if (!existsSync(join(viewerDir, "index.html"))) throw new ViewerNotBuiltError(viewerDir);
  const summary = await withDatabase((driver) => exportSite(driver, dir, query, { viewerDir }));
  (run.log ?? console.error)(formatSiteSummary(dir, summary));
  return summary;
}

export function formatSiteSummary(dir: string, s: SiteExportSummary): string {
  const size = s.bytes >= 1e6 ? `${(s.bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(s.bytes / 1e3)} kB`;
  return (
    `kg: site written to ${dir}: ${s.actors} actors, ${s.edges} edges, ${s.evidence} evidence sentences ` +
    `(${size} of data); open ${join(dir, "index.html")} or put the folder on any web host`
  );
}
