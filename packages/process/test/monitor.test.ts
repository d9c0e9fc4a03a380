import { onDo, StError } from "@smalltalk-sockets/runtime";
import { describe, expect, test } from "vitest";
import { Delay, fork, forkAt, Monitor, runMain, runProcess } from "../src/index.js";

describe("Monitor", () => {
  test("critical: is re-entrant", async () => {
    const monitor = new Monitor();
    expect(await runProcess(() => monitor.critical(() => monitor.critical(() => 42)))).toBe(42);
  });

  test("wait leaves the monitor until signal; the waiter enters again before going on", async () => {
    const log: string[] = [];
    await runMain(async () => {
      const monitor = new Monitor();
      await forkAt(
        () =>
          monitor.critical(async () => {
            log.push("waiter waits");
            await monitor.wait();
            log.push("waiter woke");
          }),
        50,
      );
      await monitor.critical(async () => {
        log.push("signaller inside");
        await monitor.signal();
        log.push("signaller still inside");
      });
      log.push("signaller left");
    });
    expect(log).toEqual([
      "waiter waits",
      "signaller inside",
      "signaller still inside",
      "waiter woke",
      "signaller left",
    ]);
  });

  test("signalAll wakes every waiter", async () => {
    const woke: string[] = [];
    await runMain(async () => {
      const monitor = new Monitor();
      for (const name of ["a", "b", "c"]) {
        await fork(() =>
          monitor.critical(async () => {
            await monitor.wait();
            woke.push(name);
          }),
        );
      }
      await Delay.forMilliseconds(2).wait();
      await monitor.critical(() => monitor.signalAll());
    });
    expect(woke).toEqual(["a", "b", "c"]);
  });

  test("waitMaxMilliseconds: wakes by itself after the time", async () => {
    const monitor = new Monitor();
    const start = performance.now();
    const answer = await runProcess(() => monitor.critical(() => monitor.waitMaxMilliseconds(20)));
    expect(answer).toBe(monitor);
    expect(performance.now() - start).toBeGreaterThanOrEqual(19);
    expect(monitor.isOwned()).toBe(false);
  });

  test("waitWhile: and waitUntil: wait for a condition signalled by another process", async () => {
    const log: string[] = [];
    await runMain(async () => {
      const monitor = new Monitor();
      let items = 0;
      await fork(() =>
        monitor.critical(async () => {
          await monitor.waitWhile(() => items === 0);
          log.push(`while: ${items}`);
          await monitor.waitUntil(() => items >= 3);
          log.push(`until: ${items}`);
        }),
      );
      for (let count = 0; count < 3; count += 1) {
        await Delay.forMilliseconds(1).wait();
        await monitor.critical(() => {
          items += 1;
          return monitor.signal();
        });
      }
    });
    expect(log).toEqual(["while: 1", "until: 3"]);
  });

  test("wait and signal outside the monitor signal 'Monitor access violation'", async () => {
    const monitor = new Monitor();
    for (const operation of [() => monitor.wait(), () => monitor.signal(), () => monitor.signalAll()]) {
      const text = await runProcess(() => onDo(operation, StError, (e: StError) => e.messageText()));
      expect(text).toBe("Monitor access violation");
    }
  });
});
