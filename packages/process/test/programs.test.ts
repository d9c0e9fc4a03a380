import { describe, expect, test } from "vitest";
import { runFixture } from "./helpers.js";

describe("programs run as child processes (on the built package)", () => {
  test("an unhandled error ends its process only; the others go on; the exit status is 1", () => {
    const { stdout, stderr, status } = runFixture("unhandled-error.mjs");
    expect(stdout).toBe("main goes on\nbackground goes on\n");
    expect(stderr).toBe("Unhandled error in process 'failing worker' (priority 50): Error: boom\n");
    expect(status).toBe(1);
  });

  test("a stray ^ in a forked process signals BlockCannotReturn there", () => {
    const { stdout, stderr, status } = runFixture("block-cannot-return.mjs");
    expect(stdout).toBe("main ends\n");
    expect(stderr).toMatch(
      /^Unhandled error in process ' *\d+' \(priority 40\): BlockCannotReturn: Block cannot return\n$/,
    );
    expect(status).toBe(1);
  });

  test("a deadlock is reported with each process and what it waits on; the exit status is 1", () => {
    const { stdout, stderr, status } = runFixture("deadlock.mjs");
    expect(stdout).toBe("main waits\n");
    expect(stderr).toBe(
      "Deadlock: every remaining process waits for something that nothing can signal any more:\n" +
        "  'main' (priority 40): waiting in Semaphore>>wait\n" +
        "  'consumer' (priority 30): waiting in SharedQueue>>next\n",
    );
    expect(status).toBe(1);
  });

  test("terminated waits leave no timer behind: the program ends at once", () => {
    const { stdout, stderr, status } = runFixture("no-stray-timers.mjs");
    expect([stdout, stderr, status]).toEqual(["true true true\nended at once\n", "", 0]);
  });

  test("10,000 processes ping-ponging through Semaphores leave the heap at its baseline", () => {
    const { stdout, status } = runFixture("ping-pong.mjs", ["--expose-gc"]);
    expect(status).toBe(0);
    const { passes, baseline, after } = JSON.parse(stdout) as {
      passes: number;
      baseline: number;
      after: number;
    };
    expect(passes).toBe(30_000);
    expect(after - baseline).toBeLessThan(1024 * 1024);
  });
});
