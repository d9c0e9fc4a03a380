import { ensure } from "@smalltalk-sockets/runtime";
import { describe, expect, test } from "vitest";
import { fork, forkAt, Process, Processor, runMain, runProcess } from "../src/index.js";

describe("ProcessorScheduler", () => {
  test.each([
    ["lowestPriority", 10],
    ["systemBackgroundPriority", 20],
    ["userBackgroundPriority", 30],
    ["userSchedulingPriority", 40],
    ["userInterruptPriority", 50],
    ["lowIOPriority", 60],
    ["highIOPriority", 70],
    ["timingPriority", 80],
    ["highestPriority", 80],
  ] as const)("%s answers %i", (selector, value) => {
    expect(Processor[selector]()).toBe(value);
  });

  test("activeProcess answers the process running the code, and nil outside any process", async () => {
    expect(Processor.activeProcess()).toBeNull();
    let seen: unknown = null;
    const worker = await runProcess(async () => {
      await Promise.resolve();
      seen = Processor.activeProcess();
      return Processor.activeProcess();
    });
    expect(worker).toBeInstanceOf(Process);
    expect(seen).toBe(worker);
  });

  test("activePriority answers the active process's priority (40 outside any process)", async () => {
    expect(Processor.activePriority()).toBe(40);
    expect(await runProcess(() => Processor.activePriority(), { priority: 30 })).toBe(30);
  });

  test("yield lets the other processes of the same priority run first", async () => {
    const log: string[] = [];
    await runMain(async () => {
      for (const name of ["a", "b"]) {
        await fork(async () => {
          log.push(`${name}1`);
          await Processor.yield();
          log.push(`${name}2`);
        });
      }
    });
    expect(log).toEqual(["a1", "b1", "a2", "b2"]);
  });

  test("yield never lets a lower priority run", async () => {
    const log: string[] = [];
    await runMain(async () => {
      await forkAt(() => log.push("low"), 30);
      await Processor.yield();
      log.push("main after yield");
    });
    expect(log).toEqual(["main after yield", "low"]);
  });

  test("terminateActive ends the active process, running its ensure: blocks", async () => {
    const log: string[] = [];
    await runMain(async () => {
      const worker = await fork(() =>
        ensure(
          async () => {
            log.push("worker");
            await Processor.terminateActive();
            log.push("never");
          },
          () => log.push("ensure"),
        ),
      );
      await Processor.yield();
      expect(worker.isTerminated()).toBe(true);
    });
    expect(log).toEqual(["worker", "ensure"]);
  });
});
