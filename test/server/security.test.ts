// What issue #7 asks of kg serve: read-only, loopback, bounded parameters, 4xx ApiErrors, headers, no secrets.
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDriver } from "../../graph/driver.js";
import type { ApiError, SearchResponse } from "../../lib/api-contract.js";
import type { DatabaseConfig } from "../../lib/config.js";
import { CONTENT_SECURITY_POLICY, createServer, serve, SERVED_SITE_DATA } from "../../server/index.js";
import { testDatabase } from "../graph/helpers.js";
import { ownCounts, removeOwn, tempDir } from "../ingest/helpers.js";
import { expectApiError, fixtureActors, get, viewerStub, writeFixture } from "./helpers.js";

const PREFIX = "kgtest-server-sec-";
const ACTORS = "KGSRVSEC_";
const { A, B } = fixtureActors(ACTORS);
const FAKE_PASSWORD = "kgtest-Serve-S3cret-pw";

let driver: Driver;
let config: DatabaseConfig;
let app: FastifyInstance;
let viewerDir: string;
const folder = tempDir("server-sec");

beforeAll(async () => {
  ({ driver, config } = await testDatabase());
  await removeOwn(driver, PREFIX);
  await writeFixture(driver, PREFIX, ACTORS);
  viewerDir = viewerStub(folder);
  app = createServer({ driver, viewerDir });
  await app.ready();
}, 120_000);

afterAll(async () => {
  await app?.close();
  await removeOwn(driver, PREFIX);
  await driver.close();
  folder.remove();
});

const many = (n: number): string => Array.from({ length: n }, () => "fights").join(",");

describe("malformed parameters are a 400 ApiError naming the problem, never a stack trace", () => {
  it.each([
    ["/api/graph?minCount=abc", "minCount"],
    ["/api/graph?minCount=0", "minCount"],
    ["/api/graph?minCount=1000001", "minCount"],
    ["/api/graph?minCount=1.5", "minCount"],
    ["/api/graph?minCount=-1", "minCount"],
    ["/api/graph?limit=0", "limit"],
    ["/api/graph?limit=ten", "limit"],
    ["/api/graph?relations=bogus", '"bogus"'],
    ["/api/graph?relations=fights,shares-intel", '"shares-intel"'],
    [`/api/graph?relations=${many(33)}`, "at most 32"],
    ["/api/graph?modalities=certain", '"certain"'],
    ["/api/graph?polarity=friendly", "polarity"],
    ["/api/graph?from=2015-13-01", "from"],
    ["/api/graph?from=2015-02-30", "from"],
    ["/api/graph?to=yesterday", "to"],
    ["/api/graph?from=2016-01-01&to=2015-12-31", "after"],
    ["/api/graph?nodes=all", '"nodes"'],
    ["/api/meta?verbose=1", '"verbose"'],
    [`/api/actors/${A}?relations=fights`, '"relations"'],
    [`/api/actors/${A}/evidence?skip=-1`, "skip"],
    [`/api/actors/${A}/evidence?skip=1000001`, "skip"],
    [`/api/actors/${A}/evidence?limit=0`, "limit"],
    [`/api/actors/${A}/evidence?modalities=asserted,maybe`, '"maybe"'],
    [`/api/pairs/${A}/${B}/evidence?relations=${many(40)}`, "at most 32"],
    ["/api/search", "q"],
    ["/api/search?q=", "q"],
    ["/api/search?q=%20%20", "q"],
    [`/api/search?q=${"x".repeat(101)}`, "q"],
    ["/api/search?q=ira&limit=0", "limit"],
    [`/api/actors/${"X".repeat(65)}`, "id"],
    ["/api/actors/IR%20Q", "id"],
    [`/api/pairs/${A}/B%2FC/evidence`, "b"],
  ])("%s", async (url, named) => {
    const error = expectApiError(await get(app, url), 400);
    expect(error.message).toContain(named);
  });

  it("a path with broken percent-encoding (in a query string it is taken as text)", async () => {
    expectApiError(await get(app, "/api/actors/%zz"), 400);
    expectApiError(await get(app, "/api/pairs/%E0%A4%A/IRQ/evidence"), 400);
    expect((await get<SearchResponse>(app, "/api/search?q=%E0%A4%A")).json.items).toEqual([]);
  });
});

