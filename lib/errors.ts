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
