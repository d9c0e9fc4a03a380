import { send } from "@smalltalk-sockets/runtime";
import { describe, expect, test } from "vitest";
import { Process, runMain } from "../src/index.js";

describe("the process protocol on BlockClosure (extension methods)", () => {
  test.each([
    ["newProcess", []],
    ["newProcessWith:", [[]]],
    ["fork", []],
    ["forkAt:", [30]],
    ["forkAt:named:", [30, "named"]],
    ["forkNamed:", ["named"]],
  ] as const)("%s answers a Process", async (selector, args) => {
    await runMain(async () => {
      expect(await send(() => null, selector, ...args)).toBeInstanceOf(Process);
    });
  });

  test("forkAndWait answers the block once it has run", async () => {
    let ran = false;
    const block = () => {
      ran = true;
    };
    await runMain(async () => {
      expect(await send(block, "forkAndWait")).toBe(block);
      expect(ran).toBe(true);
    });
  });
});
