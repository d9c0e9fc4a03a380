import { type Block, BlockClosure, extendClass, type SmalltalkClass } from "@smalltalk-sockets/runtime";
import {
  fork,
  forkAndWait,
  forkAt,
  forkAtNamed,
  forkNamed,
  newProcess,
  newProcessWith,
} from "./block-processes.js";
import { valueWithinMillisecondsOnTimeout, valueWithinOnTimeout } from "./value-within.js";

/**
 * Installs the process protocol on the runtime's BlockClosure (Smalltalk extension methods), so
 * that `[...] fork` works through dynamic dispatch too: `newProcess`, `newProcessWith:`, `fork`,
 * `forkAt:`, `forkAt:named:`, `forkNamed:`, `forkAndWait`, `valueWithin:onTimeout:` and
 * `valueWithinMilliseconds:onTimeout:`. Importing the package runs this (its side effect).
 */
export function installBlockExtensions(): void {
  extendClass(BlockClosure as unknown as SmalltalkClass, {
    newProcess(this: Block) {
      return newProcess(this);
    },
    newProcessWith(this: Block, args: readonly unknown[]) {
      return newProcessWith(this, args);
    },
    fork(this: Block) {
      return fork(this);
    },
    forkAt(this: Block, priority: number) {
      return forkAt(this, priority);
    },
    forkAtNamed(this: Block, priority: number, name: string) {
      return forkAtNamed(this, priority, name);
    },
    forkNamed(this: Block, name: string) {
      return forkNamed(this, name);
    },
    forkAndWait(this: Block) {
      return forkAndWait(this);
    },
    valueWithinOnTimeout(this: Block, duration: unknown, timeoutBlock: Block) {
      return valueWithinOnTimeout(this, duration, timeoutBlock);
    },
    valueWithinMillisecondsOnTimeout(this: Block, milliseconds: unknown, timeoutBlock: Block) {
      return valueWithinMillisecondsOnTimeout(this, milliseconds, timeoutBlock);
    },
  });
}
