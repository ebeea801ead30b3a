// Reads a named query file: the `//` header (name, description, param, example lines) and the Cypher below it.
import { basename } from "node:path";
import { QueryFileError } from "../lib/errors.js";
import { convertParam } from "./params.js";
import { PARAM_TYPES, type NamedQuery, type ParamType, type QueryParam } from "./types.js";

const FIELD = /^\/\/\s*(name|description|param|example):\s*(.*)$/;
// "actor string (required) - text" or "minCount int = 1 - text"
const PARAM = /^([A-Za-z_][A-Za-z0-9_]*)\s+([a-z]+)\s+(?:\(required\)|=\s*(.*?))\s+-\s+(.+)$/;
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Parses one file's text; every problem is a QueryFileError naming the file and line. */
export function parseNamedQuery(file: string, text: string): NamedQuery {
  const lines = text.split(/\r?\n/);
  const fields: Array<{ key: string; value: string; line: number }> = [];
  let body = 0;
  for (; body < lines.length; body++) {
    const line = lines[body]!.trim();
    if (line === "") continue;
    if (!line.startsWith("//")) break;
    const match = FIELD.exec(line);
    if (match === null)
      throw new QueryFileError(file, body + 1, `header line is not "// name|description|param|example: ..."`);
    fields.push({ key: match[1]!, value: match[2]!.trim(), line: body + 1 });
  }
  const cypher = lines.slice(body).join("\n").trim();
  const one = (key: string): string => {
    const found = fields.filter((f) => f.key === key);
    if (found.length !== 1 || found[0]!.value === "")
      throw new QueryFileError(
        file,
        found[1]?.line,
        `the header needs exactly one non-empty "// ${key}:" line`,
      );
    return found[0]!.value;
  };
  const name = one("name");
  const expected = basename(file).replace(/\.cypher$/, "");
  if (!NAME.test(name) || name !== expected)
    throw new QueryFileError(
      file,
      1,
      `name ${JSON.stringify(name)} must be kebab-case and match the file name (${expected})`,
    );
  const params = fields.filter((f) => f.key === "param").map((f) => parseParam(file, f.line, f.value));
  const examples = fields.filter((f) => f.key === "example").map((f) => f.value);
  if (examples.length === 0)
    throw new QueryFileError(file, undefined, `the header needs at least one "// example:" line`);
  if (cypher === "") throw new QueryFileError(file, undefined, "no Cypher after the header");
  const query = { name, description: one("description"), params, examples, cypher, file };
  checkParamsUsed(query);
  return query;
}

function parseParam(file: string, line: number, text: string): QueryParam {
  const match = PARAM.exec(text);
  if (match === null)
    throw new QueryFileError(
      file,
      line,
      `param must read "NAME TYPE (required) - text" or "NAME TYPE = DEFAULT - text"`,
    );
  const [, name, typeName, defaultText, description] = match;
  if (!PARAM_TYPES.includes(typeName as ParamType))
    throw new QueryFileError(
      file,
      line,
      `param ${name}: type ${typeName} is not one of ${PARAM_TYPES.join(", ")}`,
    );
  const type = typeName as ParamType;
  if (defaultText === undefined)
    return { name: name!, type, required: true, default: null, description: description! };
  if (defaultText === "null")
    return { name: name!, type, required: false, default: null, description: description! };
  const converted = convertParam(type, defaultText);
  if ("error" in converted) throw new QueryFileError(file, line, `param ${name}: default ${converted.error}`);
  return { name: name!, type, required: false, default: converted.value, description: description! };
}

/** Every $name in the Cypher is declared and every declared parameter is used. */
function checkParamsUsed(query: NamedQuery): void {
  const used = cypherParameters(query.cypher);
  const declared = new Set(query.params.map((p) => p.name));
  const undeclared = [...used].filter((name) => !declared.has(name));
  if (undeclared.length > 0)
    throw new QueryFileError(
      query.file,
      undefined,
      `the Cypher uses undeclared parameters: ${undeclared.map((n) => `$${n}`).join(", ")}`,
    );
  const unused = [...declared].filter((name) => !used.has(name));
  if (unused.length > 0)
    throw new QueryFileError(
      query.file,
      undefined,
      `declared parameters not used in the Cypher: ${unused.join(", ")}`,
    );
  const names = query.params.map((p) => p.name);
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated !== undefined)
    throw new QueryFileError(query.file, undefined, `param ${repeated} is declared twice`);
}

/** `$name` references outside comments, string literals and backquoted names (a small scanner, not a parser). */
export function cypherParameters(cypher: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < cypher.length; i++) {
    const ch = cypher[i]!;
    if (ch === "'" || ch === '"' || ch === "`") i = closing(cypher, i, ch);
    else if (cypher.startsWith("//", i)) i = endOf(cypher.indexOf("\n", i), cypher);
    else if (cypher.startsWith("/*", i)) i = endOf(cypher.indexOf("*/", i + 2), cypher) + 1;
    else if (ch === "$") {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(cypher.slice(i + 1))?.[0];
      if (name !== undefined) found.add(name);
    }
  }
  return found;
}

/** Index of the quote that closes the literal opened at `start` (backslash escapes in strings). */
function closing(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\" && quote !== "`") i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

function endOf(index: number, text: string): number {
  return index < 0 ? text.length : index;
}
