import type { MaybePromise } from "@smalltalk-sockets/runtime";
import { USER_SCHEDULING_PRIORITY } from "./priorities.js";
import { currentProcess, Process } from "./process.js";

/** Options of {@link runProcess}. */
export interface RunProcessOptions {
  /** The process's name (default `a JavaScript caller`). */
  readonly name?: string;
  /** The process's priority (default `userSchedulingPriority`, 40). */
  readonly priority?: number;
}

/** What a process run by {@link runProcess} rejects with when it is terminated. */
export class ProcessTerminatedError extends Error {
  override readonly name = "ProcessTerminatedError";
  /** The process's name. */
  readonly processName: string;

  constructor(processName: string) {
    super(`the process '${processName}' was terminated`);
    this.processName = processName;
  }
}

/**
 * Runs `body` as a new Smalltalk process (runnable at once) and answers a Promise of its value.
 * An error nobody handles in it rejects the Promise (it is not reported on stderr); terminating
 * the process rejects it with a {@link ProcessTerminatedError}. For JavaScript callers that are
 * not in a Smalltalk process.
 */
export function runProcess<T>(body: () => MaybePromise<T>, options: RunProcessOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let failure: { readonly thrown: unknown } | null = null;
    const name = options.name ?? "a JavaScript caller";
    const process = new Process(body, options.priority ?? USER_SCHEDULING_PRIORITY, {
      name,
      observer: {
        returned: (value) => resolve(value as T),
        failed: (thrown) => {
          failure ??= { thrown };
          return true;
        },
        terminated: () => reject(failure === null ? new ProcessTerminatedError(name) : failure.thrown),
      },
    });
    void process.resume();
  });
}

/**
 * Runs `operation` in the calling Smalltalk process, or, outside any process (a Node callback, a
 * test), in a process of its own at `userSchedulingPriority`: a blocking operation needs a process
 * to block. `name` names that process.
 */
export function inProcess<T>(
  name: string,
  operation: (process: Process) => MaybePromise<T>,
): MaybePromise<T> {
  const process = currentProcess();
  if (process !== null) return operation(process);
  return runProcess(() => operation(currentProcess()!), { name });
}
