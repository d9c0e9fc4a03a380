import {
  currentContext,
  type ExecutionContext,
  enterScheduledContext,
  runInContext,
} from "@smalltalk-sockets/runtime";
import { HIGHEST_PRIORITY, LOWEST_PRIORITY } from "./priorities.js";
import { type Linked, ProcessList } from "./process-list.js";

/**
 * The scheduler behind `Processor` (design rule 2): one run queue per priority, the active
 * process, and the rules of Squeak's VM.
 *
 * - Only the scheduler resumes a process, and only one process runs at a time: a process runs
 *   until it waits, yields, is preempted at a suspension point, or ends.
 * - The next process to run is the first of the highest non-empty run queue (FIFO within a level,
 *   no time slicing).
 * - A process made runnable at a higher priority than the running one preempts it at the running
 *   one's next suspension point; the preempted process goes back to the FRONT of its queue
 *   (Squeak's `processPreemptionYields` is false).
 *
 * A process parks on a Promise whose resolver the scheduler keeps; resuming it resolves that
 * Promise with the wait's value (`$wakeValue`). An {@link Interrupt} (termination, an exception
 * signalled into the process) runs instead when the process is resumed: in the execution context
 * the process parked in (its handlers), and its result settles the Promise.
 */

/** What a parked process does instead of answering its wait's value: throw, or signal. */
export type Interrupt = () => unknown;

/** A process's scheduling state (Squeak: on a run queue, on a Semaphore, on no list, or dead). */
export type SchedulingState = "suspended" | "runnable" | "running" | "waiting" | "terminated";

/**
 * The processes of one program (`runMain`): the main process and every process forked, directly
 * or not, from one of them. The program is over when none of them is runnable, running or waiting.
 */
export class Program {
  /** The members that are runnable, running or waiting. */
  readonly live: Set<Schedulable> = new Set();
  readonly #over: () => void;

  /** A program that calls `over` when its last live member stops being live. */
  constructor(over: () => void) {
    this.#over = over;
  }

  /** @internal Records `member`'s new state; calls back when the program is over. */
  $update(member: Schedulable, live: boolean): void {
    if (live) this.live.add(member);
    else if (this.live.delete(member) && this.live.size === 0) this.#over();
  }
}

/** Whether a process in `state` counts for its program: it runs, can run, or waits to. */
function isLive(state: SchedulingState): boolean {
  return state === "runnable" || state === "running" || state === "waiting";
}

/** What the scheduler needs of a process. */
export interface Schedulable extends Linked {
  readonly $priority: number;
  /** The program the process belongs to, if any. */
  readonly $program: Program | null;
  $state: SchedulingState;
  /** What the wait the process is parked in answers when it is resumed. */
  $wakeValue: unknown;
  /** What the process does instead when resumed, if anything. */
  $interrupt: Interrupt | null;
  /** Settles the Promise the process is parked on; null while it runs or before it starts. */
  $resolve: ((value: unknown) => void) | null;
  /** The execution context the process parked in. */
  $parkedIn: ExecutionContext | null;
  /** Starts the process's body (the first time it is dispatched). */
  $start(): void;
}

class Scheduler {
  readonly #queues: ProcessList<Schedulable>[] = [];
  #active: Schedulable | null = null;
  #dispatchQueued = false;
  /** No run queue above this priority has a process (so a search for work starts here). */
  #top = 0;

  constructor() {
    for (let priority = 0; priority <= HIGHEST_PRIORITY; priority += 1) this.#queues.push(new ProcessList());
  }

  /** The process that runs now (the one the scheduler last resumed), or null when idle. */
  get active(): Schedulable | null {
    return this.#active;
  }

