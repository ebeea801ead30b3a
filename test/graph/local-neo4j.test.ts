// The local Neo4j launcher as the tests find it running: status, no second process, the wipe guard.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadConfig, localConfig } from "../../lib/config.js";
import { projectPath } from "../../lib/paths.js";
import { localNeo4jStatus, startLocalNeo4j } from "../../graph/local/local-neo4j.js";
import { javaMajorVersion } from "../../graph/local/tools.js";
import { assertLocalTestInstance } from "./helpers.js";

const local = loadConfig().kind === "local";

function launcherPids(): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("kg-neo4j.jar");
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.runIf(local)("the local Neo4j", () => {
  it("reports running with the pid and URI of the pid file", () => {
    const status = localNeo4jStatus();
    expect(status.kind).toBe("running");
    if (status.kind !== "running") return;
    expect(launcherPids()).toContain(status.pid);
    expect(status.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
  });

  it("does not start a second process when one is running", async () => {
    const before = launcherPids();
    const result = await startLocalNeo4j(localConfig(), () => {});
    expect(result.kind).toBe("already-running");
    expect(launcherPids()).toEqual(before);
  });

  it("`kg neo4j status` and `kg neo4j start` say it is running and exit 0", () => {
    const cli = projectPath("bin", "kg.js");
    const env = { ...process.env, NEO4J_URI: "" };
    const status = spawnSync(process.execPath, [cli, "neo4j", "status"], { encoding: "utf8", env });
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(/^running: pid \d+, bolt:\/\/127\.0\.0\.1:\d+/);
    const start = spawnSync(process.execPath, [cli, "neo4j", "start"], { encoding: "utf8", env });
    expect(start.status).toBe(0);
    expect(start.stdout).toMatch(/^local Neo4j already running: bolt:\/\/127\.0\.0\.1:\d+ \(pid \d+/);
  });

  it("lets the wipe helper run only against the launcher's own 127.0.0.1 instance", () => {
    const status = localNeo4jStatus();
    if (status.kind !== "running") throw new Error("local Neo4j not running");
    const mine = { ...localConfig(), uri: status.uri };
    expect(() => assertLocalTestInstance(mine)).not.toThrow();
    expect(() => assertLocalTestInstance({ ...mine, uri: "bolt://127.0.0.1:1" })).toThrow(/refusing to wipe/);
    const remote = {
      kind: "remote",
      uri: status.uri,
      user: "neo4j",
      password: "",
      database: undefined,
    } as const;
    expect(() => assertLocalTestInstance(remote)).toThrow(/refusing to wipe/);
  });
});

describe("javaMajorVersion", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ["no version here", undefined],
  ])("reads %s as %s", (output, major) => {
    expect(javaMajorVersion(output)).toBe(major);
  });
});
