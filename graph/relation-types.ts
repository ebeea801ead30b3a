// The allow-list of relationship types: the only strings ever placed into Cypher as a relationship type.
import { UnknownRelationTypeError } from "../lib/errors.js";
import type { Polarity } from "../ingest/record.js";

export interface RelationType {
  /** kebab-case, as in records and the viewer: "shares-intel-with". */
  name: string;
  /** UPPER_SNAKE, as in Neo4j: "SHARES_INTEL_WITH". */
  type: string;
  polarity: Polarity;
  symmetric: boolean;
  cameo: string;
}

export type RelationTypeDefinition = Omit<RelationType, "type">;

const TYPE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;
const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The nine relations of ONTOLOGY.md's default dictionary. */
export const DEFAULT_RELATION_TYPES: readonly RelationType[] = [
  define({ name: "shares-intel-with", polarity: "cooperative", symmetric: true, cameo: "064" }),
  define({ name: "cooperates-with", polarity: "cooperative", symmetric: true, cameo: "03" }),
  define({ name: "allies-with", polarity: "cooperative", symmetric: true, cameo: "06" }),
  define({ name: "supports", polarity: "cooperative", symmetric: false, cameo: "07" }),
  define({ name: "meets-with", polarity: "cooperative", symmetric: true, cameo: "04" }),
  define({ name: "fights", polarity: "hostile", symmetric: false, cameo: "18" }),
  define({ name: "opposes", polarity: "hostile", symmetric: false, cameo: "11" }),
  define({ name: "threatens", polarity: "hostile", symmetric: false, cameo: "13" }),
  define({ name: "sanctions", polarity: "hostile", symmetric: false, cameo: "16" }),
];

const registry = new Map<string, RelationType>(DEFAULT_RELATION_TYPES.map((r) => [r.name, r]));

/** kebab-case to UPPER_SNAKE: "shares-intel-with" -> "SHARES_INTEL_WITH". Does not consult the allow-list. */
export function toTypeName(name: string): string {
  return name.toUpperCase().replace(/-/g, "_");
}

/** Adds relations from a user's relation dictionary; a name that cannot be a safe type is refused. */
export function registerRelationTypes(definitions: readonly RelationTypeDefinition[]): RelationType[] {
  const added = definitions.map(define);
  for (const relation of added) registry.set(relation.name, relation);
  return added;
}

/** The Neo4j type of a relation name on the allow-list; throws UnknownRelationTypeError otherwise. */
export function relationType(name: string): string {
  const relation = registry.get(name);
  if (relation === undefined) throw new UnknownRelationTypeError(name);
  return checkedType(relation.type);
}

/** A Neo4j relationship type, checked against the pattern and the allow-list before it goes into Cypher. */
export function allowedType(type: string): string {
  checkedType(type);
  for (const relation of registry.values()) if (relation.type === type) return type;
  throw new UnknownRelationTypeError(type);
}

export function relationInfo(name: string): RelationType | undefined {
  return registry.get(name);
}

export function registeredRelationTypes(): RelationType[] {
  return [...registry.values()];
}

function define(definition: RelationTypeDefinition): RelationType {
  if (!NAME_PATTERN.test(definition.name)) throw new UnknownRelationTypeError(definition.name);
  return { ...definition, type: checkedType(toTypeName(definition.name)) };
}

function checkedType(type: string): string {
  if (!TYPE_PATTERN.test(type)) throw new UnknownRelationTypeError(type);
  return type;
}
