// The `kg` command: registers every subcommand and turns known errors into one line and an exit code.
import { Command, CommanderError } from "commander";
import { KgError } from "../lib/errors.js";
import { registerCommands } from "./commands/index.js";

async function main(argv: string[]): Promise<void> {
  const program = new Command("kg")
    .description(
      "Knowledge graph of international politics: news text to actor-relation-actor edges in Neo4j",
    )
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  await program.parseAsync(argv);
}

// A reader that stops early (`kg extract ... | head`) closes the pipe: that ends the run quietly, not with a trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
    return;
  }
  if (error instanceof KgError) {
    console.error(`kg: ${error.message}`);
    process.exitCode = error.exitCode;
    return;
  }
  console.error("kg: unexpected error (please report it):");
  console.error(error);
  process.exitCode = 70;
});
