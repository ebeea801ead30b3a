// The header of a named query file: every shipped file has one that matches its Cypher; bad headers are refused
// with the file and line; --param values are converted to the declared types or refused naming query and param.
import { describe, expect, it } from "vitest";
import { QueryFileError, QueryParameterError } from "../../lib/errors.js";
import { cypherParameters, parseNamedQuery } from "../../queries/header.js";
import { listQueries } from "../../queries/library.js";
import { bindParams, parseAssignments } from "../../queries/params.js";

const REQUIRED = [
  "allies-of",
  "adversaries-of",
  "relations-between",
  "intel-sharing-network",
  "coalition-members",
  "shared-enemies",
  "enemy-of-my-enemy",
  "unbalanced-triads",
  "brokers",
  "most-evidenced-claims",
  "claims-by-modality",
  "new-relations",
];

describe("the shipped queries", () => {
  const queries = listQueries();

  it("include the twelve the issue asks for", () => {
    expect(queries.map((q) => q.name)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it.each(queries.map((q) => [q.name, q] as const))(
    "%s: header complete, examples runnable",
    (_name, query) => {
      expect(query.description.length).toBeGreaterThan(20);
      expect(query.params.every((p) => p.description.length > 0)).toBe(true);
      expect(cypherParameters(query.cypher)).toEqual(new Set(query.params.map((p) => p.name)));
      for (const example of query.examples) {
        expect(example.startsWith(`kg query ${query.name}`)).toBe(true);
        const assignments = [...example.matchAll(/--param (\S+)/g)].map((m) => m[1]!);
        expect(() => bindParams(query, parseAssignments(query.name, assignments))).not.toThrow();
      }
    },
  );
});

const GOOD = `// name: demo
// description: A demonstration query for the header tests.
// param: actor string (required) - an actor id
// param: n int = 5 - how many
// param: rels list = a,b - relations
// param: since date = null - optional start
// example: kg query demo --param actor=IRQ
MATCH (a:Actor {id: $actor}) WHERE $since IS NULL OR a.x IN $rels RETURN a LIMIT $n`;

describe("parseNamedQuery", () => {
  it("reads name, description, typed params with defaults, examples and the Cypher", () => {
    const q = parseNamedQuery("queries/demo.cypher", GOOD);
    expect(q.name).toBe("demo");
    expect(q.params.map((p) => [p.name, p.type, p.required, p.default])).toEqual([
      ["actor", "string", true, null],
      ["n", "int", false, 5],
      ["rels", "list", false, ["a", "b"]],
      ["since", "date", false, null],
    ]);
    expect(q.examples).toEqual(["kg query demo --param actor=IRQ"]);
    expect(q.cypher.startsWith("MATCH")).toBe(true);
  });

  const BAD: Array<[string, string, RegExp]> = [
    ["no header at all", "MATCH (n) RETURN n", /exactly one non-empty "\/\/ name:"/],
    ["a name that is not the file's", GOOD.replace("name: demo", "name: other"), /match the file name/],
    ["no description", GOOD.replace(/\/\/ description:.*\n/, ""), /"\/\/ description:"/],
    ["no example", GOOD.replace(/\/\/ example:.*\n/, ""), /example/],
    ["an unknown type", GOOD.replace("n int = 5", "n number = 5"), /demo\.cypher:4: param n: type number/],
    [
      "a default of the wrong type",
      GOOD.replace("n int = 5", "n int = five"),
      /demo\.cypher:4: .*whole number/,
    ],
    [
      "a malformed param line",
      GOOD.replace("n int = 5 - how many", "n int 5"),
      /demo\.cypher:4: param must read/,
    ],
    [
      "an undeclared parameter in the Cypher",
      GOOD.replace("LIMIT $n", "LIMIT $m"),
      /undeclared parameters: \$m/,
    ],
    [
      "a declared parameter the Cypher never uses",
      GOOD.replace("LIMIT $n", "LIMIT 5"),
      /not used in the Cypher: n/,
    ],
    [
      "a stray comment line in the header",
      GOOD.replace("// example:", "// eg:"),
      /demo\.cypher:7: header line/,
    ],
  ];

  it.each(BAD)("refuses %s", (_case, text, message) => {
    expect(() => parseNamedQuery("queries/demo.cypher", text)).toThrow(QueryFileError);
    expect(() => parseNamedQuery("queries/demo.cypher", text)).toThrow(message);
  });
});

describe("cypherParameters", () => {
  it("sees $names in code, not in strings, names or comments", () => {
    const cypher = `MATCH (a {id: $id}) // not $this\nWHERE a.s = '$nor' AND a.\`$neither\` = "$none" /* $no */ RETURN $x`;
    expect(cypherParameters(cypher)).toEqual(new Set(["id", "x"]));
  });
});

describe("bindParams", () => {
  const demo = parseNamedQuery("queries/demo.cypher", GOOD);
  const bind = (...assignments: string[]) => bindParams(demo, parseAssignments("demo", assignments));

  it("converts to the declared types and fills in defaults", () => {
    expect(bind("actor=IRQ")).toEqual({ actor: "IRQ", n: 5, rels: ["a", "b"], since: null });
    expect(bind("actor=IRQ", "n=12", "rels=fights, opposes", "since=2015-10")).toEqual({
      actor: "IRQ",
      n: 12,
      rels: ["fights", "opposes"],
      since: "2015-10",
    });
  });

  const REFUSED: Array<[string, string[], RegExp]> = [
    ["a missing required parameter", [], /query demo: missing required parameter "actor"/],
    [
      "an unknown parameter",
      ["actor=IRQ", "limit=3"],
      /query demo: unknown parameter "limit" \(declared: actor, n, rels, since\)/,
    ],
    ["a non-integer int", ["actor=IRQ", "n=2.5"], /query demo: parameter "n": expected a whole number/],
    [
      "a date that is not ISO 8601",
      ["actor=IRQ", "since=10/09/2015"],
      /parameter "since": expected an ISO 8601 date/,
    ],
    ["an assignment without =", ["actor"], /--param expects key=value/],
  ];

  it.each(REFUSED)(
    "refuses %s, naming the query and the parameter (exit code 2)",
    (_case, assignments, message) => {
      let error: unknown;
      try {
        bind(...assignments);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(QueryParameterError);
      expect((error as Error).message).toMatch(message);
      expect((error as QueryParameterError).exitCode).toBe(2);
    },
  );
});
