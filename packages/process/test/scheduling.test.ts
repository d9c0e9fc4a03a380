import { describe, expect, test } from "vitest";
import { Delay, fork, forkAt, newProcess, runMain, Semaphore } from "../src/index.js";

async function program(body: () => unknown): Promise<void> {
  expect(await runMain(async () => body())).toBe(0);
}

describe("scheduling as Squeak does it", () => {
  test("runnable processes of one priority run in FIFO order, after the running one waits", async () => {
    const log: string[] = [];
    await program(async () => {
      for (const name of ["a", "b", "c"]) await fork(() => log.push(name));
      log.push("main");
    });
    expect(log).toEqual(["main", "a", "b", "c"]);
  });

  test("no time slicing: a process runs until it waits", async () => {
    const log: string[] = [];
    await program(async () => {
      await fork(() => log.push("other"));
      for (let step = 0; step < 3; step += 1) {
        log.push(`main ${step}`);
        await Promise.resolve(); // a plain await is no suspension point
      }
    });
    expect(log).toEqual(["main 0", "main 1", "main 2", "other"]);
  });

  test("a preempted process goes back to the FRONT of its queue (processPreemptionYields false)", async () => {
    const log: string[] = [];
    await program(async () => {
      await fork(async () => {
        log.push("p1 before");
        await forkAt(() => log.push("high"), 50);
        log.push("p1 after");
      });
      await fork(() => log.push("p2"));
    });
    expect(log).toEqual(["p1 before", "high", "p1 after", "p2"]);
  });

  test("a lower priority runs only when every higher process waits; a signal preempts it at once", async () => {
    const log: string[] = [];
    await program(async () => {
      const wake = new Semaphore();
      await forkAt(async () => {
        await wake.wait();
        log.push("high woke");
      }, 50);
      await forkAt(async () => {
        log.push("low runs");
        await wake.signal();
        log.push("low after signal");
      }, 30);
      log.push("main");
      await Delay.forMilliseconds(5).wait();
      log.push("main after delay");
    });
    expect(log).toEqual(["main", "low runs", "high woke", "low after signal", "main after delay"]);
  });

  test("a signal from a Node callback wakes the waiter when no process runs", async () => {
    const log: string[] = [];
    await program(async () => {
      const ready = new Semaphore();
      setTimeout(() => {
        log.push("callback");
        void ready.signal();
        log.push("callback done");
      }, 5);
      await ready.wait();
      log.push("woke");
    });
    expect(log).toEqual(["callback", "callback done", "woke"]);
  });

  test("the Taeumel ordering: the do-it (40) finishes before the background server (30) it resumed", async () => {
    const log: string[] = [];
    await program(async () => {
      const connection = new Semaphore(); // what the VM signals for the server's accept
      const connected = new Semaphore(); // what the VM signals for the client's connect
      const server = newProcess(async () => {
        log.push("server: waiting for a connection");
        await connection.wait();
        log.push("server: connected");
        log.push("server: received data");
      });
      server.priority$(30);
      await server.resume();
      // The I/O completes later, in a Node callback that signals both sides (server first).
      setTimeout(() => {
        void connection.signal();
        void connected.signal();
      }, 5);
      await connected.wait(); // connectTo:port: blocks the do-it...
      log.push("Data sent: 12 bytes"); // ...and the do-it (40) wins once both are runnable
      log.push("client closed");
    });
    expect(log).toEqual([
      "server: waiting for a connection",
      "Data sent: 12 bytes",
      "client closed",
      "server: connected",
      "server: received data",
    ]);
  });

  test("runMain goes on with background processes after the main process has ended", async () => {
    const log: string[] = [];
    await program(async () => {
      await forkAt(async () => {
        await Delay.forMilliseconds(10).wait();
        log.push("background done");
      }, 30);
      log.push("main done");
    });
    expect(log).toEqual(["main done", "background done"]);
  });
});
