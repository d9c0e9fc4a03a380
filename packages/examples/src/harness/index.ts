/**
 * The examples' harness: every example with its scenario (peers, globals, expected Transcript
 * output and peer observations), the child-process launcher and the report. The tests use it
 * from source; `scripts/run-examples.mjs` uses the build in `dist/`.
 *
 * @module
 */

export * from "./child-process.js";
export * from "./example.js";
export * from "./examples.js";
export * from "./gallery.js";
export * from "./ports.js";
export * from "./program.js";
export * from "./report.js";
export * from "./run-example.js";
export * from "./seed-snippets.js";
