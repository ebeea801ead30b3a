// Request parameters, validated and bounded with zod: what a handler gets is typed, within limits, and known.
import { z } from "zod";
import type { Modality } from "../lib/api-contract.js";
import { MAX_EVIDENCE_LIMIT, MAX_GRAPH_EDGES, MAX_SEARCH_LIMIT } from "../graph/api/index.js";
import { BadRequestError } from "./errors.js";

export const MAX_LIST_ITEMS = 32;
export const MAX_COUNT = 1_000_000;
export const MAX_SKIP = 1_000_000;
export const MAX_QUERY_CHARS = 100;
export const ACTOR_ID = /^[A-Za-z0-9_-]{1,64}$/;

const MODALITIES: ReadonlySet<string> = new Set<Modality>([
  "asserted",
  "intended",
  "negated",
  "hypothetical",
]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

// A repeated key (?relations=a&relations=b) arrives as an array: it means the same as one comma-separated value.
const queryText = z
  .union([z.string(), z.array(z.string()).max(MAX_LIST_ITEMS)])
  .transform((v) => (Array.isArray(v) ? v.join(",") : v));

function listOf(label: string, known: () => ReadonlySet<string>) {
  return queryText.transform((value, ctx) => {
    const items = value === "" ? [] : value.split(",").map((s) => s.trim());
    if (items.length > MAX_LIST_ITEMS) return fail(ctx, `at most ${MAX_LIST_ITEMS} items`);
    const unknown = items.find((item) => !known().has(item));
    if (unknown !== undefined) return fail(ctx, `unknown ${label} ${JSON.stringify(unknown.slice(0, 64))}`);
    return [...new Set(items)];
  });
}

function integer(min: number, max: number) {
  return queryText.transform((value, ctx) => {
    const n = /^\d{1,8}$/.test(value) ? Number(value) : NaN;
    return n >= min && n <= max ? n : fail(ctx, `expected an integer from ${min} to ${max}`);
  });
}

/** An integer of at least `min`; larger values are lowered to `max` (the contract echoes the bounded limit). */
function limit(min: number, max: number) {
  return queryText.transform((value, ctx) =>
    /^\d{1,8}$/.test(value) && Number(value) >= min
      ? Math.min(max, Number(value))
      : fail(ctx, `expected an integer of at least ${min}`),
  );
}

const isoDate = queryText.transform((value, ctx) =>
  ISO_DATE.test(value) && realDay(value.slice(0, 10)) ? value : fail(ctx, "expected an ISO 8601 date"),
);

const polarity = queryText.pipe(
  z.enum(["cooperative", "hostile"], { error: "expected cooperative or hostile" }),
);

/** The query-string schemas; `relationNames` gives the relation catalogue of the moment. */
export function paramSchemas(relationNames: () => ReadonlySet<string>) {
  const relations = listOf("relation", relationNames).optional();
  const modalities = listOf("modality", () => MODALITIES).optional() as z.ZodType<Modality[] | undefined>;
  const graph = z
    .strictObject({
      relations,
      polarity: polarity.optional(),
      modalities,
      minCount: integer(1, MAX_COUNT).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      limit: limit(1, MAX_GRAPH_EDGES).optional(),
    })
    .refine((q) => q.from === undefined || q.to === undefined || q.from <= `${q.to}\uffff`, {
      message: "from is after to",
    });
  const evidence = z.strictObject({
    relations,
    modalities,
    skip: integer(0, MAX_SKIP).optional(),
    limit: limit(1, MAX_EVIDENCE_LIMIT).optional(),
  });
  const search = z.strictObject({
    q: queryText.transform((value, ctx) => {
      const q = value.trim();
      return q.length >= 1 && q.length <= MAX_QUERY_CHARS
        ? q
        : fail(ctx, `expected 1 to ${MAX_QUERY_CHARS} characters`);
    }),
    limit: limit(1, MAX_SEARCH_LIMIT).optional(),
  });
  const none = z.strictObject({});
  return { graph, evidence, search, none };
}

export type ParamSchemas = ReturnType<typeof paramSchemas>;

/** Parses `input` with `schema`, or throws a 400 naming the first problem and the parameter it concerns. */
export function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new BadRequestError(describe(result.error.issues[0]));
}

/** An actor id from the path: short and plain, so it is never anything but a parameter value. */
export function actorId(value: string, label = "id"): string {
  if (!ACTOR_ID.test(value)) throw new BadRequestError(`${label}: expected 1 to 64 of A-Z a-z 0-9 _ -`);
  return value;
}

function describe(issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined) return "invalid parameters";
  if (issue.code === "unrecognized_keys") {
    return `unknown parameter${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.map(clip).join(", ")}`;
  }
  const name = issue.path.map(String).join(".");
  return name === "" ? issue.message : `${name}: ${issue.message}`;
}

function clip(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text);
}

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

function realDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === day;
}
