// The SUnit adapter reports a failing Smalltalk test with its Smalltalk message and the .st
// position and source of the assertion, an Error as a failure, and `skip:` as a skipped test;
// `st2ts run --test` reports the same tests as Squeak's TestRunner counts them. The tests of
// test/fixtures/sunit-failing fail on purpose, so they run in child processes.

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const cli = join(packageDir, "dist/cli.js");
const vitest = join(packageDir, "node_modules/vitest/vitest.mjs");
const scratch = mkdtempSync(join(tmpdir(), "st2ts-sunit-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

function run(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: packageDir, timeout: 120_000 }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
      resolve({ stdout, stderr, status });
    });
  });
}

interface JsonReport {
  readonly testResults: readonly {
    readonly assertionResults: readonly {
      readonly title: string;
      readonly status: string;
      readonly failureMessages: readonly string[];
    }[];
  }[];
}

describe("the vitest adapter", () => {
  test("each test method is a vitest test: passed, failed with the Smalltalk assertion, error, skipped", async () => {
    const output = join(scratch, "report.json");
    const result = await run([
      vitest,
      "run",
      "--config",
      "test/fixtures/sunit-failing/vitest.config.ts",
      "--reporter=json",
      `--outputFile=${output}`,
    ]);
    expect(result.status).toBe(1);
    const report = JSON.parse(readFileSync(output, "utf8")) as JsonReport;
    const results = new Map(
      report.testResults.flatMap((file) => file.assertionResults).map((each) => [each.title, each]),
    );
    expect([...results.keys()].sort()).toEqual([
      "testFailsAnAssertion",
      "testPasses",
      "testSignalsAnError",
      "testSkips",
    ]);
    expect(results.get("testPasses")!.status).toBe("passed");
    expect(results.get("testSkips")!.status).toBe("skipped");
    expect(results.get("testSignalsAnError")!.status).toBe("failed");
    expect(results.get("testSignalsAnError")!.failureMessages.join("\n")).toMatch(
      /ZeroDivide[\s\S]*FailingTest\.class\.st:24:6/,
    );
    const failure = results.get("testFailsAnAssertion")!;
    expect(failure.status).toBe("failed");
    expect(failure.failureMessages[0]).toContain(
      "TestFailure: FailingTest>>#testFailsAnAssertion: Expected 3 but was 4.\n    at ",
    );
    expect(failure.failureMessages[0]).toMatch(/FailingTest\.class\.st:19:2: self assert: 3 equals: sum\n/);
  }, 120_000);
});

describe("st2ts run --test", () => {
  test("prints each test's outcome and Squeak's summary; exits 1 when a test fails", async () => {
    const result = await run([cli, "run", "--test", "test/fixtures/sunit-failing"]);
    expect(result.stdout).toBe(
      [
        "FailingTest>>#testFailsAnAssertion: failed: Expected 3 but was 4.",
        "FailingTest>>#testPasses: passed",
        "FailingTest>>#testSignalsAnError: error: ZeroDivide",
        "FailingTest>>#testSkips: skipped: not on this machine",
        "3 run, 1 passes, 0 expected failures, 1 failures, 1 errors, 0 unexpected passes, 1 skipped",
        "",
      ].join("\n"),
    );
    expect(result.status).toBe(1);
  }, 60_000);

  test("runs the socket tests of a Tonel package on loopback: all pass", async () => {
    const result = await run([cli, "run", "--test", "--quiet", "test/fixtures/sunit"]);
    expect(result.stdout).toContain("EchoServerTest>>#testEcho: passed\n");
    expect(result.stdout).toContain("LineProtocolTest>>#testSeveralRequestsInOrder: passed\n");
    expect(result.stdout).toMatch(
      /\n17 run, 17 passes, 0 expected failures, 0 failures, 0 errors, 0 unexpected passes\n$/,
    );
    expect(result.status).toBe(0);
  }, 60_000);
});
