import {
  andThen,
  type Block,
  ensure,
  type MaybePromise,
  registerClass,
  StObject,
  valueWithArguments,
} from "@smalltalk-sockets/runtime";
import type { Process } from "./process.js";
import { inProcess } from "./run-process.js";
import { Semaphore } from "./semaphore.js";

/**
 * `Mutex`: a critical section that the process owning it may enter again (re-entrant), unlike
 * `Semaphore>>critical:`. Waiting processes enter in FIFO order.
 */
export class Mutex extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Mutex";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-Processes";
  static {
    registerClass(this);
  }

  readonly #semaphore: Semaphore = Semaphore.forMutualExclusion().$describeWaitAs("Mutex>>critical:");
  #owner: Process | null = null;

  /**
   * @selector critical: — evaluates `block` holding the mutex; the owner evaluates it at once,
   * others wait for the mutex. It is released however `block` ends (also by termination).
   * @suspends it waits for the mutex, and releasing it lets a waiter in
   */
  critical(block: Block): MaybePromise<unknown> {
    return inProcess("Mutex>>critical:", (process) => {
      if (this.#owner === process) return valueWithArguments(block, []);
      return andThen(this.$enter(process), () =>
        ensure(
          () => valueWithArguments(block, []),
          () => this.$exit(),
        ),
      );
    });
  }

  /**
   * @selector critical:ifLocked: — evaluates `block` holding the mutex when it is free or already
   * the caller's, else evaluates `lockedBlock` without waiting.
   * @suspends releasing the mutex lets a waiter in
   */
  criticalIfLocked(block: Block, lockedBlock: Block): MaybePromise<unknown> {
    return inProcess("Mutex>>critical:ifLocked:", (process) => {
      if (this.#owner === process) return valueWithArguments(block, []);
      if (this.#owner !== null || !this.#semaphore.isSignaled()) return valueWithArguments(lockedBlock, []);
      return andThen(this.$enter(process), () =>
        ensure(
          () => valueWithArguments(block, []),
          () => this.$exit(),
        ),
      );
    });
  }

  /** @selector isOwned — whether some process holds the mutex. */
  isOwned(): boolean {
    return this.#owner !== null;
  }

  /** @internal The process holding the mutex, or null. */
  protected get $owner(): Process | null {
    return this.#owner;
  }

  /** @internal Waits for the mutex (FIFO), then holds it for `process`. */
  protected $enter(process: Process): MaybePromise<unknown> {
    return andThen(this.#semaphore.$wait(process, null, null), () => {
      this.#owner = process;
      return null;
    });
  }

  /** @internal Releases the mutex; the next waiter gets it (a suspension point). */
  protected $exit(): MaybePromise<unknown> {
    this.#owner = null;
    return this.#semaphore.signal();
  }
}
