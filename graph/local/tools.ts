// Checks that Java 17+ and Maven are installed, with a one-line hint on what to install when they are not.
import { spawnSync } from "node:child_process";
import { LauncherError } from "../../lib/errors.js";

export const INSTALL_HINT = "install them with: apt-get install -y openjdk-17-jdk-headless maven";

export function requireJava(): void {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error !== undefined || result.status !== 0) {
    throw new LauncherError(`Java 17 or later is needed to run the local Neo4j; ${INSTALL_HINT}`);
  }
  const major = javaMajorVersion(`${result.stderr}${result.stdout}`);
  if (major !== undefined && major < 17) {
    throw new LauncherError(`the local Neo4j needs Java 17 or later, found Java ${major}; ${INSTALL_HINT}`);
  }
}

/** Maven, and the JDK's compiler it needs (a JRE alone runs Neo4j but cannot build the launcher). */
export function requireMaven(): void {
  const mvn = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (mvn.error !== undefined || mvn.status !== 0) {
    throw new LauncherError(`Maven is needed to build the local Neo4j launcher (once); ${INSTALL_HINT}`);
  }
  const javac = spawnSync("javac", ["-version"], { encoding: "utf8" });
  if (javac.error !== undefined || javac.status !== 0) {
    throw new LauncherError(
      `a JDK (javac) is needed to build the local Neo4j launcher (once); ${INSTALL_HINT}`,
    );
  }
}

/** The major version in `java -version` output: `version "17.0.15"` gives 17, `version "1.8.0_392"` gives 8. */
export function javaMajorVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (match === null) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}
