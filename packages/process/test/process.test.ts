import { Exception, ensure, onDo, printString, StError } from "@smalltalk-sockets/runtime";
import { describe, expect, test } from "vitest";
import {
  Delay,
  fork,
  forkAndWait,
  forkAt,
  forkAtNamed,
  forkNamed,
  newProcess,
  newProcessWith,
  Process,
  Processor,
  runMain,
  runProcess,
  Semaphore,
} from "../src/index.js";

/** Runs `body` as the main process of a program; fails the test if the program does not succeed. */
async function program(body: () => unknown): Promise<void> {
  expect(await runMain(async () => body())).toBe(0);
}

describe("creating processes from blocks", () => {
  test("newProcess answers a suspended process at the active priority that runs only when resumed", async () => {
    const log: string[] = [];
    await program(async () => {
      const process = newProcess(() => log.push("ran"));
      expect(process.isSuspended()).toBe(true);
      expect(process.priority()).toBe(40);
      await Delay.forMilliseconds(1).wait();
      expect(log).toEqual([]);
      await process.resume();
      await Delay.forMilliseconds(1).wait();
      expect(log).toEqual(["ran"]);
      expect(process.isTerminated()).toBe(true);
    });
  });

  test("newProcess inherits the active priority of a background process", async () => {
    expect(await runProcess(() => newProcess(() => null).priority(), { priority: 30 })).toBe(30);
  });

  test("newProcessWith: evaluates the block with the arguments", async () => {
    const seen: unknown[] = [];
    await program(async () => {
      await newProcessWith((a: unknown, b: unknown) => seen.push(a, b), [1, 2]).resume();
    });
    expect(seen).toEqual([1, 2]);
  });

  test("fork answers a runnable process that runs once the forker waits", async () => {
    const log: string[] = [];
    await program(async () => {
      const process = await fork(() => log.push("forked"));
      expect(process).toBeInstanceOf(Process);
      expect(process.isRunnable()).toBe(true);
      log.push("forker");
    });
    expect(log).toEqual(["forker", "forked"]);
  });

  test("forkAt: a higher priority runs before the forker's next statement, a lower one after", async () => {
    const log: string[] = [];
    await program(async () => {
      await forkAt(() => log.push("low"), 30);
      await forkAt(() => log.push("high"), 50);
      log.push("forker");
    });
    expect(log).toEqual(["high", "forker", "low"]);
  });

  test("forkAt:named: and forkNamed: name the process", async () => {
    await program(async () => {
      const a = await forkAtNamed(() => null, 30, "server");
      const b = await forkNamed(() => null, "client");
      expect([a.name(), a.priority(), b.name(), b.priority()]).toEqual(["server", 30, "client", 40]);
    });
  });

  test("forkAndWait runs the block in a new process and waits for it", async () => {
    const log: string[] = [];
    await program(async () => {
      const block = async () => {
        expect(Processor.activeProcess()).not.toBe(main);
        await Delay.forMilliseconds(5).wait();
        log.push("forked");
      };
      const main = Processor.activeProcess();
      expect(await forkAndWait(block)).toBe(block);
      log.push("after");
    });
    expect(log).toEqual(["forked", "after"]);
  });
});

