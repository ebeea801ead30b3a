// `kg extract | head` must end quietly when the reader closes the pipe early.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { projectPath } from "../../lib/paths.js";

describe("kg extract into a closed pipe", () => {
  it("exits without a stack trace", () => {
    const kg = `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(projectPath("cli", "main.ts"))}`;
    const text = "Peru condemned Chile on Monday. ".repeat(4000);
    const run = spawnSync("bash", ["-c", `${kg} extract | head -c 10 > /dev/null`], {
      input: text,
      encoding: "utf8",
      cwd: projectPath(),
      timeout: 60_000,
    });
    expect(run.stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
    expect(run.status).toBe(0);
  });
});
