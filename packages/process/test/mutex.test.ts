import { onDo, StError } from "@smalltalk-sockets/runtime";
import { describe, expect, test } from "vitest";
import { Delay, fork, Mutex, runMain, runProcess } from "../src/index.js";

describe("Mutex", () => {
  test("critical: is re-entrant for the owning process", async () => {
    const mutex = new Mutex();
    const answer = await runProcess(() =>
      mutex.critical(() => mutex.critical(() => mutex.critical(() => "deep"))),
    );
    expect(answer).toBe("deep");
    expect(mutex.isOwned()).toBe(false);
  });

  test("critical: excludes other processes, which enter in FIFO order", async () => {
    const log: string[] = [];
    const status = await runMain(async () => {
      const mutex = new Mutex();
      for (const name of ["a", "b", "c"]) {
        await fork(() =>
          mutex.critical(async () => {
            log.push(`${name} in`);
            await Delay.forMilliseconds(2).wait();
            log.push(`${name} out`);
          }),
        );
      }
    });
    expect(status).toBe(0);
    expect(log).toEqual(["a in", "a out", "b in", "b out", "c in", "c out"]);
  });

  test("critical: releases the mutex when the block fails", async () => {
    const mutex = new Mutex();
    const text = await runProcess(() =>
      onDo(
        () =>
          mutex.critical(() => {
            throw new StError("failed inside");
          }),
        StError,
        (e: StError) => e.messageText(),
      ),
    );
    expect(text).toBe("failed inside");
    expect(mutex.isOwned()).toBe(false);
  });

  test("critical:ifLocked: evaluates the alternative when another process holds the mutex", async () => {
    const log: unknown[] = [];
    await runMain(async () => {
      const mutex = new Mutex();
      await fork(() => mutex.critical(() => Delay.forMilliseconds(10).wait()));
      await Delay.forMilliseconds(2).wait();
      log.push(
        await mutex.criticalIfLocked(
          () => "entered",
          () => "locked",
        ),
      );
      await Delay.forMilliseconds(20).wait();
      log.push(
        await mutex.criticalIfLocked(
          () => "entered",
          () => "locked",
        ),
      );
    });
    expect(log).toEqual(["locked", "entered"]);
  });

  test("terminating the owner releases the mutex", async () => {
    await runMain(async () => {
      const mutex = new Mutex();
      const owner = await fork(() => mutex.critical(() => Delay.forSeconds(60).wait()));
      await Delay.forMilliseconds(2).wait();
      expect(mutex.isOwned()).toBe(true);
      await owner.terminate();
      expect(mutex.isOwned()).toBe(false);
      expect(await mutex.critical(() => "free")).toBe("free");
    });
  });
});
