// Class definitions and methods: each test/fixtures/classes/*.st (fileIn chunks or a Tonel
// class) transpiles to exactly *.expected.ts (golden files: review changes to them like code),
// deterministically; the generated TypeScript type-checks under the repository's strict
// options; and each program runs (st2ts run, a child process) with the Transcript output in
// *.expected.txt, on the loopback interface for the socket servers.

import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { transpile } from "../src/transpile.js";
import { typeCheck } from "./helpers/type-check.js";

const fixtures = new URL("./fixtures/classes/", import.meta.url);
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const cases = readdirSync(fixtures)
  .filter((name) => name.endsWith(".st"))
  .sort();

function source(name: string): string {
  return readFileSync(new URL(name, fixtures), "utf8");
}

function run(name: string): Promise<{ stdout: string; stderr: string; status: number }> {
  return new Promise((resolve) => {
    const file = fileURLToPath(new URL(name, fixtures));
    execFile(
      process.execPath,
      [cli, "run", "--quiet", file],
      { timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({
          stdout,
          stderr,
          status: error === null ? 0 : typeof error.code === "number" ? error.code : 1,
        });
      },
    );
  });
}

describe("class golden files", () => {
  test.each(cases)("%s", async (name) => {
    const result = transpile(source(name), { fileName: name, sourceName: name });
    expect(result.diagnostics).toEqual([]);
    await expect(result.code).toMatchFileSnapshot(
      `./fixtures/classes/${name.replace(/\.st$/, ".expected.ts")}`,
    );
  });

  test("output is deterministic", () => {
    for (const name of cases) {
      const first = transpile(source(name), { fileName: name });
      const second = transpile(source(name), { fileName: name });
      expect(second.code).toBe(first.code);
      expect(JSON.stringify(second.map)).toBe(JSON.stringify(first.map));
    }
  });

  test("the generated TypeScript type-checks strictly", () => {
    const files: Record<string, string> = {};
    for (const name of cases)
      files[name.replace(/\.st$/, ".ts")] = transpile(source(name), { fileName: name }).code!;
    expect(typeCheck(files)).toEqual([]);
  }, 120_000);
});

describe("class programs run", () => {
  test.concurrent.each(
    cases.filter((name) => existsSync(new URL(name.replace(/\.st$/, ".expected.txt"), fixtures))),
  )(
    "%s",
    async (name) => {
      const expected = readFileSync(new URL(name.replace(/\.st$/, ".expected.txt"), fixtures), "utf8");
      const result = await run(name);
      expect(result.stdout).toBe(expected);
      expect(result.status, result.stderr).toBe(0);
    },
    60_000,
  );
});
