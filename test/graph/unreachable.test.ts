// An unreachable database gives one clear error naming the URI, in the API and on the command line.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatabaseUnreachableError } from "../../lib/errors.js";
import { projectPath } from "../../lib/paths.js";
import { openDriver } from "../../graph/driver.js";

const DEAD_URI = "bolt://127.0.0.1:1";
const PASSWORD = "correct-horse-battery-staple";

describe("an unreachable database", () => {
  it("rejects with DatabaseUnreachableError naming the URI and never the password", async () => {
    const config = {
      kind: "remote",
      uri: DEAD_URI,
      user: "neo4j",
      password: PASSWORD,
      database: undefined,
    } as const;
    const error = await openDriver(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect((error as DatabaseUnreachableError).uri).toBe(DEAD_URI);
    expect((error as Error).message).toContain(DEAD_URI);
    expect((error as Error).message).toContain("connection refused");
    expect((error as Error).message).not.toContain(PASSWORD);
  });

  it("makes `kg db check` exit non-zero with one line on stderr", () => {
    const cli = projectPath("bin", "kg.js");
    expect(existsSync(projectPath("dist", "cli", "main.js")), "run `npm run build` before the tests").toBe(
      true,
    );
    const run = spawnSync(process.execPath, [cli, "db", "check"], {
      encoding: "utf8",
      env: { ...process.env, NEO4J_URI: DEAD_URI, NEO4J_USER: "neo4j", NEO4J_PASSWORD: PASSWORD },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual([
      `kg: cannot reach Neo4j at ${DEAD_URI}: ${"connection refused (is the server running on that port?)"}`,
    ]);
    expect(run.stderr).not.toContain(PASSWORD);
  });
});
