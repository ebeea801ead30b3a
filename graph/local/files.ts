// Where the local Neo4j launcher keeps its files: the Maven project, the built jar, the pid file and the logs.
import { join } from "node:path";
import { projectPath } from "../../lib/paths.js";

export const LAUNCHER_DIR = projectPath("graph", "neo4j-local");
export const LAUNCHER_JAR = join(LAUNCHER_DIR, "target", "kg-neo4j.jar");
export const LAUNCHER_SOURCES = [
  join(LAUNCHER_DIR, "pom.xml"),
  join(LAUNCHER_DIR, "src", "main", "java", "kg", "neo4j", "LocalNeo4j.java"),
];

/**
 * The local instance's state: pid file, logs and (by default) its data. KG_STATE_DIR gives a second, separate
 * instance (benchmarks, crash tests) that never touches the user's graph.
 */
export const STATE_DIR = process.env.KG_STATE_DIR?.trim() || projectPath(".kg");
export const PID_FILE = join(STATE_DIR, "neo4j.pid");
export const LOG_FILE = join(STATE_DIR, "neo4j.log");
export const BUILD_LOG = join(STATE_DIR, "neo4j-build.log");
export const START_LOCK = join(STATE_DIR, "neo4j.start.lock");
