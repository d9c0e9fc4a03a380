// Every program st2ts generates for the test programs and golden files type-checks under the
// repository's strict compiler options.

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { transpile } from "../src/transpile.js";
import { typeCheck } from "./helpers/type-check.js";
import { PROGRAMS } from "./programs/programs.js";

const golden = new URL("./golden/", import.meta.url);

describe("generated TypeScript type-checks strictly", () => {
  test("the test programs", () => {
    const files: Record<string, string> = {};
    PROGRAMS.forEach((program, index) => {
      const result = transpile(program.source, {
        fileName: `program-${index}.st`,
        dialect: program.dialect ?? "squeak",
      });
      expect(result.code, program.name).toBeDefined();
      files[`program-${index}.ts`] = result.code!;
    });
    expect(typeCheck(files)).toEqual([]);
  }, 120_000);

  test("the golden files", () => {
    const files: Record<string, string> = {};
    for (const name of readdirSync(golden).filter((file) => file.endsWith(".st"))) {
      const result = transpile(readFileSync(new URL(name, golden), "utf8"), { fileName: name });
      if (result.code !== undefined) files[name.replace(/\.st$/, ".ts")] = result.code;
    }
    expect(Object.keys(files).length).toBeGreaterThan(0);
    expect(typeCheck(files)).toEqual([]);
  }, 120_000);
});
