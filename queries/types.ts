// What a named query is: its header (name, description, typed parameters, examples) and its Cypher.

export type ParamType = "string" | "int" | "float" | "boolean" | "date" | "list";

export const PARAM_TYPES: readonly ParamType[] = ["string", "int", "float", "boolean", "date", "list"];

/** A parameter's value once converted: ints are plain numbers here (sent to Neo4j as integers), lists are strings. */
export type ParamValue = string | number | boolean | string[] | null;

export interface QueryParam {
  name: string;
  type: ParamType;
  required: boolean;
  /** The value used when the parameter is not given; null for required ones (and for `= null` defaults). */
  default: ParamValue;
  description: string;
}

export interface NamedQuery {
  name: string;
  description: string;
  params: QueryParam[];
  /** Command lines, e.g. "kg query allies-of --param actor=IRQ". */
  examples: string[];
  /** The Cypher after the header. */
  cypher: string;
  file: string;
}

/** A result row: column name to plain JSON value (numbers, strings, booleans, null, arrays, objects). */
export type Row = Record<string, unknown>;

export interface QueryResult {
  columns: string[];
  rows: Row[];
}
