/**
 * Sends to a block that generated code writes as calls of the runtime's functions, which read
 * better than dynamic sends and are typed: `aBlock on: Error do: [...]` is
 * `rt.onDo(aBlock, rt.StError, ...)`, `[...] forkAt: 30` is `forkAt(() => ..., 30)`.
 *
 * @module
 */

import type { Suspension } from "../catalogue/types.js";

/** How a block selector is called. */
export interface BlockFunction {
  /** The package exporting the function. */
  readonly module: string;
  /** The exported function. */
  readonly name: string;
  /** `spread`: `f(block, ...args)`; `array`: `f(block, [args])` (the value family). */
  readonly args: "spread" | "array";
  /** The class of the answer, or undefined when it is any value. */
  readonly answers: string | undefined;
  /** Whether a call may suspend. */
  readonly suspends: Suspension;
}

const RUNTIME = "@smalltalk-sockets/runtime";
const PROCESS = "@smalltalk-sockets/process";

function runtime(name: string, args: "spread" | "array", suspends: Suspension): BlockFunction {
  return { module: RUNTIME, name, args, answers: undefined, suspends };
}

function process(name: string, answers: string | undefined, suspends: Suspension): BlockFunction {
  return { module: PROCESS, name, args: "spread", answers, suspends };
}

/** The block selectors written as function calls, by selector. */
export const BLOCK_FUNCTIONS: Readonly<Record<string, BlockFunction>> = {
  value: runtime("valueWithArguments", "array", "blocks"),
  "value:": runtime("valueWithArguments", "array", "blocks"),
  "value:value:": runtime("valueWithArguments", "array", "blocks"),
  "value:value:value:": runtime("valueWithArguments", "array", "blocks"),
  "value:value:value:value:": runtime("valueWithArguments", "array", "blocks"),
  "valueWithArguments:": runtime("valueWithArguments", "spread", "blocks"),
  "cull:": runtime("cull", "spread", "blocks"),
  "cull:cull:": runtime("cull", "spread", "blocks"),
  "cull:cull:cull:": runtime("cull", "spread", "blocks"),
  "on:do:": runtime("onDo", "spread", "blocks"),
  "ensure:": runtime("ensure", "spread", "blocks"),
  "ifCurtailed:": runtime("ifCurtailed", "spread", "blocks"),
  "whileTrue:": runtime("whileTrue", "spread", "blocks"),
  "whileFalse:": runtime("whileFalse", "spread", "blocks"),
  repeat: runtime("repeat", "spread", "blocks"),
  newProcess: process("newProcess", "Process", "never"),
  "newProcessWith:": process("newProcessWith", "Process", "never"),
  fork: process("fork", "Process", "maybe"),
  "forkAt:": process("forkAt", "Process", "maybe"),
  "forkAt:named:": process("forkAtNamed", "Process", "maybe"),
  "forkNamed:": process("forkNamed", "Process", "maybe"),
  forkAndWait: process("forkAndWait", undefined, "maybe"),
  "valueWithin:onTimeout:": process("valueWithinOnTimeout", undefined, "maybe"),
  "valueWithinMilliseconds:onTimeout:": process("valueWithinMillisecondsOnTimeout", undefined, "maybe"),
};

/**
 * The blocks a call evaluates (whose suspension it shares): the receiver, and the arguments too
 * unless they are values passed to the receiver (`value:`, `valueWithArguments:`, `cull:`).
 */
export function evaluatedBlocks<T>(fn: BlockFunction, receiver: T, args: readonly T[]): T[] {
  return fn.name === "valueWithArguments" || fn.name === "cull" ? [receiver] : [receiver, ...args];
}
