// Parameter values: text from the command line or a header default, converted to the declared type.
import { QueryParameterError } from "../lib/errors.js";
import type { NamedQuery, ParamType, ParamValue } from "./types.js";

const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
// ISO 8601 calendar dates as claims store them: a year, year-month, a day, or a day with a time.
const DATE = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Converts `text` to `type`; returns an error message instead of throwing, so callers can name query and param. */
export function convertParam(type: ParamType, text: string): { value: ParamValue } | { error: string } {
  switch (type) {
    case "string":
      return { value: text };
    case "int":
      return INTEGER.test(text.trim()) && Number.isSafeInteger(Number(text))
        ? { value: Number(text) }
        : { error: `expected a whole number, got ${JSON.stringify(text)}` };
    case "float":
      return FLOAT.test(text.trim())
        ? { value: Number(text) }
        : { error: `expected a number, got ${JSON.stringify(text)}` };
    case "boolean":
      return /^(true|false)$/i.test(text.trim())
        ? { value: text.trim().toLowerCase() === "true" }
        : { error: `expected true or false, got ${JSON.stringify(text)}` };
    case "date":
      return DATE.test(text.trim())
        ? { value: text.trim() }
        : { error: `expected an ISO 8601 date (2015-10-09, 2015-10 or 2015), got ${JSON.stringify(text)}` };
    case "list":
      return {
        value: text
          .split(",")
          .map((item) => item.trim())
          .filter((item) => item !== ""),
      };
  }
}

/** `key=value` strings from `--param` to a map; a repeated key keeps its last value. */
export function parseAssignments(query: string, assignments: readonly string[]): Map<string, string> {
  const given = new Map<string, string>();
  for (const assignment of assignments) {
    const eq = assignment.indexOf("=");
    if (eq <= 0)
      throw new QueryParameterError(query, `--param expects key=value, got ${JSON.stringify(assignment)}`);
    given.set(assignment.slice(0, eq).trim(), assignment.slice(eq + 1));
  }
  return given;
}

/** The full parameter map of a run: given values converted, defaults filled in, unknown and missing ones refused. */
export function bindParams(
  query: NamedQuery,
  given: ReadonlyMap<string, string>,
): Record<string, ParamValue> {
  const declared = new Map(query.params.map((p) => [p.name, p]));
  for (const name of given.keys()) {
    if (!declared.has(name)) {
      const known = query.params.map((p) => p.name).join(", ") || "none";
      throw new QueryParameterError(
        query.name,
        `unknown parameter ${JSON.stringify(name)} (declared: ${known})`,
      );
    }
  }
  const bound: Record<string, ParamValue> = {};
  for (const param of query.params) {
    const text = given.get(param.name);
    if (text === undefined) {
      if (param.required)
        throw new QueryParameterError(
          query.name,
          `missing required parameter ${JSON.stringify(param.name)} (${param.type}): --param ${param.name}=...`,
        );
      bound[param.name] = param.default;
      continue;
    }
    const converted = convertParam(param.type, text);
    if ("error" in converted)
      throw new QueryParameterError(
        query.name,
        `parameter ${JSON.stringify(param.name)}: ${converted.error}`,
      );
    bound[param.name] = converted.value;
  }
  return bound;
}
