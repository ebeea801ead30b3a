// Vite: the dev server (`npm run dev`) with ./api proxied to kg serve, and the production build (viewer/dist) as
// classic scripts so that a static export works from file://.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type UserConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const project = fileURLToPath(new URL("..", import.meta.url));

/** kg serve's default address; `npm run dev` uses it when it answers, else starts its own kg serve. */
const RUNNING_API = "http://127.0.0.1:5173";
const OWN_API_PORT = Number(process.env.KG_DEV_API_PORT ?? 5175);

/**
 * Module scripts and CORS requests are blocked from file://: the built page loads the bundle as a classic,
 * deferred script and its stylesheet without `crossorigin`.
 */
function classicScripts(): Plugin {
  return {
    name: "kg-classic-scripts",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html) =>
        html
          .replace(/<script type="module" crossorigin src=/g, "<script defer src=")
          .replace(/ crossorigin(?=[ >])/g, ""),
    },
  };
}

/** Starts `kg serve` next to the dev server when no API was given or found, and stops it with the dev server. */
function ownApi(command: string[] | null): Plugin {
  return {
    name: "kg-dev-api",
    apply: "serve",
    configureServer(server) {
      if (command === null) return;
      if (!existsSync(`${project}/dist/cli/main.js`)) {
        server.config.logger.warn(
          "kg: the CLI is not built; run `npm run build` once so `npm run dev` can start kg serve",
        );
        return;
      }
      // Its "Open http://..." line names its own port; the page to open is the dev server's.
      const child: ChildProcess = spawn(process.execPath, command, {
        cwd: project,
        stdio: ["ignore", "ignore", "inherit"],
      });
      server.config.logger.info(`  kg: started kg serve on port ${OWN_API_PORT} for the API`);
      const stop = (): void => void child.kill("SIGTERM");
      server.httpServer?.once("close", stop);
      process.once("exit", stop);
    },
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/meta`, { signal: AbortSignal.timeout(800) });
    return response.ok;
  } catch {
    return false;
  }
}

export default defineConfig(async ({ command }): Promise<UserConfig> => {
  let api = process.env.KG_API_URL;
  let start: string[] | null = null;
  if (command === "serve" && api === undefined) {
    if (await answers(RUNNING_API)) api = RUNNING_API;
    else {
      api = `http://127.0.0.1:${OWN_API_PORT}`;
      // kg serve wants a viewer folder with an index.html; the dev server serves the real page.
      start = ["bin/kg.js", "serve", "--port", String(OWN_API_PORT), "--viewer-dir", root];
    }
  }
  return {
    root,
    base: "./",
    publicDir: "public",
    plugins: [classicScripts(), ownApi(start)],
    // CommonJS files imported by path: pre-bundled up front, so the first page load needs no reload.
    optimizeDeps: {
      include: ["graphology-layout-forceatlas2/defaults.js", "graphology-layout-forceatlas2/helpers.js"],
    },
    server: {
      port: 5174,
      host: "127.0.0.1",
      proxy: api === undefined ? {} : { "/api": { target: api } },
    },
    build: {
      outDir: "dist",
      emptyOutDir: true,
      modulePreload: false,
      cssCodeSplit: false,
      target: "es2022",
      rolldownOptions: { output: { format: "iife" } },
    },
  };
});
