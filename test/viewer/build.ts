// Builds the viewer as `npm run build` does, into a folder of the test's own, so a test never runs a stale build.
import { build } from "vite";
import { projectPath } from "../../lib/paths.js";

export async function buildViewer(outDir: string): Promise<string> {
  await build({
    configFile: projectPath("viewer", "vite.config.ts"),
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
