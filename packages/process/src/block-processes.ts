import {
  andThen,
  type Block,
  ensure,
  type MaybePromise,
  valueWithArguments,
} from "@smalltalk-sockets/runtime";
import { Process } from "./process.js";
import { Processor } from "./processor-scheduler.js";
import { Semaphore } from "./semaphore.js";

/**
 * The block side of processes (`BlockClosure>>newProcess`, `fork`, ...), as plain functions for
 * TypeScript callers and generated code; `block-extensions.ts` installs them as BlockClosure
 * methods. A new process takes the active process's priority (40 outside any process).
 */

/** `newProcess`: a suspended process that will evaluate `block` (which takes no argument). */
export function newProcess(block: Block): Process {
  return new Process(() => valueWithArguments(block, []), Processor.activePriority());
}

/** `newProcessWith:`: a suspended process that will evaluate `block` with the elements of `args`. */
export function newProcessWith(block: Block, args: readonly unknown[]): Process {
  return new Process(() => valueWithArguments(block, args), Processor.activePriority());
}

/** `fork`: a new runnable process evaluating `block`, at the active priority; answers it. */
export function fork(block: Block): MaybePromise<Process> {
  return newProcess(block).resume();
}

/**
 * `forkAt:`: a new runnable process at `priority`; a suspension point (a higher priority than the
 * caller's runs at once).
 */
export function forkAt(block: Block, priority: number): MaybePromise<Process> {
  return newProcess(block).priority$(priority).resume();
}

/** `forkAt:named:`: a new runnable process at `priority`, named `name`. */
export function forkAtNamed(block: Block, priority: number, name: string): MaybePromise<Process> {
  return newProcess(block).priority$(priority).name$(name).resume();
}

/** `forkNamed:`: a new runnable process named `name`, at the active priority. */
export function forkNamed(block: Block, name: string): MaybePromise<Process> {
  return newProcess(block).name$(name).resume();
}

/**
 * `forkAndWait`: evaluates `block` in a new process at the active priority and waits until it
 * has ended (however it ends); answers `block`.
 */
export function forkAndWait(block: Block): MaybePromise<Block> {
  const done = new Semaphore().$describeWaitAs("BlockClosure>>forkAndWait");
  const forked = fork(() =>
    ensure(
      () => valueWithArguments(block, []),
      () => done.signal(),
    ),
  );
  return andThen(forked, () => andThen(done.wait(), () => block));
}
