// The runner (`npm run examples`) as a child process: the report and the exit status.
import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

function runner(...names: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(packageDir, "scripts", "run-examples.mjs"), ...names],
      { cwd: packageDir },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr }),
    );
  });
}

describe("scripts/run-examples.mjs", () => {
  test("reports each example's name, Transcript output and verdict, and exits 0", async () => {
    const { code, stdout } = await runner("udp-echo", "resolver-tour");
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        "== udp-echo: A UDP echo server",
        "   smalltalk/udp-echo.st",
        "  Transcript:",
        "    | Hello -> olleH",
        "    | Squeak -> kaeuqS",
        "    | level -> level",
        "    | echo server stopped: a Socket[destroyed]",
        "  exit status 0",
        "  ok: as expected",
      ].join("\n"),
    );
    expect(stdout).toContain("== resolver-tour: A tour of NetNameResolver");
    expect(stdout).toMatch(/2 as expected, 0 failed, 0 skipped\n$/);
  });

  test("an unknown example name exits 2 and lists the examples", async () => {
    const { code, stderr } = await runner("no-such-example");
    expect(code).toBe(2);
    expect(stderr).toContain("unknown example: no-such-example");
    expect(stderr).toContain("wiki-two-inspectors");
  });
});