describe("routes", () => {
  it.each(["/api/nope", "/api", "/api/actors", `/api/actors/${A}/evidence/more`, "/nothing-here.html"])(
    "%s is a 404 ApiError",
    async (url) => {
      expectApiError(await get(app, url), 404);
    },
  );

  it.each([
    ["POST", "/api/meta"],
    ["PUT", "/api/graph"],
    ["DELETE", `/api/actors/${A}`],
    ["PATCH", "/api/search?q=ira"],
    ["OPTIONS", "/api/meta"],
    ["POST", "/"],
    ["POST", "/api/nope"],
  ])("%s %s is a 405 ApiError: nothing writes", async (method, url) => {
    const answer = await get(app, url, method);
    expectApiError(answer, 405);
    expect(answer.headers.allow).toBe("GET, HEAD");
  });

  it("refuses a POST with a body before reading it", async () => {
    const answer = await app.inject({
      method: "POST",
      url: "/api/graph",
      payload: { query: "MATCH (n) DETACH DELETE n" },
    });
    expect(answer.statusCode).toBe(405);
  });

  it("answers HEAD like GET, without a body", async () => {
    const answer = await app.inject({ method: "HEAD", url: "/api/meta" });
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toBe("");
  });

  it("serves the viewer's files and an empty site-data.js, nothing outside the build", async () => {
    const index = await get(app, "/");
    expect(index.status).toBe(200);
    expect(index.body).toContain('<script src="./site-data.js">');
    expect((await get(app, "/assets/app.js")).body).toContain("viewer stub");
    const data = await get(app, "/site-data.js");
    expect(data.body).toBe(SERVED_SITE_DATA);
    expect(String(data.headers["content-type"])).toMatch(/^text\/javascript/);
    for (const url of ["/../package.json", "/%2e%2e/package.json", "/assets/..%2f..%2f..%2fpackage.json"]) {
      const answer = await get(app, url);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.body).not.toContain('"dependencies"');
    }
  });
});

describe("headers", () => {
  it.each(["/api/meta", "/", "/site-data.js", "/api/nope", "/api/graph?minCount=0"])("%s", async (url) => {
    const { headers } = await get(app, url);
    const csp = String(headers["content-security-policy"]);
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"));
    expect(scriptSrc?.trim()).toBe("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    if (url.startsWith("/api")) expect(headers["cache-control"]).toBe("no-store");
  });
});

describe("binding and Host names", () => {
  it("listens on 127.0.0.1 by default and answers there", async () => {
    const server = await serve({ driver, port: 0, viewerDir });
    try {
      expect(server.host).toBe("127.0.0.1");
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
      const response = await fetch(`${server.url}api/actors/${A}`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { actor: { id: string } }).actor.id).toBe(A);
    } finally {
      await server.close();
    }
  });

  it("answers a loopback server only under loopback Host names (no DNS rebinding)", async () => {
    const request = (host: string) => app.inject({ method: "GET", url: "/api/meta", headers: { host } });
    for (const host of ["localhost:5173", "127.0.0.1:5173", "[::1]:5173", "LOCALHOST"]) {
      expect((await request(host)).statusCode).toBe(200);
    }
    for (const host of ["evil.example:5173", "127.0.0.1.evil.example", "localhost.evil.example"]) {
      const answer = await request(host);
      expect(answer.statusCode).toBe(403);
      expect((answer.json() as ApiError).kind).toBe("error");
    }
    const open = createServer({ driver, viewerDir, allowedHosts: "any" });
    try {
      expect((await open.inject({ url: "/api/meta", headers: { host: "kg.example.org" } })).statusCode).toBe(
        200,
      );
    } finally {
      await open.close();
    }
  });
});

