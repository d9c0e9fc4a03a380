import {
  andThen,
  BlockCannotReturn,
  currentContext,
  type ExecutionContext,
  enterScheduledContext,
  identityHash,
  type MaybePromise,
  NonLocalReturn,
  type PrintStream,
  type ProcessHooks,
  printString,
  registerClass,
  StError,
  StObject,
} from "@smalltalk-sockets/runtime";
import { reportUnhandledError } from "./notifier.js";
import { isValidPriority } from "./priorities.js";
import type { Linked, ProcessList } from "./process-list.js";
import { ProcessTermination } from "./process-termination.js";
import {
  type Interrupt,
  type Program,
  type Schedulable,
  type SchedulingState,
  scheduler,
} from "./scheduler.js";

/** Something a process can wait on (a Semaphore): it can take the process back after a suspension. */
export interface WaitList {
  /** Makes `process`, resumed after being suspended while it waited here, wait here again. */
  $rewait(process: Process): void;
  /** Waits again from inside `process` (after an exception signalled into it was resumed). */
  $waitAgain(process: Process): MaybePromise<unknown>;
}

/** The optional parts of a new {@link Process}. */
export interface ProcessOptions {
  /** Its name (default: its hash). */
  readonly name?: string;
  /** Who hears of its end (default: nobody; an unhandled error is reported on stderr). */
  readonly observer?: ProcessObserver;
  /** Its program (default: the creating process's program). */
  readonly program?: Program | null;
}

/** How a process's end is reported: to stderr (a forked process) or to a JavaScript caller. */
export interface ProcessObserver {
  /** The body answered `value`. */
  returned(value: unknown): void;
  /** An error nobody handled ended the process; answers false to have it reported instead. */
  failed(thrown: unknown): boolean;
  /** The process was terminated. */
  terminated(): void;
}

const TERMINATE: Interrupt = () => {
  throw new ProcessTermination();
};

/** Connects a process to the runtime's execution context (`ProcessHooks`). */
class ProcessBinding implements ProcessHooks {
  readonly process: Process;

  constructor(process: Process) {
    this.process = process;
  }

  unhandledError(exception: Error): never {
    this.process.$failed(exception);
    throw new ProcessTermination();
  }
}

/**
 * The process the calling code runs in, or null outside any Smalltalk process. A Node callback
 * (a timer, a socket event) inherits the execution context of the code that registered it, so a
 * context's process counts only while the scheduler is running it: a callback registered by a
 * process that now waits runs outside any process, as it should.
 */
export function currentProcess(): Process | null {
  const hooks = currentContext().process;
  if (!(hooks instanceof ProcessBinding)) return null;
  return hooks.process === scheduler.active ? hooks.process : null;
}

/**
 * `Process`: a Smalltalk process, an async computation scheduled by priority (see `scheduler.ts`).
 * It is made from a block by `newProcess` (suspended) or `fork` (runnable); it runs inside its own
 * execution context, so `Processor activeProcess`, its exception handlers and its termination
 * follow every `await`.
 *
 * ```ts
 * const worker = newProcess(async () => { await new Delay(100).wait(); });
 * worker.priority$(30);
 * await worker.resume();
 * ```
 */
export class Process extends StObject implements Schedulable {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Process";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-Processes";
  static {
    registerClass(this);
  }

  /** @internal */ $priority: number;
  /** @internal */ $state: SchedulingState = "suspended";
  /** @internal */ $wakeValue: unknown = null;
  /** @internal */ $interrupt: Interrupt | null = null;
  /** @internal */ $resolve: ((value: unknown) => void) | null = null;
  /** @internal */ $parkedIn: ExecutionContext | null = null;
  /** @internal */ $prevLink: Linked | null = null;
  /** @internal */ $nextLink: Linked | null = null;
  /** @internal */ $list: ProcessList<Linked> | null = null;
  /** @internal */ readonly $program: Program | null;

  readonly #body: () => unknown;
  readonly #context: ExecutionContext;
  readonly #observer: ProcessObserver | null;
  #name: string | null;
  #started = false;
  /** The Semaphore this process waits on (kept while it is suspended, to wait there again). */
  #blockedOn: WaitList | null = null;
  /** Where the process stopped last, for `printString` and the deadlock report. */
  #where = "[] in BlockClosure>>newProcess";
  #terminationPending = false;
  #endListeners: (() => void)[] | null = null;

  /**
   * A new suspended process that will evaluate `body` at `priority`. Use `newProcess` or `fork`
   * (the block protocol) rather than this constructor.
   */
  constructor(body: () => unknown, priority: number, options: ProcessOptions = {}) {
    super();
    this.#body = body;
    this.$priority = priority;
    this.#name = options.name ?? null;
    this.#observer = options.observer ?? null;
    this.$program = options.program === undefined ? (currentProcess()?.$program ?? null) : options.program;
    this.#context = { handlers: null, process: new ProcessBinding(this) };
  }

