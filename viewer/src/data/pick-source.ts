// Which data source this page uses: the data a static export embedded (site-data.js), else kg serve's API.
import type { SiteData } from "../api.js";
import { httpSource } from "./http-source.js";
import type { DataSource } from "./source.js";
import { staticSource } from "./static-source.js";

declare global {
  // Set by site-data.js, a classic script loaded before the app.
  var __KG_SITE__: SiteData | undefined;
}

export function pickSource(): DataSource {
  const site = globalThis.__KG_SITE__;
  return site !== undefined && site !== null && site.kind === "site" ? staticSource(site) : httpSource();
}
