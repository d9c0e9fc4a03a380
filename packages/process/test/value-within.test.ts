import { ensure, onDo, StError, send } from "@smalltalk-sockets/runtime";
import { describe, expect, test } from "vitest";
import {
  Delay,
  runProcess,
  Semaphore,
  TimedOut,
  valueWithinMillisecondsOnTimeout,
  valueWithinOnTimeout,
} from "../src/index.js";

describe("valueWithin:onTimeout:", () => {
  test("answers the block's value when it finishes in time", async () => {
    expect(
      await runProcess(() =>
        valueWithinMillisecondsOnTimeout(
          () => 7,
          100,
          () => "late",
        ),
      ),
    ).toBe(7);
    const slowButInTime = () =>
      valueWithinOnTimeout(
        async () => {
          await Delay.forMilliseconds(5).wait();
          return 8;
        },
        200,
        () => "late",
      );
    expect(await runProcess(slowButInTime)).toBe(8);
  });

  test("unwinds the block after the duration (its ensure: blocks run) and answers the timeout block's value", async () => {
    const log: string[] = [];
    const start = performance.now();
    const answer = await runProcess(() =>
      valueWithinMillisecondsOnTimeout(
        () =>
          ensure(
            async () => {
              await new Semaphore().wait();
              log.push("never");
            },
            () => log.push("ensure"),
          ),
        20,
        () => "timed out",
      ),
    );
    expect(answer).toBe("timed out");
    expect(log).toEqual(["ensure"]);
    expect(performance.now() - start).toBeGreaterThanOrEqual(19);
  });

  test("interrupts the block at any of its waits, not only its first", async () => {
    const block = async () => {
      await Delay.forMilliseconds(1).wait();
      await new Semaphore().wait();
    };
    expect(await runProcess(() => valueWithinMillisecondsOnTimeout(block, 20, () => "timed out"))).toBe(
      "timed out",
    );
  });

  test("takes a Duration (`20 milliSeconds`)", async () => {
    const answer = await runProcess(() =>
      valueWithinOnTimeout(
        () => Delay.forSeconds(10).wait(),
        send(20, "milliSeconds"),
        () => "timed out",
      ),
    );
    expect(answer).toBe("timed out");
  });

  test("a duration of 0 or less evaluates the timeout block at once, without the receiver", () => {
    const log: string[] = [];
    expect(
      valueWithinMillisecondsOnTimeout(
        () => log.push("receiver"),
        0,
        () => "at once",
      ),
    ).toBe("at once");
    expect(log).toEqual([]);
  });

  test("TimedOut is a Notification: an on: Error do: inside the block does not catch it", async () => {
    const answer = await runProcess(() =>
      valueWithinMillisecondsOnTimeout(
        () =>
          onDo(
            () => Delay.forSeconds(10).wait(),
            StError,
            () => "caught by the block",
          ),
        10,
        () => "timed out",
      ),
    );
    expect(answer).toBe("timed out");
  });

  test("the watchdog stops when the block finishes: no TimedOut arrives later", async () => {
    const signals: unknown[] = [];
    await runProcess(async () => {
      await onDo(
        async () => {
          await valueWithinMillisecondsOnTimeout(
            () => 1,
            10,
            () => 2,
          );
          await Delay.forMilliseconds(30).wait();
        },
        TimedOut,
        (e: TimedOut) => signals.push(e),
      );
    });
    expect(signals).toEqual([]);
  });

  test("is installed on BlockClosure: valueWithinMilliseconds:onTimeout: by dynamic dispatch", async () => {
    const block = () => Delay.forSeconds(10).wait();
    const answer = await runProcess(() =>
      send(block, "valueWithinMilliseconds:onTimeout:", 10, () => "via send"),
    );
    expect(answer).toBe("via send");
  });
});
