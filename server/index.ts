// The public API of `kg serve` and the static site export.
export {
  createServer,
  DEFAULT_VIEWER_DIR,
  SERVED_SITE_DATA,
  type LogSink,
  type ServerOptions,
} from "./app.js";
export { serve, DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServeOptions } from "./serve.js";
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, LOOPBACK_HOSTS } from "./security.js";
export {
  exportSite,
  siteDataScript,
  SITE_DATA_FILE,
  type SiteExportOptions,
  type SiteExportSummary,
} from "./site/export-site.js";
