// `kg serve` as a user runs it (from source, through tsx): prints the URL, serves, stops cleanly on SIGTERM.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MetaResponse } from "../../lib/api-contract.js";
import type { DatabaseConfig } from "../../lib/config.js";
import { projectPath } from "../../lib/paths.js";
import { testDatabase } from "../graph/helpers.js";
import { tempDir } from "../ingest/helpers.js";
import { viewerStub } from "./helpers.js";

const FAKE_PASSWORD = "kgtest-ServeCli-S3cret";
const KG = [process.execPath, "--import", "tsx", projectPath("cli", "main.ts")] as const;

let config: DatabaseConfig;
let viewerDir: string;
const folder = tempDir("server-cli");

beforeAll(async () => {
  const db = await testDatabase();
  config = db.config;
  await db.driver.close();
  viewerDir = viewerStub(folder);
});

afterAll(() => folder.remove());

/** The test database as NEO4J_* settings, with a password that must never be printed. */
function databaseEnv(): { env: NodeJS.ProcessEnv; password: string } {
  const password = config.kind === "remote" && config.password !== "" ? config.password : FAKE_PASSWORD;
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: config.uri, NEO4J_PASSWORD: password };
  if (config.kind === "remote") env.NEO4J_USER = config.user;
  return { env, password };
}

describe("kg serve", () => {
  it("prints the URL, answers the API, and exits 0 on SIGTERM", { timeout: 90_000 }, async () => {
    const { env, password } = databaseEnv();
    const child = spawn(KG[0], [...KG.slice(1), "serve", "--port", "0", "--viewer-dir", viewerDir], {
      env,
      cwd: projectPath(),
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        const found = /Open (http:\/\/127\.0\.0\.1:\d+\/) in a browser/.exec(stdout);
        if (found) resolve(found[1]!);
      });
      child.on("exit", (code) => reject(new Error(`kg serve exited ${code}: ${stderr}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const meta = await fetch(`${url}api/meta`);
    expect(meta.status).toBe(200);
    expect(((await meta.json()) as MetaResponse).source).toBe("neo4j");
    expect((await fetch(url)).status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toContain("SIGTERM");
    expect(`${stdout}${stderr}`).not.toContain(password);
    await expect(fetch(`${url}api/meta`)).rejects.toThrow();
  });

  it.each([
    [["--viewer-dir", join("/nonexistent", "kg-viewer")], 1, "npm run build"],
    [["--port", "70000"], 2, "--port"],
    [["--port", "http"], 2, "--port"],
  ])("%j exits %i with one line naming the problem", { timeout: 60_000 }, (args, status, message) => {
    const run = spawnSync(KG[0], [...KG.slice(1), "serve", ...args], {
      env: databaseEnv().env,
      cwd: projectPath(),
      encoding: "utf8",
      timeout: 50_000,
    });
    expect(run.status).toBe(status);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kg: /);
    expect(lines[0]).toContain(message);
  });
});
