import { expect, test } from "vitest";
import { Delay, fork, forkAt, Processor, runMain, Semaphore } from "../src/index.js";

test("smoke", async () => {
  const log: string[] = [];
  const status = await runMain(async () => {
    const s = new Semaphore();
    await forkAt(async () => {
      log.push("bg start");
      await s.wait();
      log.push("bg woke");
    }, 30);
    log.push("main after fork");
    await forkAt(() => {
      log.push("high runs at once");
    }, 50);
    log.push("main continues");
    setTimeout(() => {
      void s.signal();
    }, 10);
    await Delay.forMilliseconds(30).wait();
    log.push("main after delay");
    await fork(async () => {
      log.push("same prio");
    });
    log.push("main end");
  });
  expect(status).toBe(0);
  expect(log).toEqual([
    "main after fork",
    "high runs at once",
    "main continues",
    "bg start",
    "bg woke",
    "main after delay",
    "main end",
    "same prio",
  ]);
});
