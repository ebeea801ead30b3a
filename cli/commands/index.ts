// The list of `kg` subcommands; each lives in its own module.
import type { Command } from "commander";
import { registerAnalyze } from "./analyze.js";
import { registerCypher } from "./cypher.js";
import { registerDb } from "./db.js";
import { registerExport } from "./export.js";
import { registerExtract } from "./extract.js";
import { registerIngest } from "./ingest.js";
import { registerNeo4j } from "./neo4j.js";
import { registerQuery } from "./query.js";
import { registerRemove } from "./remove.js";
import { registerServe } from "./serve.js";
import { registerStart } from "./start.js";
import { registerStats } from "./stats.js";

export function registerCommands(program: Command): void {
  registerExtract(program);
  registerIngest(program);
  registerRemove(program);
  registerStats(program);
  registerStart(program);
  registerServe(program);
  registerQuery(program);
  registerCypher(program);
  registerAnalyze(program);
  registerExport(program);
  registerNeo4j(program);
  registerDb(program);
}
