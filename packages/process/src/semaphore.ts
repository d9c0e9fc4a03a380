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
import { currentProcess, type Process, type WaitList } from "./process.js";
import { ProcessList } from "./process-list.js";
import { inProcess } from "./run-process.js";

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
    waiter.$wake();
    return waiter.$preemptCaller(this, "Semaphore>>signal");
  }

  /** @selector wait — consumes an excess signal, or parks the active process until signalled. */
  wait(): MaybePromise<this> {
    const process = currentProcess();
    if (process === null) return inProcess("Semaphore>>wait", (self) => this.$wait(self, null, this));
    return this.$wait(process, null, this);
  }

  /**
   * @selector waitTimeoutMSecs: — waits at most `milliseconds`; answers true if the time ran out,
   * false if signalled (Squeak's answer; Pharo 12 calls it `waitTimeoutMilliseconds:`).
   */
  waitTimeoutMSecs(milliseconds: unknown): MaybePromise<boolean> {
    const limit = Math.max(0, numberValue(milliseconds));
    return inProcess("Semaphore>>waitTimeoutMSecs:", (process) => this.$wait(process, limit, false));
  }

  /** @selector waitTimeoutSeconds: — waits at most `seconds`; answers true if the time ran out. */
  waitTimeoutSeconds(seconds: unknown): MaybePromise<boolean> {
    return this.waitTimeoutMSecs(numberValue(seconds) * 1000);
  }

  /**
   * @selector critical: — waits, evaluates `block`, then signals however `block` ends. Not
   * re-entrant: a process that calls it again from inside `block` waits forever (use Mutex).
   * @suspends it waits for the semaphore, and signalling it lets a waiter in
   */
  critical(block: Block): MaybePromise<unknown> {
    return inProcess("Semaphore>>critical:", (process) =>
      andThen(this.$wait(process, null, null), () =>
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
   * @suspends signalling the semaphore lets a waiter in
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
   * not null. Answers `signalled` when signalled, true when the time ran out.
   */
  $wait<T>(process: Process, timeout: null, signalled: T): MaybePromise<T>;
  $wait(process: Process, timeout: number | null, signalled: false): MaybePromise<boolean>;
  $wait<T>(process: Process, timeout: number | null, signalled: T): MaybePromise<T | true> {
    if (this.#excessSignals > 0) {
      this.#excessSignals -= 1;
      return signalled;
    }
    this.#waiters.addLast(process);
    const parked = process.$block(this, this.#where, signalled) as Promise<T | true>;
    if (timeout === null) return parked;
    const timer = setTimeout(() => {
      if (process.$list !== this.#waiters) return;
      this.#waiters.remove(process);
      process.$wakeWith(true);
    }, timeout);
    return parked.finally(() => clearTimeout(timer));
  }

  /** @internal */
  $rewait(process: Process): void {
    if (this.#excessSignals > 0) {
      this.#excessSignals -= 1;
      process.$wake();
      return;
    }
    this.#waiters.addLast(process);
    process.$waitAgainSuspended();
  }

  /** @internal */
  $waitAgain(process: Process): MaybePromise<unknown> {
    return this.$wait(process, null, null);
  }
}
