import { send } from "@smalltalk-sockets/runtime";
import { describe, expect, test } from "vitest";
import {
  Delay,
  Monitor,
  Mutex,
  newProcess,
  Processor,
  runProcess,
  Semaphore,
  SharedQueue,
} from "../src/index.js";

describe("the selectors reach the methods through dynamic dispatch (send)", () => {
  test("class side: Semaphore new / forMutualExclusion, Delay forMilliseconds:, Mutex, Monitor and SharedQueue new", () => {
    expect(send(Semaphore, "new")).toBeInstanceOf(Semaphore);
    expect(send(send(Semaphore, "forMutualExclusion"), "excessSignals")).toBe(1);
    expect(send(send(Delay, "forMilliseconds:", 5), "delayDuration")).toBe(5);
    for (const cls of [Mutex, Monitor, SharedQueue]) expect(send(cls, "new")).toBeInstanceOf(cls);
  });

  test("keyword selectors whose names a unary selector takes: priority: and name:", () => {
    const process = newProcess(() => null);
    send(process, "priority:", 30);
    send(process, "name:", "worker");
    expect([send(process, "priority"), send(process, "name")]).toEqual([30, "worker"]);
  });

  test("Processor's selectors and a Semaphore's waitTimeoutMSecs:", async () => {
    expect(send(Processor, "userBackgroundPriority")).toBe(30);
    expect(await runProcess(() => send(new Semaphore(), "waitTimeoutMSecs:", 5))).toBe(true);
  });
});
