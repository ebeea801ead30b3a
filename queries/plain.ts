// Neo4j result values to plain JSON values: integers to numbers, temporal values to ISO text, nodes to objects.
import neo4j, { isNode, isPath, isRelationship, type Record as Neo4jRecord } from "neo4j-driver";
import type { Row } from "./types.js";

export function plainRow(record: Neo4jRecord): Row {
  return Object.fromEntries(record.keys.map((key) => [String(key), plain(record.get(key))]));
}

export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isTemporal(value)) return String(value);
  if (isNode(value)) return { _labels: value.labels, ...plainMap(value.properties) };
  if (isRelationship(value)) return { _type: value.type, ...plainMap(value.properties) };
  if (isPath(value))
    return value.segments.flatMap((s, i) => [
      ...(i === 0 ? [plain(s.start)] : []),
      plain(s.relationship),
      plain(s.end),
    ]);
  if (neo4j.isPoint(value))
    return {
      srid: plain(value.srid),
      x: value.x,
      y: value.y,
      ...(value.z === undefined ? {} : { z: value.z }),
    };
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object") return plainMap(value as Record<string, unknown>);
  return value;
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).map(([key, v]) => [key, plain(v)]));
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}
