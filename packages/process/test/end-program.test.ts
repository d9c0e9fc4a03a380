import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const fixture = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "end-program.mjs");

function run(...args: string[]) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [fixture, ...args], { encoding: "utf8", timeout: 20_000 });
  return { ...result, elapsed: Date.now() - started };
}

describe("endProgram: a program that is over ends, whatever it left open", () => {
  test.each([
    ["succeeding", 0, ""],
    ["failing", 1, "Unhandled error in process 'main' (priority 40): Error: boom\n"],
  ])("%s: exit status %i, all output written, at once", (mode, status, stderr) => {
    const result = run(mode);
    expect(result.signal).toBeNull();
    expect([result.status, result.stderr]).toEqual([status, stderr]);
    expect(result.stdout).toBe(`${"x".repeat(200_000)}\nshown on the next turn\n`);
    expect(result.elapsed).toBeLessThan(10_000);
  });
});
