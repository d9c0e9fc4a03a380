import { defineConfig } from "tsup";

// Builds the harness (the examples' scenarios and the child-process launcher) for
// scripts/run-examples.mjs; the generated programs are run by `st2ts run` from their .st sources.
export default defineConfig({
  entry: ["src/harness/index.ts"],
  format: ["esm"],
  target: "node20",
  dts: false,
  sourcemap: true,
  clean: true,
});
