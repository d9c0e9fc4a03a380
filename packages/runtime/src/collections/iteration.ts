import { valueWithArguments } from "../blocks/evaluation.js";
import type { MaybePromise } from "../kernel/maybe-promise.js";
import { send } from "../kernel/send.js";

/**
 * The one loop under every iterating collection method (`do:`, `collect:`, `detect:ifNone:`,
 * `inject:into:`, sorting, ...). Blocks are called strictly in order. While every step answers
 * a plain value the loop runs synchronously and answers a plain value (the sync fast path); as
 * soon as one step answers a Promise, the loop awaits it and every later step, one at a time,
 * and answers a Promise (never `Promise.all`).
 */

/** A step's answer meaning "no element here" (an entry removed during iteration): `after` is not called. */
export const SKIP: unique symbol = Symbol("skip");

/**
 * How many steps a loop runs: a fixed count, or a function read before every step (a live
 * bound, as OrderedCollection's `do:` re-reads `lastIndex`).
 */
export type StepCount = number | (() => number);

/**
 * What happens with each step's settled answer: `true` ends the loop early (`detect:` found its
 * element); anything else goes on. It runs synchronously.
 */
export type AfterStep = (result: unknown) => boolean;

function limitOf(count: StepCount): number {
  return typeof count === "number" ? count : count();
}

/**
 * Runs `step(0)`, `step(1)`, ... while the index is below `count`, handing each settled answer
 * to `after`. Answers whether `after` stopped the loop early: a boolean while every step answers
 * synchronously, else a Promise of it.
 */
export function each(
  count: StepCount,
  step: (index: number) => unknown,
  after?: AfterStep,
): MaybePromise<boolean> {
  for (let index = 0; index < limitOf(count); index += 1) {
    const result = step(index);
    if (result instanceof Promise) return eachAsync(result, index, count, step, after);
    if (after !== undefined && result !== SKIP && after(result)) return true;
  }
  return false;
}

async function eachAsync(
  pending: Promise<unknown>,
  index: number,
  count: StepCount,
  step: (index: number) => unknown,
  after: AfterStep | undefined,
): Promise<boolean> {
  let result: unknown = await pending;
  for (;;) {
    if (after !== undefined && result !== SKIP && after(result)) return true;
    index += 1;
    if (index >= limitOf(count)) return false;
    result = step(index);
    if (result instanceof Promise) result = await result;
  }
}

const VALUE_SELECTORS = ["value", "value:", "value:value:", "value:value:value:"] as const;

/**
 * A block argument as iteration calls it: a function of the right arity is called directly (no
 * per-element check); one of another arity signals Squeak's 'wrong number of arguments' error
 * when it is called, as Squeak does (so an empty collection never complains); any other object
 * (a Symbol, anything understanding `value:`) is sent `value:`/`value:value:`.
 */
export function callable(block: unknown, arity: 0 | 1 | 2 | 3): (...args: any[]) => unknown {
  if (typeof block === "function") {
    if (block.length === arity) return block as (...args: unknown[]) => unknown;
    return (...args: unknown[]) =>
      valueWithArguments(block as (...a: unknown[]) => unknown, args.slice(0, arity));
  }
  const selector = VALUE_SELECTORS[arity];
  return (...args: unknown[]) => send(block, selector, ...args.slice(0, arity));
}

/** `aBlock value` for an argument that may be a block or any object (`ifEmpty: 'none'` answers 'none'). */
export function evaluate(block: unknown): unknown {
  return typeof block === "function" ? callable(block, 0)() : send(block, "value");
}

/** `aBlock cull: argument`: a block taking no argument is evaluated without it. */
export function cullWith(block: unknown, argument: unknown): unknown {
  if (typeof block !== "function") return send(block, "value");
  return block.length === 0 ? block() : callable(block, 1)(argument);
}