describe("Process", () => {
  test("resume makes a suspended process runnable; resuming it again fails", async () => {
    await program(async () => {
      const process = newProcess(() => null);
      await process.resume();
      const failure = await onDo(
        () => process.resume(),
        StError,
        (e: StError) => e.messageText(),
      );
      expect(failure).toBe("primitive #resume in Process failed");
    });
  });

  test("suspend takes a waiting process off its semaphore; resume makes it wait there again", async () => {
    const log: string[] = [];
    await program(async () => {
      const semaphore = new Semaphore();
      const waiter = await forkAt(async () => {
        await semaphore.wait();
        log.push("woke");
      }, 50);
      expect(waiter.isBlocked()).toBe(true);
      expect(waiter.suspend()).toBe(semaphore);
      expect(waiter.isSuspended()).toBe(true);
      await semaphore.signal();
      expect(semaphore.excessSignals()).toBe(1);
      expect(log).toEqual([]);
      await waiter.resume();
      expect(log).toEqual(["woke"]);
      expect(semaphore.excessSignals()).toBe(0);
    });
  });

  test("suspend on the active process waits until another process resumes it", async () => {
    const log: string[] = [];
    await program(async () => {
      const sleeper = await fork(async () => {
        await Delay.forMilliseconds(1).wait(); // a parked wait that answered a value before
        log.push("suspending");
        log.push(`suspend answered ${await Processor.activeProcess()!.suspend()}`);
      });
      await Delay.forMilliseconds(10).wait();
      expect(sleeper.isSuspended()).toBe(true);
      await sleeper.resume();
      await Delay.forMilliseconds(1).wait();
    });
    expect(log).toEqual(["suspending", "suspend answered null"]);
  });

  test("terminate unwinds a waiting process before the caller goes on", async () => {
    const log: string[] = [];
    await program(async () => {
      const victim = await forkAt(
        () =>
          ensure(
            () => new Semaphore().wait(),
            () => log.push("ensure"),
          ),
        30,
      );
      await Delay.forMilliseconds(1).wait();
      expect(victim.isBlocked()).toBe(true);
      await victim.terminate();
      log.push("after terminate");
      expect(victim.isTerminated()).toBe(true);
    });
    expect(log).toEqual(["ensure", "after terminate"]);
  });

  test("termination is not an exception: on: Exception do: does not catch it", async () => {
    const log: string[] = [];
    await program(async () => {
      const victim = await forkAt(
        () =>
          onDo(
            () =>
              ensure(
                () => new Semaphore().wait(),
                () => log.push("ensure"),
              ),
            Exception,
            () => log.push("handler"),
          ),
        30,
      );
      await Delay.forMilliseconds(1).wait();
      expect(victim.isBlocked()).toBe(true);
      await victim.terminate();
    });
    expect(log).toEqual(["ensure"]);
  });

  test("terminate of a process that never ran just ends it", async () => {
    await program(() => {
      const process = newProcess(() => {
        throw new Error("never runs");
      });
      process.terminate();
      expect(process.isTerminated()).toBe(true);
      expect(process.isSuspended()).toBe(false);
    });
  });

  test("terminate from outside any process settles once the process has unwound", async () => {
    const log: string[] = [];
    const victim = await fork(() =>
      ensure(
        () => new Semaphore().wait(),
        () => log.push("ensure"),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 1));
    await victim.terminate();
    expect(log).toEqual(["ensure"]);
    expect(victim.isTerminated()).toBe(true);
  });

  test("priority and priority: with Squeak's range check", async () => {
    await program(async () => {
      const process = newProcess(() => null);
      expect(process.priority$(70).priority()).toBe(70);
      for (const bad of [9, 81]) {
        const text = await onDo(
          () => process.priority$(bad),
          StError,
          (e: StError) => e.messageText(),
        );
        expect(text).toBe(`Invalid priority: ${bad}`);
      }
      expect(process.priority()).toBe(70);
    });
  });

  test("name defaults to the hash padded to 5 characters; name: sets it", () => {
    const process = newProcess(() => null);
    expect(process.name()).toMatch(/^[ \d]{5}$/);
    expect(process.name$("worker").name()).toBe("worker");
  });

  test("isTerminated and isSuspended through a process's life", async () => {
    await program(async () => {
      const process = newProcess(() => Delay.forMilliseconds(1).wait());
      expect([process.isSuspended(), process.isTerminated()]).toEqual([true, false]);
      await process.resume();
      expect([process.isSuspended(), process.isTerminated()]).toEqual([false, false]);
      // Poll instead of one fixed wait: on a loaded machine the child's 1 ms Delay can fire late.
      for (let waited = 0; !process.isTerminated() && waited < 2000; waited += 5) {
        await Delay.forMilliseconds(5).wait();
      }
      expect([process.isSuspended(), process.isTerminated()]).toEqual([false, true]);
    });
  });

  test("printString shows where the process stopped", async () => {
    await program(async () => {
      const fresh = newProcess(() => null);
      expect(printString(fresh)).toBe("a Process in [] in BlockClosure>>newProcess");
      const waiter = await forkAt(() => new Semaphore().wait(), 50);
      expect(printString(waiter)).toBe("a Process in Semaphore>>wait");
      expect(printString(Processor.activeProcess())).toBe("a Process in nil");
      await waiter.terminate();
      expect(printString(waiter)).toBe("a Process in nil");
    });
  });

  test("signalException: signals in a waiting process, which waits again when resumed", async () => {
    const log: unknown[] = [];
    await program(async () => {
      const semaphore = new Semaphore();
      const waiter = await forkAt(async () => {
        const value = await onDo(
          () => semaphore.wait(),
          StError,
          (e: StError) => e.messageText(),
        );
        log.push(value);
      }, 50);
      await waiter.signalException(new StError("interrupted"));
      expect(log).toEqual(["interrupted"]);
      expect(waiter.isTerminated()).toBe(true);
    });
  });
});

describe("runProcess", () => {
  test("answers the body's value", async () => {
    const body = async () => {
      await Delay.forMilliseconds(1).wait();
      return "value";
    };
    expect(await runProcess(body)).toBe("value");
  });

  test("rejects with the error nobody handled (not reported)", async () => {
    await expect(runProcess(() => new StError("failed").signal())).rejects.toBeInstanceOf(StError);
  });

  test("rejects with ProcessTerminatedError when the process is terminated", async () => {
    let victim: Process | null = null;
    const waiting = runProcess(
      () => {
        victim = Processor.activeProcess();
        return new Semaphore().wait();
      },
      { name: "victim" },
    );
    await new Promise((resolve) => setTimeout(resolve, 1));
    await victim!.terminate();
    await expect(waiting).rejects.toThrow("the process 'victim' was terminated");
  });
});
