import { describe, expect, test } from "vitest";
import { Delay, fork, forkAt, runMain, SharedQueue } from "../src/index.js";

describe("SharedQueue", () => {
  test("nextPut: answers the object; next answers objects in FIFO order", async () => {
    const queue = new SharedQueue();
    expect(queue.nextPut("a")).toBe("a");
    queue.nextPut("b");
    expect([await queue.next(), await queue.next()]).toEqual(["a", "b"]);
  });

  test("next waits while the queue is empty", async () => {
    const log: unknown[] = [];
    await runMain(async () => {
      const queue = new SharedQueue();
      await forkAt(async () => log.push(await queue.next()), 30);
      await Delay.forMilliseconds(2).wait();
      log.push("put");
      await queue.nextPut(42);
    });
    expect(log).toEqual(["put", 42]);
  });

  test("nextPut: lets a higher-priority reader run first (a suspension point)", async () => {
    const log: unknown[] = [];
    await runMain(async () => {
      const queue = new SharedQueue();
      await forkAt(async () => log.push(`read ${await queue.next()}`), 50);
      await queue.nextPut(1);
      log.push("writer goes on");
    });
    expect(log).toEqual(["read 1", "writer goes on"]);
  });

  test("nextOrNil, peek, isEmpty, size and flush", () => {
    const queue = new SharedQueue();
    expect([queue.nextOrNil(), queue.peek(), queue.isEmpty(), queue.size()]).toEqual([null, null, true, 0]);
    queue.nextPut(1);
    queue.nextPut(2);
    expect([queue.peek(), queue.isEmpty(), queue.size()]).toEqual([1, false, 2]);
    expect(queue.nextOrNil()).toBe(1);
    expect(queue.flush().size()).toBe(0);
    expect(queue.nextOrNil()).toBeNull();
  });

  test("producer/consumer: every item arrives once, in order", async () => {
    const received: number[] = [];
    await runMain(async () => {
      const queue = new SharedQueue();
      const done = new SharedQueue();
      await forkAt(async () => {
        for (;;) {
          const item = (await queue.next()) as number;
          if (item < 0) break;
          received.push(item);
        }
        await done.nextPut(true);
      }, 30);
      await fork(async () => {
        for (let item = 0; item < 500; item += 1) {
          await queue.nextPut(item);
          if (item % 50 === 0) await Delay.forMilliseconds(1).wait();
        }
        await queue.nextPut(-1);
      });
      await done.next();
    });
    expect(received).toEqual(Array.from({ length: 500 }, (_, index) => index));
  });

  test("a reader woken for an item that nextOrNil took waits again", async () => {
    const log: unknown[] = [];
    await runMain(async () => {
      const queue = new SharedQueue();
      await fork(async () => log.push(await queue.next()));
      await Delay.forMilliseconds(1).wait();
      await queue.nextPut("first");
      log.push(queue.nextOrNil()); // taken before the woken reader runs
      await queue.nextPut("second");
    });
    expect(log).toEqual(["first", "second"]);
  });
});
