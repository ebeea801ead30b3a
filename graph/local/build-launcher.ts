// Builds the launcher jar with Maven the first time it is needed (or after its sources change).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LauncherError } from "../../lib/errors.js";
import { BUILD_LOG, LAUNCHER_DIR, LAUNCHER_JAR, LAUNCHER_SOURCES, STATE_DIR } from "./files.js";
import { requireMaven } from "./tools.js";

export function launcherIsBuilt(): boolean {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(join(LAUNCHER_DIR, "target", "lib"))) return false;
  const built = statSync(LAUNCHER_JAR).mtimeMs;
  return LAUNCHER_SOURCES.every((source) => statSync(source).mtimeMs <= built);
}

export async function ensureLauncherBuilt(log: (line: string) => void): Promise<void> {
  if (launcherIsBuilt()) return;
  requireMaven();
  log("building the local Neo4j launcher with Maven (first run only)...");
  mkdirSync(STATE_DIR, { recursive: true });
  writeFileSync(BUILD_LOG, "");
  const code = await runMaven(["-B", "-q", "package"]);
  if (code !== 0 || !existsSync(LAUNCHER_JAR)) {
    throw new LauncherError(
      `building the local Neo4j launcher failed (${mavenFailure(BUILD_LOG)}); see ${BUILD_LOG}`,
    );
  }
}

function runMaven(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn("mvn", args, { cwd: LAUNCHER_DIR, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", (error) => reject(new LauncherError(`cannot run Maven: ${error.message}`)));
    child.on("close", (code) => {
      writeFileSync(BUILD_LOG, Buffer.concat(chunks));
      resolve(code ?? 1);
    });
  });
}

/** Maven's first ERROR line (the cause; later ones are advice), else its last line. */
function mavenFailure(file: string): string {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const firstError = lines.find((line) => line.includes("ERROR"));
  return (firstError ?? lines.at(-1) ?? "no output").slice(0, 300);
}
