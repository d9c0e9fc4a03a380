import type { MaybePromise } from "@smalltalk-sockets/runtime";
import { deadlockReport } from "./deadlock.js";
import { unhandledErrorCount } from "./notifier.js";
import { USER_SCHEDULING_PRIORITY } from "./priorities.js";
import { Process } from "./process.js";
import { Program } from "./scheduler.js";

/** Options of {@link runMain}. */
export interface RunMainOptions {
  /** The main process's name (default `main`). */
  readonly name?: string;
  /** The main process's priority (default `userSchedulingPriority`, 40, where Squeak runs do-its). */
  readonly priority?: number;
}

/** The exit status of a program whose processes all ended and reported no error. */
export const EXIT_SUCCESS = 0;
/** The exit status of a program in which an error went unhandled, or that deadlocked. */
export const EXIT_FAILURE = 1;

/**
 * Runs a program (a transpiled do-it): `body` runs as the main process at
 * `userSchedulingPriority`, and every process it forks runs too. Like Squeak's image after a
 * do-it, background processes go on after the main process has ended; the program is over when
 * none of its processes (the main process and those forked from its processes) can run:
 *
 * - every process has ended (or is suspended, which nothing can undo any more): resolves with
 *   {@link EXIT_SUCCESS}, or {@link EXIT_FAILURE} if an unhandled error was reported meanwhile;
 * - the processes left all wait for something that nothing can signal any more (Node's event loop
 *   is empty: no timer, socket or other I/O is pending): writes a deadlock report naming them and
 *   what they wait on to stderr and resolves with {@link EXIT_FAILURE}. They stay parked.
 *
 * ```ts
 * process.exitCode = await runMain(async () => { ... });
 * ```
 */
export function runMain(body: () => MaybePromise<unknown>, options: RunMainOptions = {}): Promise<number> {
  const errorsBefore = unhandledErrorCount();
  return new Promise<number>((resolve) => {
    const finish = (deadlocked: boolean) => {
      process.off("beforeExit", onBeforeExit);
      resolve(deadlocked || unhandledErrorCount() > errorsBefore ? EXIT_FAILURE : EXIT_SUCCESS);
    };
    const program = new Program(() => finish(false));
    const onBeforeExit = () => {
      const report = deadlockReport(program);
      if (report === null) return;
      process.stderr.write(report);
      finish(true);
    };
    process.on("beforeExit", onBeforeExit);
    const main = new Process(body, options.priority ?? USER_SCHEDULING_PRIORITY, {
      name: options.name ?? "main",
      program,
    });
    void main.resume();
  });
}