  /** @selector priority — the priority (10 to 80). */
  priority(): number {
    return this.$priority;
  }

  /**
   * @selector priority: — sets the priority; anything but an integer from 10 to 80 signals
   * 'Invalid priority: n'. As in Squeak 5.3 this only stores it: a waiting process moves to its
   * new run queue, and nothing is preempted until the next suspension point.
   */
  priority$(priority: number): this {
    if (!isValidPriority(priority)) {
      new StError(`Invalid priority: ${printString(priority)}`).signalSync();
      return this;
    }
    if (this.$state === "runnable") {
      scheduler.removeRunnable(this);
      this.$priority = priority;
      scheduler.makeRunnable(this);
    } else {
      this.$priority = priority;
    }
    return this;
  }

  /** @selector name — the name; by default the hash, padded to 5 characters as Squeak does. */
  name(): string {
    return this.#name ?? String(identityHash(this)).padStart(5, " ").slice(0, 5);
  }

  /** @selector name: — sets the name. */
  name$(name: string): this {
    this.#name = name;
    return this;
  }

  /** @selector isTerminated — whether the process has ended (its block returned, or it was terminated). */
  isTerminated(): boolean {
    return this.$state === "terminated";
  }

  /** @selector isSuspended — whether the process is on no list: new, or suspended by `suspend`. */
  isSuspended(): boolean {
    return this.$state === "suspended";
  }

  /** @selector isBlocked — whether the process waits on a Semaphore (or something built on one). */
  isBlocked(): boolean {
    return this.$state === "waiting";
  }

  /** @selector isRunnable — whether the process runs or waits in a run queue to run. */
  isRunnable(): boolean {
    return this.$state === "runnable" || this.$state === "running";
  }

