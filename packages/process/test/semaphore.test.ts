import { onDo, printString, StError } from "@smalltalk-sockets/runtime";
import { describe, expect, test } from "vitest";
import { Delay, fork, forkAt, Processor, runMain, runProcess, Semaphore } from "../src/index.js";

async function program(body: () => unknown): Promise<void> {
  expect(await runMain(async () => body())).toBe(0);
}

describe("Semaphore", () => {
  test("new has no excess signal; forMutualExclusion has one", () => {
    expect(new Semaphore().excessSignals()).toBe(0);
    expect(Semaphore.forMutualExclusion().excessSignals()).toBe(1);
  });

  test("signal without a waiter counts an excess signal; wait consumes it without blocking", async () => {
    const semaphore = new Semaphore();
    expect(semaphore.signal()).toBe(semaphore);
    expect(semaphore.isSignaled()).toBe(true);
    expect(semaphore.excessSignals()).toBe(1);
    await program(() => {
      expect(semaphore.wait()).toBe(semaphore); // synchronous: no suspension
      expect(semaphore.isSignaled()).toBe(false);
    });
  });

  test("wait blocks until signal; waiters wake in FIFO order", async () => {
    const log: string[] = [];
    await program(async () => {
      const semaphore = new Semaphore();
      for (const name of ["first", "second", "third"]) {
        await forkAt(async () => {
          await semaphore.wait();
          log.push(name);
        }, 30);
      }
      await Delay.forMilliseconds(1).wait();
      expect(printString(semaphore)).toBe(
        "a Semaphore(a Process in Semaphore>>wait a Process in Semaphore>>wait a Process in Semaphore>>wait)",
      );
      for (let count = 0; count < 3; count += 1) await semaphore.signal();
    });
    expect(log).toEqual(["first", "second", "third"]);
  });

  test("signal is a suspension point only when it wakes a higher-priority waiter", async () => {
    const log: string[] = [];
    await program(async () => {
      const semaphore = new Semaphore();
      await forkAt(async () => {
        await semaphore.wait();
        log.push("high");
      }, 50);
      const answer = semaphore.signal();
      expect(answer).toBeInstanceOf(Promise);
      log.push("signalled");
      await answer;
      log.push("signaller goes on");
    });
    expect(log).toEqual(["signalled", "high", "signaller goes on"]);
  });

  test("waitTimeoutMSecs: answers true when the time ran out, false when signalled", async () => {
    await program(async () => {
      const semaphore = new Semaphore();
      expect(await semaphore.waitTimeoutMSecs(10)).toBe(true);
      setTimeout(() => semaphore.signal(), 5);
      expect(await semaphore.waitTimeoutMSecs(1000)).toBe(false);
      expect(semaphore.isEmpty()).toBe(true);
    });
  });

  test("waitTimeoutSeconds: answers true when the time ran out", async () => {
    await program(async () => {
      expect(await new Semaphore().waitTimeoutSeconds(0.01)).toBe(true);
      const signalled = Semaphore.forMutualExclusion();
      expect(await signalled.waitTimeoutSeconds(1)).toBe(false);
    });
  });

  test("a timed wait is released by terminate, and its timer goes", async () => {
    await program(async () => {
      const waiter = await fork(() => new Semaphore().waitTimeoutMSecs(60_000));
      await Processor.yield();
      expect(waiter.isBlocked()).toBe(true);
      await waiter.terminate();
      expect(waiter.isTerminated()).toBe(true);
    });
  });

  test("critical: runs the block in mutual exclusion and releases it however the block ends", async () => {
    const log: string[] = [];
    await program(async () => {
      const mutex = Semaphore.forMutualExclusion();
      const worker = async (name: string) =>
        mutex.critical(async () => {
          log.push(`${name} in`);
          await Delay.forMilliseconds(2).wait();
          log.push(`${name} out`);
        });
      await fork(() => worker("a"));
      await fork(() => worker("b"));
      await Delay.forMilliseconds(20).wait();
      const failure = await onDo(
        () =>
          mutex.critical(() => {
            throw new StError("inside");
          }),
        StError,
        (e: StError) => e.messageText(),
      );
      expect(failure).toBe("inside");
      expect(mutex.excessSignals()).toBe(1);
    });
    expect(log).toEqual(["a in", "a out", "b in", "b out"]);
  });

  test("critical: is not re-entrant (the inner critical:ifLocked: finds it locked)", async () => {
    const mutex = Semaphore.forMutualExclusion();
    const answer = await runProcess(() =>
      mutex.critical(() =>
        mutex.criticalIfLocked(
          () => "entered",
          () => "locked",
        ),
      ),
    );
    expect(answer).toBe("locked");
  });

  test("critical:ifLocked: evaluates the block when free", () => {
    const mutex = Semaphore.forMutualExclusion();
    expect(
      mutex.criticalIfLocked(
        () => "entered",
        () => "locked",
      ),
    ).toBe("entered");
    expect(mutex.excessSignals()).toBe(1);
  });

  test("initSignals forgets excess signals", () => {
    const semaphore = new Semaphore();
    semaphore.signal();
    semaphore.signal();
    expect(semaphore.initSignals().excessSignals()).toBe(0);
  });

  test("wait outside any process runs in a process of its own", async () => {
    const semaphore = new Semaphore();
    const waiting = semaphore.wait();
    expect(waiting).toBeInstanceOf(Promise);
    semaphore.signal();
    expect(await waiting).toBe(semaphore);
  });
});
