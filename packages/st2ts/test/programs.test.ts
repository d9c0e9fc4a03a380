// At least fifty Smalltalk programs, transpiled and run by the real `st2ts run` in child
// processes; their exact Transcript output (stdout), exit status and error reports are asserted.

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { PROGRAMS } from "./programs/programs.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const directory = mkdtempSync(join(tmpdir(), "st2ts-programs-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

function run(file: string, dialect: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, "run", "--quiet", "--dialect", dialect, file],
      { timeout: 30_000 },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ stdout, stderr, status });
      },
    );
  });
}

describe("programs", () => {
  test("there are at least fifty", () => {
    expect(PROGRAMS.length).toBeGreaterThanOrEqual(50);
  });

  test.concurrent.each(PROGRAMS.map((program, index) => [program.name, program, index] as const))(
    "%s",
    async (_name, program, index) => {
      const file = join(directory, `program-${index}.st`);
      writeFileSync(file, program.source);
      const result = await run(file, program.dialect ?? "squeak");
      expect(result.stdout).toBe(program.output);
      expect(result.status, result.stderr).toBe(program.status ?? 0);
      if (program.stderr !== undefined) expect(result.stderr).toContain(program.stderr);
    },
    30_000,
  );
});
