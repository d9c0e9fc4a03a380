import {
  andThen,
  type MaybePromise,
  type PrintStream,
  registerClass,
  StError,
  StObject,
} from "@smalltalk-sockets/runtime";
import { durationMilliseconds, numberValue } from "./durations.js";
import { inProcess } from "./run-process.js";
import { Semaphore } from "./semaphore.js";

/**
 * `Delay`: suspends the active process for a number of milliseconds (`wait`), on a Semaphore that
 * a Node timer signals. Node's timers have a resolution of about a millisecond; a process resumes
 * once the timer fired and no higher-priority process is running.
 *
 * ```ts
 * await Delay.forMilliseconds(100).wait();
 * ```
 */
export class Delay extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Delay";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-Processes";
  static {
    registerClass(this);
  }

  readonly #milliseconds: number;
  readonly #semaphore = new Semaphore().$describeWaitAs("Delay>>wait");
  #timer: NodeJS.Timeout | null = null;
  #resumptionTime = 0;
  #beingWaitedOn = false;

  /** A Delay of `milliseconds` (an integer, at least 0); use the class-side selectors from Smalltalk. */
  constructor(milliseconds: number) {
    super();
    this.#milliseconds = milliseconds;
  }

  /** @selector forMilliseconds: — a Delay of `milliseconds`; negative signals 'delay times cannot be negative'. */
  static forMilliseconds(milliseconds: unknown): Delay {
    return Delay.#checked(numberValue(milliseconds));
  }

  /** @selector forSeconds: — a Delay of `seconds` (any Number, truncated to milliseconds). */
  static forSeconds(seconds: unknown): Delay {
    return Delay.#checked(numberValue(seconds) * 1000);
  }

  /**
   * @selector forDuration: — a Delay of `duration`: a Duration (anything answering
   * `asMilliSeconds`), or a Number of milliseconds.
   */
  static forDuration(duration: unknown): Delay {
    return Delay.#checked(durationMilliseconds(duration));
  }

  static #checked(milliseconds: number): Delay {
    if (milliseconds < 0) new StError("delay times cannot be negative").signalSync();
    return new Delay(Math.trunc(Math.max(0, milliseconds)));
  }

  /** @selector delayDuration — the duration in milliseconds. */
  delayDuration(): number {
    return this.#milliseconds;
  }

  /** @selector delaySemaphore — the semaphore `wait` waits on, which the timer signals. */
  delaySemaphore(): Semaphore {
    return this.#semaphore;
  }

  /** @selector beingWaitedOn — whether a process is waiting on this Delay now. */
  beingWaitedOn(): boolean {
    return this.#beingWaitedOn;
  }

  /**
   * @selector wait — suspends the active process for the delay's duration. A Delay serves one
   * process at a time ('This Delay has already been scheduled.'). Terminating the waiting process
   * cancels the timer.
   */
  wait(): MaybePromise<this> {
    return inProcess("Delay>>wait", (process) => {
      if (this.#beingWaitedOn) {
        return andThen(new StError("This Delay has already been scheduled.").signal(), () => this);
      }
      this.#schedule();
      const waited = this.#semaphore.$wait(process, null, this);
      if (!(waited instanceof Promise)) return waited;
      return waited.catch((thrown: unknown) => {
        this.#unschedule();
        throw thrown;
      });
    });
  }

  /** @selector printOn: — `a Delay(100 msecs)`, with the time remaining while it is waited on. */
  override printOn(stream: PrintStream): this {
    const remaining = this.#beingWaitedOn
      ? `; ${Math.max(0, this.#resumptionTime - Date.now())} msecs remaining`
      : "";
    stream.nextPutAll(`a Delay(${this.#milliseconds} msecs${remaining})`);
    return this;
  }

  #schedule(): void {
    this.#beingWaitedOn = true;
    this.#resumptionTime = Date.now() + this.#milliseconds;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#beingWaitedOn = false;
      void this.#semaphore.signal();
    }, this.#milliseconds);
  }

  #unschedule(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#beingWaitedOn = false;
  }
}
