// Database configuration from NEO4J_* / KG_NEO4J_* in the environment or a .env file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { displayUri, loadConfig, readEnv } from "../../lib/config.js";
import { ConfigError } from "../../lib/errors.js";

const dir = mkdtempSync(join(tmpdir(), "kg-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadConfig", () => {
  it.each([
    ["bolt://db.example.org:7687", "bolt://db.example.org:7687"],
    ["neo4j://cluster.example.org", "neo4j://cluster.example.org"],
    ["neo4j+s://abcd1234.databases.neo4j.io", "neo4j+s://abcd1234.databases.neo4j.io"],
  ])("uses %s unchanged", (uri, expected) => {
    const config = loadConfig({
      NEO4J_URI: uri,
      NEO4J_USER: "reader",
      NEO4J_PASSWORD: "pw",
      NEO4J_DATABASE: "news",
    });
    expect(config).toEqual({
      kind: "remote",
      uri: expected,
      user: "reader",
      password: "pw",
      database: "news",
    });
  });

  it("uses the local Neo4j without NEO4J_URI, on KG_NEO4J_PORT when given", () => {
    expect(loadConfig({})).toMatchObject({ kind: "local", uri: "bolt://127.0.0.1:7687", port: 7687 });
    expect(loadConfig({ KG_NEO4J_PORT: "7700" })).toMatchObject({ uri: "bolt://127.0.0.1:7700", port: 7700 });
  });

  it.each([
    [{ NEO4J_URI: "http://localhost:7474" }, "NEO4J_URI"],
    [{ KG_NEO4J_PORT: "70000" }, "KG_NEO4J_PORT"],
    [{ KG_NEO4J_PORT: "seven" }, "KG_NEO4J_PORT"],
    [{ KG_NEO4J_HEAP: "lots" }, "KG_NEO4J_HEAP"],
  ])("rejects %o naming the setting", (env, setting) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(setting);
  });

  it("reads a .env file in the working directory; the environment wins", () => {
    writeFileSync(
      join(dir, ".env"),
      "NEO4J_URI=bolt://from-file:7687\nNEO4J_USER=fileuser\nNEO4J_PASSWORD=filepw\n",
    );
    const env = readEnv({ NEO4J_USER: "envuser" }, dir);
    expect(loadConfig(env)).toEqual({
      kind: "remote",
      uri: "bolt://from-file:7687",
      user: "envuser",
      password: "filepw",
      database: undefined,
    });
  });

  it("drops credentials from URIs shown in messages", () => {
    expect(displayUri("neo4j+s://alice:s3cret@host.example:7687")).toBe("neo4j+s://host.example:7687");
    expect(displayUri("bolt://127.0.0.1:7687")).toBe("bolt://127.0.0.1:7687");
  });
});
