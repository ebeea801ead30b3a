// Cheap liveness checks for the local server: is the TCP port taken, does Bolt answer `RETURN 1`.
import { connect } from "node:net";
import neo4j from "neo4j-driver";

export function portInUse(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (inUse: boolean): void => {
      socket.destroy();
      resolve(inUse);
    };
    socket.setTimeout(1000, () => done(true));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** True when a Bolt server at `uri` (auth off) runs a query. */
export async function boltAnswers(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
  try {
    const result = await driver.executeQuery("RETURN 1 AS one");
    return result.records.length === 1;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}
