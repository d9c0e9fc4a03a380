// The gallery's generated TypeScript, run in this process: exact Transcript output and what the
// peers saw. The programs use ephemeral ports, so this file may run beside the others.
import { describe, test } from "vitest";
import { gallery } from "../src/harness/index.js";
import { launchInProcess } from "./in-process.js";
import { expectAsExpected } from "./run.js";

describe("the gallery (generated TypeScript, in process)", () => {
  for (const example of gallery) {
    test(`${example.name}: ${example.title}`, (context) =>
      expectAsExpected(example, launchInProcess(example.name), context));
  }
});
