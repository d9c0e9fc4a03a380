import { ensure, onDo, printString, StError, send } from "@smalltalk-sockets/runtime";
import { describe, expect, test } from "vitest";
import { Delay, fork, forkAt, Processor, runMain } from "../src/index.js";

async function program(body: () => unknown): Promise<void> {
  expect(await runMain(async () => body())).toBe(0);
}

function errorText(block: () => unknown): unknown {
  return onDo(block, StError, (e: StError) => e.messageText());
}

describe("Delay", () => {
  test.each([
    ["forMilliseconds:", () => Delay.forMilliseconds(250), 250],
    ["forSeconds:", () => Delay.forSeconds(2), 2000],
    ["forDuration: (milliseconds)", () => Delay.forDuration(40), 40],
    ["forDuration: (a Duration)", () => Delay.forDuration(send(2, "seconds")), 2000],
  ] as const)("%s", (_selector, make, milliseconds) => {
    expect(make().delayDuration()).toBe(milliseconds);
  });

  test.each([
    ["forMilliseconds:", () => Delay.forMilliseconds(-1)],
    ["forSeconds:", () => Delay.forSeconds(-1)],
    ["forDuration:", () => Delay.forDuration(-5)],
  ] as const)("%s with a negative time signals 'delay times cannot be negative'", (_selector, make) => {
    expect(errorText(make)).toBe("delay times cannot be negative");
  });

  test("wait suspends the process for the duration, within 20 ms", async () => {
    await program(async () => {
      for (const milliseconds of [30, 100]) {
        // Never early; late by less than 20 ms in the best of three tries (a loaded machine can
        // delay any one timer callback).
        const elapsed: number[] = [];
        for (let attempt = 0; attempt < 3; attempt += 1) {
          const start = performance.now();
          await Delay.forMilliseconds(milliseconds).wait();
          elapsed.push(performance.now() - start);
        }
        expect(Math.min(...elapsed)).toBeGreaterThanOrEqual(milliseconds - 1);
        expect(Math.min(...elapsed)).toBeLessThan(milliseconds + 20);
      }
    });
  });

  test("wait lets lower-priority processes run meanwhile", async () => {
    const log: string[] = [];
    await program(async () => {
      await forkAt(() => log.push("background"), 30);
      await Delay.forMilliseconds(5).wait();
      log.push("main");
    });
    expect(log).toEqual(["background", "main"]);
  });

  test("a Delay serves one process at a time", async () => {
    await program(async () => {
      const delay = Delay.forMilliseconds(20);
      const sleeper = await fork(() => delay.wait());
      await Processor.yield();
      expect(delay.beingWaitedOn()).toBe(true);
      expect(await errorText(() => delay.wait())).toBe("This Delay has already been scheduled.");
      await Delay.forMilliseconds(30).wait();
      expect([delay.beingWaitedOn(), sleeper.isTerminated()]).toEqual([false, true]);
    });
  });

  test("terminate during a Delay runs the ensure: blocks and cancels the timer", async () => {
    const log: string[] = [];
    await program(async () => {
      const sleeper = await forkAt(
        () =>
          ensure(
            async () => {
              await Delay.forSeconds(60).wait();
              log.push("never");
            },
            () => log.push("ensure"),
          ),
        30,
      );
      await Delay.forMilliseconds(2).wait();
      await sleeper.terminate();
      log.push("terminated");
    });
    expect(log).toEqual(["ensure", "terminated"]);
  });

  test("printString shows the duration", () => {
    expect(printString(Delay.forMilliseconds(100))).toBe("a Delay(100 msecs)");
  });
});
