// The relationship-type allow-list: only listed, well-formed types reach Cypher, checked before any query is sent.
import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { UnknownRelationTypeError } from "../../lib/errors.js";
import {
  DEFAULT_RELATION_TYPES,
  allowedType,
  registerRelationTypes,
  relationType,
  toTypeName,
} from "../../graph/relation-types.js";
import { evidenceForPair, loadGraph, writeDocuments } from "../../graph/store.js";
import { documentOf } from "./helpers.js";

/** A driver that fails the test if any code path tries to talk to the database. */
function driverThatMustNotBeUsed(): { driver: Driver; calls: string[] } {
  const calls: string[] = [];
  const refuse = (name: string) => () => {
    calls.push(name);
    throw new Error(`no query may be sent, but ${name}() was called`);
  };
  const driver = {
    session: refuse("session"),
    executeQuery: refuse("executeQuery"),
    getServerInfo: refuse("getServerInfo"),
  } as unknown as Driver;
  return { driver, calls };
}

describe("relation types", () => {
  it("maps the nine default relations to UPPER_SNAKE types", () => {
    expect(DEFAULT_RELATION_TYPES.map((r) => r.type)).toEqual([
      "SHARES_INTEL_WITH",
      "COOPERATES_WITH",
      "ALLIES_WITH",
      "SUPPORTS",
      "MEETS_WITH",
      "FIGHTS",
      "OPPOSES",
      "THREATENS",
      "SANCTIONS",
    ]);
    expect(relationType("shares-intel-with")).toBe("SHARES_INTEL_WITH");
    expect(toTypeName("meets-with")).toBe("MEETS_WITH");
  });

  it.each([
    ["not on the list", "befriends"],
    ["a type given where a name is expected", "SUPPORTS"],
    ["Cypher injection", "supports]->() DETACH DELETE n //"],
    ["empty", ""],
  ])("rejects a relation name that is %s", (_, name) => {
    expect(() => relationType(name)).toThrow(UnknownRelationTypeError);
  });

  it.each([
    ["lower case", "supports"],
    ["a backtick", "SUPPORTS`]->(x) DELETE x //"],
    ["a leading digit", "1SUPPORTS"],
    ["65 characters", `A${"B".repeat(64)}`],
    ["well-formed but not listed", "BEFRIENDS"],
  ])("rejects a relationship type with %s", (_, type) => {
    expect(() => allowedType(type)).toThrow(UnknownRelationTypeError);
  });

  it("accepts extra relations registered from a user's dictionary, and only well-formed ones", () => {
    expect(() => relationType("mediates-between")).toThrow(UnknownRelationTypeError);
    registerRelationTypes([
      { name: "mediates-between", polarity: "cooperative", symmetric: true, cameo: "043" },
    ]);
    expect(relationType("mediates-between")).toBe("MEDIATES_BETWEEN");
    expect(allowedType("MEDIATES_BETWEEN")).toBe("MEDIATES_BETWEEN");
    expect(() =>
      registerRelationTypes([{ name: "bad name`", polarity: "hostile", symmetric: false, cameo: "000" }]),
    ).toThrow(UnknownRelationTypeError);
  });

  it("refuses a document with an unknown relation before any query is sent", async () => {
    const { driver, calls } = driverThatMustNotBeUsed();
    const doc = documentOf("test-reltypes/a.txt", "h", [
      { source: "TREL_A", relation: "supports", target: "TREL_B", sentence: 0 },
      { source: "TREL_A", relation: "befriends", target: "TREL_B", sentence: 1 },
    ]);
    await expect(writeDocuments(driver, [doc])).rejects.toThrow(UnknownRelationTypeError);
    expect(calls).toEqual([]);
  });

  it("refuses read filters with an unknown relation before any query is sent", async () => {
    const { driver, calls } = driverThatMustNotBeUsed();
    await expect(loadGraph(driver, { relations: ["fights", "FIGHTS"] })).rejects.toThrow(
      UnknownRelationTypeError,
    );
    await expect(evidenceForPair(driver, "TREL_A", "TREL_B", { relations: ["x`y"] })).rejects.toThrow(
      UnknownRelationTypeError,
    );
    expect(calls).toEqual([]);
  });
});
