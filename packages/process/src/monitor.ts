import {
  andThen,
  type Block,
  ensure,
  ifCurtailed,
  type MaybePromise,
  registerClass,
  StError,
  whileFalse,
  whileTrue,
} from "@smalltalk-sockets/runtime";
import { numberValue } from "./durations.js";
import { Mutex } from "./mutex.js";
import { currentProcess } from "./process.js";
import { Semaphore } from "./semaphore.js";

/**
 * `Monitor`: a re-entrant critical section (Squeak: a Mutex subclass) with a condition queue:
 * inside `critical:`, `wait` leaves the monitor and sleeps until `signal` or `signalAll`, then
 * enters it again before going on.
 */
export class Monitor extends Mutex {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Monitor";
  static {
    registerClass(this);
  }

  /** One semaphore per waiting process, in the order they started to wait. */
  readonly #waiting: Semaphore[] = [];

  /**
   * @selector wait — leaves the monitor, waits for `signal` or `signalAll`, then enters it again.
   * Only the process inside the monitor may wait ('Monitor access violation').
   */
  wait(): MaybePromise<this> {
    return this.waitMaxMilliseconds(null);
  }

  /**
   * @selector waitMaxMilliseconds: — like `wait`, but wakes by itself after `milliseconds` (nil:
   * no limit). Answers the monitor, as Squeak does (not whether time ran out).
   */
  waitMaxMilliseconds(milliseconds: unknown): MaybePromise<this> {
    const process = currentProcess();
    if (process === null || this.$owner !== process) return this.#accessViolation();
    const lock = new Semaphore().$describeWaitAs("Monitor>>wait");
    this.#waiting.push(lock);
    const limit =
      milliseconds === null || milliseconds === undefined ? null : Math.max(0, numberValue(milliseconds));
    // Squeak: leave the monitor, wait on a semaphore of one's own, and enter again however the
    // wait ends (also by termination, so that the enclosing critical: can leave it).
    const waitForSignal = () =>
      ifCurtailed(
        () =>
          andThen(lock.$wait(process, limit, false), (timedOut) => {
            if (timedOut) this.#forget(lock);
            return this;
          }),
        () => this.#forget(lock),
      );
    return andThen(this.$exit(), () => ensure(waitForSignal, () => this.$enter(process)));
  }

  /**
   * @selector waitWhile: — waits (as `wait`) as long as `condition` answers true.
   * @suspends it waits
   */
  waitWhile(condition: Block): MaybePromise<this> {
    return andThen(
      whileTrue(condition, () => this.wait()),
      () => this,
    );
  }

  /**
   * @selector waitUntil: — waits (as `wait`) until `condition` answers true.
   * @suspends it waits
   */
  waitUntil(condition: Block): MaybePromise<this> {
    return andThen(
      whileFalse(condition, () => this.wait()),
      () => this,
    );
  }

  /** @selector signal — wakes the process that has waited longest (it runs once it can enter). */
  signal(): MaybePromise<this> {
    if (this.$owner !== currentProcess() || this.$owner === null) return this.#accessViolation();
    const lock = this.#waiting.shift();
    return lock === undefined ? this : andThen(lock.signal(), () => this);
  }

  /** @selector signalAll — wakes every waiting process. */
  signalAll(): MaybePromise<this> {
    if (this.$owner !== currentProcess() || this.$owner === null) return this.#accessViolation();
    const locks = this.#waiting.splice(0);
    let result: MaybePromise<unknown> = null;
    for (const lock of locks) result = andThen(result, () => lock.signal());
    return andThen(result, () => this);
  }

  #forget(lock: Semaphore): void {
    const index = this.#waiting.indexOf(lock);
    if (index >= 0) this.#waiting.splice(index, 1);
  }

  #accessViolation(): MaybePromise<this> {
    return andThen(new StError("Monitor access violation").signal(), () => this);
  }
}
