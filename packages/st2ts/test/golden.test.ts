// Golden files: each test/golden/*.st transpiles to exactly test/golden/*.expected.ts (review
// changes to them like code), deterministically, and runs with the Transcript output in
// *.expected.txt.

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { transpile } from "../src/transpile.js";

const golden = new URL("./golden/", import.meta.url);
const cases = readdirSync(golden)
  .filter((name) => name.endsWith(".st"))
  .sort();

describe("golden files", () => {
  test.each(cases)("%s", async (name) => {
    const source = readFileSync(new URL(name, golden), "utf8");
    const result = transpile(source, { fileName: name, sourceName: name });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    await expect(result.code).toMatchFileSnapshot(`./golden/${name.replace(/\.st$/, ".expected.ts")}`);
  });

  test("output is deterministic", () => {
    for (const name of cases) {
      const source = readFileSync(new URL(name, golden), "utf8");
      const first = transpile(source, { fileName: name });
      const second = transpile(source, { fileName: name });
      expect(second.code).toBe(first.code);
      expect(JSON.stringify(second.map)).toBe(JSON.stringify(first.map));
    }
  });
});
