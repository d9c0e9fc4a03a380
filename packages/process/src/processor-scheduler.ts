import { type MaybePromise, registerClass, StObject } from "@smalltalk-sockets/runtime";
import {
  HIGH_IO_PRIORITY,
  HIGHEST_PRIORITY,
  LOW_IO_PRIORITY,
  LOWEST_PRIORITY,
  SYSTEM_BACKGROUND_PRIORITY,
  TIMING_PRIORITY,
  USER_BACKGROUND_PRIORITY,
  USER_INTERRUPT_PRIORITY,
  USER_SCHEDULING_PRIORITY,
} from "./priorities.js";
import { currentProcess, type Process } from "./process.js";
import { scheduler } from "./scheduler.js";

/**
 * `ProcessorScheduler`: the class of `Processor`, the priorities and the active process. The
 * scheduling itself is in `scheduler.ts`.
 */
export class ProcessorScheduler extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ProcessorScheduler";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-Processes";
  static {
    registerClass(this);
  }

  /** @selector lowestPriority — 10, the idle process's priority. */
  lowestPriority(): number {
    return LOWEST_PRIORITY;
  }

  /** @selector systemBackgroundPriority — 20. */
  systemBackgroundPriority(): number {
    return SYSTEM_BACKGROUND_PRIORITY;
  }

  /** @selector userBackgroundPriority — 30. */
  userBackgroundPriority(): number {
    return USER_BACKGROUND_PRIORITY;
  }

  /** @selector userSchedulingPriority — 40, where do-its run. */
  userSchedulingPriority(): number {
    return USER_SCHEDULING_PRIORITY;
  }

  /** @selector userInterruptPriority — 50. */
  userInterruptPriority(): number {
    return USER_INTERRUPT_PRIORITY;
  }

  /** @selector lowIOPriority — 60. */
  lowIOPriority(): number {
    return LOW_IO_PRIORITY;
  }

  /** @selector highIOPriority — 70. */
  highIOPriority(): number {
    return HIGH_IO_PRIORITY;
  }

  /** @selector timingPriority — 80, the Delay timer's priority. */
  timingPriority(): number {
    return TIMING_PRIORITY;
  }

  /** @selector highestPriority — 80, the number of run queues. */
  highestPriority(): number {
    return HIGHEST_PRIORITY;
  }

  /** @selector activeProcess — the process running this code (nil outside any process). */
  activeProcess(): Process | null {
    return currentProcess();
  }

  /** @selector activePriority — the active process's priority (40 outside any process). */
  activePriority(): number {
    return currentProcess()?.priority() ?? USER_SCHEDULING_PRIORITY;
  }

  /**
   * @selector yield — lets the other runnable processes of the active priority run first (never
   * lower ones). A suspension point only when there is such a process.
   */
  yield(): MaybePromise<this> {
    const process = currentProcess();
    if (process === null) return this;
    return (scheduler.yield(process, this) as Promise<this> | null) ?? this;
  }

  /** @selector terminateActive — terminates the active process (never returns inside a process). */
  terminateActive(): MaybePromise<unknown> {
    return currentProcess()?.terminate() ?? this;
  }
}

/** `Processor`: the one ProcessorScheduler. */
export const Processor: ProcessorScheduler = new ProcessorScheduler();
