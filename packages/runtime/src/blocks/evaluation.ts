import { requireClass } from "../kernel/class.js";
import { isPromise, type MaybePromise } from "../kernel/maybe-promise.js";

/** A block: a JavaScript function whose `length` is its number of arguments (`numArgs`). */
export type Block = (...args: any[]) => unknown;

interface SignalsSync {
  signalSync(): unknown;
}

function newError(className: string, text: string): SignalsSync {
  const cls = requireClass(className) as unknown as new (text: string) => SignalsSync;
  return new cls(text);
}

function argumentCount(count: number): string {
  return `${count} argument${count === 1 ? "" : "s"}`;
}

/**
 * Evaluates `block` with `args` (`value`, `value:`, ..., `valueWithArguments:`). A wrong number of
 * arguments signals the Error Squeak signals ('This block accepts 1 argument, but was called
 * with 0 arguments.').
 */
export function valueWithArguments(block: Block, args: readonly unknown[]): unknown {
  if (block.length !== args.length) {
    return newError(
      "Error",
      `This block accepts ${argumentCount(block.length)}, but was called with ${argumentCount(args.length)}.`,
    ).signalSync();
  }
  return block(...args);
}

/** Evaluates `block` with as many of `args` as it takes (`cull:`, `cull:cull:`, ...). */
export function cull(block: Block, ...args: unknown[]): unknown {
  if (block.length > args.length) return valueWithArguments(block, args);
  return block(...args.slice(0, block.length));
}

/**
 * The Boolean a control structure needs: `value` itself when it is one, else the resumption value
 * of a NonBooleanReceiver signal ('proceed for truth.').
 */
export function mustBeBoolean(value: unknown): boolean {
  if (value === true || value === false) return value;
  const error = newError("NonBooleanReceiver", "proceed for truth.");
  const resumed = error.signalSync();
  return resumed === true;
}

/**
 * Runs a loop whose steps may suspend: `step` answers whether to go on (or a Promise of that).
 * Stays synchronous until a step suspends, then continues asynchronously, in order.
 */
export function loop(step: () => MaybePromise<boolean>): MaybePromise<null> {
  for (;;) {
    const more = step();
    if (isPromise(more)) return more.then((goOn) => (goOn ? loopAsync(step) : null));
    if (!more) return null;
  }
}

async function loopAsync(step: () => MaybePromise<boolean>): Promise<null> {
  while (await step()) {
    // each step is awaited strictly in order
  }
  return null;
}

/** Evaluates `second` after `first` has answered, without suspending when neither does. */
export function sequence<T>(first: unknown, second: () => MaybePromise<T>): MaybePromise<T> {
  return isPromise(first) ? first.then(second) : second();
}

/** `whileTrue:`: evaluates `body` while `condition` answers true. */
export function whileTrue(condition: Block, body: Block): MaybePromise<null> {
  return loop(() => {
    const test = condition();
    const go = (value: unknown) => (mustBeBoolean(value) ? sequence(body(), () => true) : false);
    return isPromise(test) ? test.then(go) : go(test);
  });
}

/** `whileFalse:`: evaluates `body` while `condition` answers false. */
export function whileFalse(condition: Block, body: Block): MaybePromise<null> {
  return loop(() => {
    const test = condition();
    const go = (value: unknown) => (mustBeBoolean(value) ? false : sequence(body(), () => true));
    return isPromise(test) ? test.then(go) : go(test);
  });
}

/** `repeat`: evaluates `body` forever (a `^` or an exception ends it). */
export function repeat(body: Block): MaybePromise<null> {
  return loop(() => sequence(body(), () => true));
}
