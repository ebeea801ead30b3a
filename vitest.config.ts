import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "ingest/**/*.test.ts", "graph/**/*.test.ts", "cli/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    globalSetup: ["test/setup/neo4j.ts"],
  },
});
