import { type Block, ensure, type MaybePromise, onDo, valueWithArguments } from "@smalltalk-sockets/runtime";
import { durationMilliseconds, numberValue } from "./durations.js";
import { inProcess } from "./run-process.js";
import { TimedOut } from "./timed-out.js";

/**
 * `valueWithinMilliseconds:onTimeout:`: evaluates `block` in the current process; if it has not
 * finished after `milliseconds`, a watchdog (a Node timer, standing in for Squeak's watchdog process
 * at priority 79) signals TimedOut into the process, which unwinds `block` (its `ensure:` blocks
 * run) and answers `timeoutBlock value`. A duration of 0 or less answers `timeoutBlock value` at
 * once. The watchdog interrupts the process at a suspension point: a synchronous stretch of
 * JavaScript cannot be interrupted.
 */
export function valueWithinMillisecondsOnTimeout(
  block: Block,
  milliseconds: unknown,
  timeoutBlock: Block,
): MaybePromise<unknown> {
  const limit = numberValue(milliseconds);
  if (limit <= 0) return valueWithArguments(timeoutBlock, []);
  return inProcess("BlockClosure>>valueWithin:onTimeout:", (process) => {
    const tag = {};
    let watchdog: NodeJS.Timeout | null = setTimeout(() => {
      watchdog = null;
      void process.signalException(new TimedOut().tag$(tag));
    }, limit);
    const stopWatchdog = (): null => {
      if (watchdog !== null) clearTimeout(watchdog);
      watchdog = null;
      return null;
    };
    // An async protected block: the runtime keeps the TimedOut handler across its awaits.
    return onDo(
      async () => ensure(() => valueWithArguments(block, []), stopWatchdog),
      TimedOut,
      (exception: TimedOut) =>
        exception.tag() === tag ? valueWithArguments(timeoutBlock, []) : exception.pass(),
    );
  });
}

/** `valueWithin:onTimeout:`: as {@link valueWithinMillisecondsOnTimeout}, with a Duration (or milliseconds). */
export function valueWithinOnTimeout(
  block: Block,
  duration: unknown,
  timeoutBlock: Block,
): MaybePromise<unknown> {
  return valueWithinMillisecondsOnTimeout(block, durationMilliseconds(duration), timeoutBlock);
}
