// One errors module: every failure a user can cause is a KgError subclass that the CLI prints as one line.

/** Base of every error the CLI reports without a stack trace; `exitCode` is what `kg` exits with. */
export class KgError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Wrong arguments or options on the command line. */
export class UsageError extends KgError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** A file or row that cannot be read or parsed; names the place. */
export class InputError extends KgError {
  readonly file: string;
  readonly line: number | undefined;
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line === undefined ? "" : `:${line}`}: ${message}`);
    this.file = file;
    this.line = line;
  }
}

/** A dictionary (actors, relations) entry that fails validation. */
export class DictionaryError extends KgError {
  constructor(file: string, entry: string, message: string) {
    super(`${file}: entry ${entry}: ${message}`);
  }
}

/** The database cannot be reached or refused the connection. */
export class DatabaseUnreachableError extends KgError {
  readonly uri: string;
  constructor(uri: string, reason: string) {
    super(`cannot reach Neo4j at ${uri}: ${reason}`);
    this.uri = uri;
  }
}

/** The database went away in the middle of a run (after the driver's retries): committed batches are complete. */
export class DatabaseLostError extends KgError {
  constructor(uri: string, reason: string) {
    super(
      `lost the connection to Neo4j at ${uri} during the run (${reason}); every batch written before is ` +
        "complete (one transaction each), nothing half-written is kept: run the same command again to finish",
    );
  }
}

/** Neo4j refused a statement: one line with its code, never the driver's stack. */
export class DatabaseError extends KgError {
  constructor(uri: string, code: string, message: string) {
    super(`Neo4j at ${uri} answered ${code}: ${message}`);
  }
}

/** A relationship type or label that is not on the allow-list; raised before any query is sent. */
export class UnknownRelationTypeError extends KgError {
  constructor(value: string) {
    super(`relationship type not allowed: ${JSON.stringify(value)}`);
  }
}

/** Java, Maven or the local Neo4j launcher is missing or failed. */
export class LauncherError extends KgError {}

/** A setting (environment variable, .env entry or option) with a value kg cannot use; names the setting. */
export class ConfigError extends KgError {
  constructor(setting: string, message: string) {
    super(`${setting}: ${message}`, 2);
  }
}

/** `kg serve`, `kg start` or `kg export --site` need the built viewer (viewer/dist), and it is not there. */
export class ViewerNotBuiltError extends KgError {
  constructor(dir: string) {
    super(`the viewer is not built (no ${dir}/index.html): run \`npm run build\` first`);
  }
}

/** The HTTP server cannot listen on the host and port asked for. */
export class ListenError extends KgError {}

/** A named query's file (queries/*.cypher) without its header, or with a header that does not match its Cypher. */
export class QueryFileError extends KgError {
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line === undefined ? "" : `:${line}`}: ${message}`);
  }
}

/** A query run with a parameter it does not declare, without one it requires, or with a value of the wrong type. */
export class QueryParameterError extends KgError {
  constructor(query: string, message: string) {
    super(`query ${query}: ${message}`, 2);
  }
}

/** Neo4j refused or failed a query; the message is the database's first line, prefixed with the query's name. */
export class QueryError extends KgError {
  readonly code: string | undefined;
  constructor(query: string, message: string, code?: string) {
    super(`query ${query}: ${message}`);
    this.code = code;
  }
}