describe("injection", () => {
  it("Cypher in ids, search text and filters is refused or matched as plain text; the store is unchanged", async () => {
    const before = await ownCounts(driver, PREFIX);
    const attacks = [
      `/api/actors/${encodeURIComponent(`${A}'}) DETACH DELETE a //`)}`,
      `/api/pairs/${A}/${encodeURIComponent("x' OR 1=1 //")}/evidence`,
      `/api/graph?relations=${encodeURIComponent("fights`]->() DETACH DELETE n //")}`,
      `/api/graph?from=${encodeURIComponent("1901-01-01' OR '1'='1")}`,
      `/api/graph?polarity=${encodeURIComponent("hostile' OR true //")}`,
    ];
    for (const url of attacks) expectApiError(await get(app, url), 400);
    for (const q of [
      "') MATCH (n) DETACH DELETE n //",
      `${ACTORS}' OR 1=1 //`,
      '"}) RETURN 1 UNION MATCH (n) RETURN n',
    ]) {
      const answer = await get<SearchResponse>(app, `/api/search?q=${encodeURIComponent(q)}`);
      expect(answer.status).toBe(200);
      expect(answer.json.items).toEqual([]);
    }
    expect(await ownCounts(driver, PREFIX)).toEqual(before);
    expect((await get(app, `/api/actors/${A}`)).status).toBe(200);
  });
});

describe("credentials", () => {
  it("the database password appears in no answer and no log line, even when the database fails", async () => {
    const lines: string[] = [];
    const secret: DatabaseConfig = {
      kind: "remote",
      uri: config.uri,
      user: config.kind === "remote" ? config.user : "neo4j",
      password: config.kind === "remote" && config.password !== "" ? config.password : FAKE_PASSWORD,
      database: config.database,
    };
    const secretDriver = await openDriver(secret);
    const logged = createServer({
      driver: secretDriver,
      viewerDir,
      logger: { write: (line) => void lines.push(line) },
    });
    const urls = [
      "/api/meta",
      "/api/graph",
      `/api/actors/${A}`,
      `/api/actors/${A}/evidence`,
      `/api/pairs/${A}/${B}/evidence`,
      "/api/search?q=ira",
      "/api/graph?minCount=zero",
      "/api/nope",
      "/site-data.js",
      "/",
    ];
    const answers = [];
    try {
      for (const url of urls) answers.push(await logged.inject({ url }));
      answers.push(
        await logged.inject({ method: "POST", url: "/api/meta", payload: { password: secret.password } }),
      );
      answers.push(await logged.inject({ url: "/api/meta", headers: { host: "evil.example" } }));
      await secretDriver.close();
      // The database gone: a 5xx ApiError with a fixed message, the cause in the log only.
      const failed = await logged.inject({ url: "/api/graph" });
      answers.push(failed);
      expect(failed.statusCode).toBeGreaterThanOrEqual(500);
      expect(failed.json()).toEqual({
        kind: "error",
        status: failed.statusCode,
        message: expect.any(String),
      });
      expect(failed.body).not.toMatch(/\bat .+:\d+:\d+/);
    } finally {
      await logged.close();
    }
    expect(answers.map((a) => a.statusCode)).toContain(200);
    expect(lines.some((line) => line.includes('"level":50'))).toBe(true);
    expect(lines.length).toBeGreaterThan(urls.length);
    for (const answer of answers) {
      expect(answer.body).not.toContain(secret.password);
      expect(JSON.stringify(answer.headers)).not.toContain(secret.password);
    }
    // The POST's body held the password: it was refused before being read, and never logged.
    for (const line of lines) expect(line).not.toContain(secret.password);
  });
});
