import {
  andThen,
  type Block,
  ensure,
  type MaybePromise,
  type PrintStream,
  printString,
  registerClass,
  StObject,
  valueWithArguments,
} from "@smalltalk-sockets/runtime";
import { numberValue } from "./durations.js";
import type { Process, WaitList } from "./process.js";
import { ProcessList } from "./process-list.js";
import { inProcess } from "./run-process.js";
import type { Outcome } from "./scheduler.js";

const SIGNALLED: Outcome = () => false;
const TIMED_OUT: Outcome = () => true;

/**
 * `Semaphore`: Squeak's counting semaphore. `wait` consumes an excess signal or parks the process
 * at the back of the semaphore's FIFO list; `signal` wakes the first waiter (which runs before the
 * signaller goes on when its priority is higher) or counts an excess signal.
 *
 * `signal` works from anywhere, also from a Node callback outside any process (socket data
 * arrived, a timer fired): the waiter becomes runnable and runs as soon as no process is running.
 * A process waiting on a semaphore that only I/O can signal counts as alive while the I/O source
 * keeps Node's event loop alive (an open socket does); see the README on deadlock detection.
 */
export class Semaphore extends StObject implements WaitList {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Semaphore";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-Processes";
  static {
    registerClass(this);
  }

  #excessSignals = 0;
  readonly #waiters = new ProcessList<Process>();
  #where = "Semaphore>>wait";

  /** @selector forMutualExclusion — a semaphore with one excess signal, for `critical:` (class side). */
  static forMutualExclusion(): Semaphore {
    const semaphore = new Semaphore();
    semaphore.#excessSignals = 1;
    return semaphore;
  }

  /**
   * @selector signal — wakes the first waiting process, else counts an excess signal. A suspension
   * point: a woken process of higher priority than the caller runs before the caller goes on.
   */
  signal(): MaybePromise<this> {
    const waiter = this.#waiters.removeFirst();
    if (waiter === null) {
      this.#excessSignals += 1;
      return this;
    }
    waiter.$wake(SIGNALLED);
    return waiter.$preemptCaller(this, "Semaphore>>signal");
  }

  /** @selector wait — consumes an excess signal, or parks the active process until signalled. */
  wait(): MaybePromise<this> {
    return inProcess("Semaphore>>wait", (process) => andThen(this.$wait(process, null), () => this));
  }

  /**
   * @selector waitTimeoutMSecs: — waits at most `milliseconds`; answers true if the time ran out,
   * false if signalled (Squeak's answer; Pharo 12 calls it `waitTimeoutMilliseconds:`).
   */
  waitTimeoutMSecs(milliseconds: unknown): MaybePromise<boolean> {
    const limit = Math.max(0, numberValue(milliseconds));
    return inProcess("Semaphore>>waitTimeoutMSecs:", (process) => this.$wait(process, limit));
  }

  /** @selector waitTimeoutSeconds: — waits at most `seconds`; answers true if the time ran out. */
  waitTimeoutSeconds(seconds: unknown): MaybePromise<boolean> {
    return this.waitTimeoutMSecs(numberValue(seconds) * 1000);
  }

  /**
   * @selector critical: — waits, evaluates `block`, then signals however `block` ends. Not
   * re-entrant: a process that calls it again from inside `block` waits forever (use Mutex).
   */
  critical(block: Block): MaybePromise<unknown> {
    return inProcess("Semaphore>>critical:", (process) =>
      andThen(this.$wait(process, null), () =>
        ensure(
          () => valueWithArguments(block, []),
          () => this.signal(),
        ),
      ),
    );
  }

  /**
   * @selector critical:ifLocked: — evaluates `block` inside the critical section when it is free,
   * else `lockedBlock` at once.
   */
  criticalIfLocked(block: Block, lockedBlock: Block): MaybePromise<unknown> {
    if (this.#excessSignals === 0) return valueWithArguments(lockedBlock, []);
    this.#excessSignals -= 1;
    return ensure(
      () => valueWithArguments(block, []),
      () => this.signal(),
    );
  }

  /** @selector isSignaled — whether there is an excess signal (a `wait` would not block). */
  isSignaled(): boolean {
    return this.#excessSignals > 0;
  }

  /** @selector excessSignals — the number of signals nobody has waited for yet. */
  excessSignals(): number {
    return this.#excessSignals;
  }

  /** @selector initSignals — forgets the excess signals. */
  initSignals(): this {
    this.#excessSignals = 0;
    return this;
  }

  /** @selector isEmpty — whether no process waits. */
  isEmpty(): boolean {
    return this.#waiters.size === 0;
  }

  /** @selector printOn: — `a Semaphore(...)` with the waiting processes, as Squeak's LinkedList prints. */
  override printOn(stream: PrintStream): this {
    stream.nextPutAll(`a Semaphore(${[...this.#waiters].map((each) => printString(each)).join(" ")})`);
    return this;
  }

  /**
   * @internal Names what waiting here means, for `printString` and the deadlock report of the
   * processes that wait (`SharedQueue>>next`, `Delay>>wait`).
   */
  $describeWaitAs(where: string): this {
    this.#where = where;
    return this;
  }

  /**
   * @internal `process` (the running process) waits here, at most `timeout` milliseconds when it is
   * not null; answers whether the time ran out.
   */
  $wait(process: Process, timeout: number | null): MaybePromise<boolean> {
    if (this.#excessSignals > 0) {
      this.#excessSignals -= 1;
      return false;
    }
    this.#waiters.addLast(process);
    const parked = process.$block(this, this.#where) as Promise<boolean>;
    if (timeout === null) return parked;
    const timer = setTimeout(() => {
      if (process.$list !== this.#waiters) return;
      this.#waiters.remove(process);
      process.$wake(TIMED_OUT);
    }, timeout);
    return parked.finally(() => clearTimeout(timer));
  }

  /** @internal */
  $rewait(process: Process): void {
    if (this.#excessSignals > 0) {
      this.#excessSignals -= 1;
      process.$wake(SIGNALLED);
      return;
    }
    this.#waiters.addLast(process);
    process.$waitAgainSuspended();
  }

  /** @internal */
  $waitAgain(process: Process): MaybePromise<unknown> {
    return this.$wait(process, null);
  }
}