  /**
   * Makes `process` runnable, at the back of its priority's queue. When no process runs (the
   * caller is a Node callback), the highest runnable process runs once the callback's synchronous
   * code is over: like the VM, which signals every semaphore of one I/O poll before it switches.
   */
  makeRunnable(process: Schedulable): void {
    this.#enqueue(process, false);
    if (this.#active === null) this.#dispatchSoon();
  }

  /** Takes `process` off its run queue (it is being suspended or terminated). */
  removeRunnable(process: Schedulable): void {
    this.#queues[process.$priority]!.remove(process);
  }

  /**
   * The suspension point of an operation that may have made a higher-priority process runnable:
   * when one is waiting to run, `current` (the running process) is preempted, and the answer is
   * the Promise of `value` that settles when it runs again; otherwise null (no suspension).
   */
  preempt(current: Schedulable | null, value: unknown): Promise<unknown> | null {
    if (current === null || current !== this.#active) return null;
    if (this.#highestRunnable() <= current.$priority) return null;
    current.$wakeValue = value;
    this.#enqueue(current, true);
    return this.#switchFrom(current);
  }

  /** Whether a runnable process has a higher priority than the running one (which `preempt` would let in). */
  canPreempt(): boolean {
    return this.#active !== null && this.#highestRunnable() > this.#active.$priority;
  }

  /**
   * `Processor yield`: `current` goes behind the other runnable processes of its priority, which
   * run first; the answer is the Promise of `value` that settles when it runs again. Answers null
   * when there is none (no suspension).
   */
  yield(current: Schedulable, value: unknown): Promise<unknown> | null {
    if (current !== this.#active || this.#highestRunnable() < current.$priority) return null;
    current.$wakeValue = value;
    this.#enqueue(current, false);
    return this.#switchFrom(current);
  }

  /**
   * Parks the running process `current` as waiting (it has put itself on a Semaphore's list) or
   * suspended, lets the next process run, and answers the Promise that settles when it is resumed.
   */
  park(current: Schedulable, state: "waiting" | "suspended"): Promise<unknown> {
    this.#setState(current, state);
    return this.#switchFrom(current);
  }

  /**
   * Runs `process` ahead of every other (to unwind it after `terminate`); `current`, when it is the
   * running process, waits at the front of its queue and gets `value` when it runs again.
   */
  runNext(process: Schedulable, current: Schedulable | null, value: unknown): Promise<unknown> | null {
    this.#enqueue(process, true);
    if (current === null || current !== this.#active) {
      if (this.#active === null) this.#dispatchSoon();
      return null;
    }
    current.$wakeValue = value;
    this.#enqueue(current, true);
    this.#active = null;
    const parked = this.#parkPromise(current);
    this.#resume(process);
    return parked;
  }

  /** Records that `process` has ended (its body returned or it was terminated). */
  ended(process: Schedulable): void {
    this.#setState(process, "terminated");
    if (this.#active === process) {
      this.#active = null;
      this.#dispatch();
    }
  }

  /** Records a state change of a process that is not running (suspended off a list). */
  setState(process: Schedulable, state: SchedulingState): void {
    this.#setState(process, state);
  }

  #setState(process: Schedulable, state: SchedulingState): void {
    const wasLive = isLive(process.$state);
    process.$state = state;
    const live = isLive(state);
    if (live !== wasLive) process.$program?.$update(process, live);
  }

  #dispatchSoon(): void {
    if (this.#dispatchQueued) return;
    this.#dispatchQueued = true;
    queueMicrotask(() => {
      this.#dispatchQueued = false;
      this.#dispatch();
    });
  }

  #enqueue(process: Schedulable, front: boolean): void {
    this.#setState(process, "runnable");
    const queue = this.#queues[process.$priority]!;
    if (front) queue.addFirst(process);
    else queue.addLast(process);
    if (process.$priority > this.#top) this.#top = process.$priority;
  }

  /** The highest priority with a runnable process, or 0. */
  #highestRunnable(): number {
    while (this.#top >= LOWEST_PRIORITY && this.#queues[this.#top]!.size === 0) this.#top -= 1;
    return this.#top < LOWEST_PRIORITY ? 0 : this.#top;
  }

  #parkPromise(process: Schedulable): Promise<unknown> {
    process.$parkedIn = currentContext();
    return new Promise((resolve) => {
      process.$resolve = resolve;
    });
  }

  #switchFrom(current: Schedulable): Promise<unknown> {
    const parked = this.#parkPromise(current);
    if (this.#active === current) this.#active = null;
    this.#dispatch();
    return parked;
  }

  #dispatch(): void {
    if (this.#active !== null) return;
    const priority = this.#highestRunnable();
    if (priority !== 0) this.#resume(this.#queues[priority]!.first!);
    else enterScheduledContext(undefined);
  }

  #resume(process: Schedulable): void {
    if (process.$list !== null) (process.$list as ProcessList<Schedulable>).remove(process);
    this.#active = process;
    this.#setState(process, "running");
    const resolve = process.$resolve;
    if (resolve === null) {
      process.$start();
      return;
    }
    process.$resolve = null;
    // The process goes on in the context it parked in (the runtime's scheduled context): nothing
    // else runs before its continuation, since every other process is parked or runnable.
    const context = process.$parkedIn!;
    enterScheduledContext(context);
    const interrupt = process.$interrupt;
    if (interrupt === null) {
      resolve(process.$wakeValue);
      return;
    }
    process.$interrupt = null;
    // Run as an async function in the context the process parked in, which follows the
    // interrupt's own awaits; whatever it throws rejects the parked Promise, and the process goes
    // on in that context again.
    const restore = (): void => enterScheduledContext(context);
    resolve(
      runInContext(context, async () => interrupt()).then(
        (value) => {
          restore();
          return value;
        },
        (thrown: unknown) => {
          restore();
          throw thrown;
        },
      ),
    );
  }
}

/** The one scheduler of this JavaScript realm (Squeak's `Processor`). */
export const scheduler: Scheduler = new Scheduler();