  /**
   * @selector resume — makes the process runnable (at the back of its priority's run queue). A
   * suspension point: when it has a higher priority than the caller, it runs first. A process
   * suspended while it waited on a Semaphore waits there again. Resuming a process that is not
   * suspended fails ('primitive #resume in Process failed').
   */
  resume(): MaybePromise<this> {
    if (this.$state !== "suspended") {
      return andThen(new StError("primitive #resume in Process failed").signal(), () => this);
    }
    if (this.#blockedOn !== null) this.#blockedOn.$rewait(this);
    else scheduler.makeRunnable(this);
    return this.#preemptCaller("Process>>resume");
  }

  /**
   * @selector suspend — takes the process off its run queue or Semaphore; it stays until resumed.
   * On the active process this is a suspension point that lasts until someone resumes it. Answers
   * the Semaphore it was waiting on, else nil.
   */
  suspend(): MaybePromise<unknown> {
    switch (this.$state) {
      case "running":
        if (currentProcess() !== this) return null;
        this.#where = "Process>>suspend";
        this.$wakeValue = null;
        return scheduler.park(this, "suspended");
      case "runnable":
        scheduler.removeRunnable(this);
        scheduler.setState(this, "suspended");
        return null;
      case "waiting":
        this.$list!.remove(this);
        scheduler.setState(this, "suspended");
        return this.#blockedOn;
      default:
        return null;
    }
  }

  /**
   * @selector terminate — ends the process for good, unwinding it first: its pending `ensure:`
   * and `ifCurtailed:` blocks run and the `critical:` sections it holds are released. On the
   * active process it never returns. On another process, the victim unwinds before the caller
   * goes on (a suspension point); from outside any process the answer settles once it has ended.
   */
  terminate(): MaybePromise<this> {
    const caller = currentProcess();
    if (this.$state === "terminated") return this;
    if (caller === this) throw new ProcessTermination();
    if (!this.#started) {
      if (this.$state === "runnable") scheduler.removeRunnable(this);
      this.#ended();
      this.#observer?.terminated();
      return this;
    }
    if (this.$state === "running") {
      this.#terminationPending = true;
      return this.#whenEnded();
    }
    if (this.$state === "runnable") scheduler.removeRunnable(this);
    else if (this.$state === "waiting") this.$list!.remove(this);
    this.#blockedOn = null;
    this.$interrupt = TERMINATE;
    if (caller === null) {
      scheduler.runNext(this, null, null);
      return this.#whenEnded();
    }
    this.#where = "Process>>terminate";
    return (scheduler.runNext(this, caller, this) as Promise<this> | null) ?? this;
  }

  /**
   * @selector signalException: — signals `exception` in this process: at once when it is the active
   * process; a waiting process is woken to signal it (if a handler resumes, it waits again); a
   * runnable or suspended one signals it when it next runs.
   */
  signalException(exception: { signal(): unknown }): MaybePromise<unknown> {
    if (currentProcess() === this) return exception.signal();
    if (this.$state === "terminated" || (this.$state === "suspended" && !this.#started)) return this;
    if (this.$state === "waiting") {
      const list = this.#blockedOn!;
      this.$list!.remove(this);
      this.#blockedOn = null;
      this.$interrupt = () => andThen(exception.signal(), () => list.$waitAgain(this));
      scheduler.makeRunnable(this);
    } else {
      const interrupted = this.$interrupt;
      const value = this.$wakeValue;
      this.$interrupt = () => andThen(exception.signal(), interrupted ?? (() => value));
    }
    return this.#preemptCaller("Process>>signalException:");
  }

  /** @selector printOn: — `a Process in ` and where it stopped (`nil` while it runs or once it has ended). */
  override printOn(stream: PrintStream): this {
    const where = this.$state === "running" || this.$state === "terminated" ? "nil" : this.#where;
    stream.nextPutAll(`a Process in ${where}`);
    return this;
  }

  /** @internal Where the process stopped, for the deadlock report. */
  $where(): string {
    return this.#where;
  }

  /**
   * @internal Parks this (the running) process on `list`, where the caller has put it, until it is
   * woken; `where` names the wait (`Semaphore>>wait`); a signal answers `signalled` from the wait.
   */
  $block(list: WaitList, where: string, signalled: unknown): Promise<unknown> {
    if (this.#terminationPending) {
      this.$list?.remove(this);
      return Promise.reject(new ProcessTermination());
    }
    this.#blockedOn = list;
    this.#where = where;
    this.$wakeValue = signalled;
    return scheduler.park(this, "waiting");
  }

  /** @internal Wakes this process, which waits on a list that has just dropped it: its wait answers what a signal answers. */
  $wake(): void {
    this.#blockedOn = null;
    scheduler.makeRunnable(this);
  }

  /** @internal Wakes this process, which waits on a list that has just dropped it, its wait answering `value`. */
  $wakeWith(value: unknown): void {
    this.$wakeValue = value;
    this.$wake();
  }

  /** @internal Resumed after a suspension while waiting, this process waits on its list again. */
  $waitAgainSuspended(): void {
    scheduler.setState(this, "waiting");
  }

  /** @internal Lets a higher-priority process made runnable by the caller run first. */
  $preemptCaller<T>(value: T, where: string): MaybePromise<T> {
    if (!scheduler.canPreempt()) return value;
    const caller = currentProcess();
    if (caller === null) return value;
    caller.#where = where;
    return (scheduler.preempt(caller, value) as Promise<T> | null) ?? value;
  }

  /** @internal Called by the scheduler the first time the process is dispatched. */
  $start(): void {
    this.#started = true;
    // The scheduler keeps the process's context across `await` (the runtime's scheduled context).
    queueMicrotask(() => {
      enterScheduledContext(this.#context);
      void this.#run();
    });
  }

  /** @internal An error nobody handled is ending this process: report it (or hand it to the caller). */
  $failed(thrown: unknown): void {
    if (this.#observer?.failed(thrown) !== true) reportUnhandledError(this.name(), this.$priority, thrown);
  }

  readonly #run = async (): Promise<void> => {
    let value: unknown = null;
    let completed = false;
    try {
      value = await this.#body();
      completed = true;
    } catch (thrown) {
      await this.#atBottom(thrown);
    } finally {
      this.#ended();
    }
    if (completed) this.#observer?.returned(value);
    else this.#observer?.terminated();
  };

  /** What reaches the bottom of the process: termination ends it; anything else is reported. */
  async #atBottom(thrown: unknown): Promise<void> {
    if (thrown instanceof ProcessTermination) return;
    if (thrown instanceof NonLocalReturn) {
      // `^` from a block whose home is not on this process's stack (smalltalk-language.md §5.1).
      try {
        await new BlockCannotReturn("Block cannot return").result$(thrown.value).signal();
      } catch (again) {
        if (!(again instanceof ProcessTermination)) this.$failed(again);
      }
      return;
    }
    this.$failed(thrown);
  }

  #preemptCaller(where: string): MaybePromise<this> {
    return this.$preemptCaller(this, where);
  }

  #ended(): void {
    this.#blockedOn = null;
    scheduler.ended(this);
    const listeners = this.#endListeners;
    this.#endListeners = null;
    if (listeners !== null) for (const listener of listeners) listener();
  }

  #whenEnded(): Promise<this> {
    return new Promise((resolve) => {
      this.#endListeners ??= [];
      this.#endListeners.push(() => resolve(this));
    });
  }
}
