// Lint configuration: typescript-eslint's recommended rules over the project's TypeScript.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      ".kg/**",
      "viewer/dist/**",
      "graph/neo4j-local/target/**",
      "test-artifacts/**",
      ".scratch/**",
      ".tmp-*",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node's globals, for the plain JavaScript scripts (bench/, bin/); TypeScript files get them from @types/node.
    languageOptions: {
      globals: Object.fromEntries(
        "process console URL Buffer fetch performance setTimeout clearTimeout setInterval clearInterval"
          .split(" ")
          .map((name) => [name, "readonly"]),
      ),
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
);
