// The read-only JSON API's routes: parameters validated and bounded, answers in lib/api-contract.ts types.
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import {
  readActor,
  readActorEvidence,
  readGraph,
  readMeta,
  readPairEvidence,
  readRelationCatalog,
  searchActors,
} from "../graph/api/index.js";
import type { ApiRelationType } from "../lib/api-contract.js";
import { NotFoundError } from "./errors.js";
import { actorId, paramSchemas, parse } from "./params.js";

type IdParams = { Params: { id: string } };
type PairParams = { Params: { a: string; b: string } };

/** The relation names requests may filter by; refreshed at start and whenever /api/meta is read. */
export class RelationCatalog {
  names: ReadonlySet<string> = new Set();

  async refresh(driver: Driver): Promise<ApiRelationType[]> {
    return this.update(await readRelationCatalog(driver));
  }

  update(relations: ApiRelationType[]): ApiRelationType[] {
    this.names = new Set(relations.map((r) => r.name));
    return relations;
  }
}

export function registerApiRoutes(app: FastifyInstance, driver: Driver, catalog: RelationCatalog): void {
  const schemas = paramSchemas(() => catalog.names);

  app.get("/api/meta", async (request) => {
    parse(schemas.none, request.query);
    const meta = await readMeta(driver);
    catalog.update(meta.relations);
    return meta;
  });

  app.get("/api/graph", async (request) => readGraph(driver, parse(schemas.graph, request.query)));

  app.get<IdParams>("/api/actors/:id", async (request) => {
    parse(schemas.none, request.query);
    const id = actorId(request.params.id);
    return (await readActor(driver, id)) ?? noActor(id);
  });

  app.get<IdParams>("/api/actors/:id/evidence", async (request) => {
    const query = parse(schemas.evidence, request.query);
    const id = actorId(request.params.id);
    return (await readActorEvidence(driver, id, query)) ?? noActor(id);
  });

  app.get<PairParams>("/api/pairs/:a/:b/evidence", async (request) => {
    const query = parse(schemas.evidence, request.query);
    const a = actorId(request.params.a, "a");
    const b = actorId(request.params.b, "b");
    return (await readPairEvidence(driver, a, b, query)) ?? noActor(`${a} or ${b}`);
  });

  app.get("/api/search", async (request) => {
    const { q, limit } = parse(schemas.search, request.query);
    return searchActors(driver, q, limit);
  });
}

function noActor(id: string): never {
  throw new NotFoundError(`no actor with id ${id}`);
}
