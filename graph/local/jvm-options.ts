// The JVM command line of the launcher: modest memory, and the module openings Neo4j's own server passes by default.
import { LAUNCHER_JAR } from "./files.js";
import type { LocalDatabase } from "../../lib/config.js";

/** Neo4j 5's `server.jvm.additional` defaults that matter for an embedded database on Java 17+. */
const NEO4J_JVM_DEFAULTS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
];

export const PAGECACHE_MB = 256;

export function launcherArgs(config: LocalDatabase): string[] {
  return [
    "-Xms256m",
    `-Xmx${config.heap}`,
    ...NEO4J_JVM_DEFAULTS,
    "-jar",
    LAUNCHER_JAR,
    "--port",
    String(config.port),
    "--data",
    config.dataDir,
    "--pagecache-mb",
    String(PAGECACHE_MB),
  ];
}
