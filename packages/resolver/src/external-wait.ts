import { Semaphore } from "@smalltalk-sockets/process";
import { type ExecutionContext, runInContext } from "@smalltalk-sockets/runtime";

/** How a piece of Node work ended, as the waiting process sees it. */
export type ExternalOutcome<T> =
  | { readonly status: "done"; readonly value: T }
  | { readonly status: "failed"; readonly error: unknown }
  | { readonly status: "timedOut" };

/** The context outside every Smalltalk process, where Node callbacks signal Semaphores. */
const OUTSIDE_PROCESSES: ExecutionContext = Object.freeze({ handlers: null, process: null });

const TIMED_OUT: ExternalOutcome<never> = Object.freeze({ status: "timedOut" });

/** The Semaphores to signal after this event-loop turn's callbacks, and a spare list to swap in. */
let pending: Semaphore[] = [];
let spare: Semaphore[] = [];

function signalAll(): void {
  const batch = pending;
  pending = spare;
  for (const semaphore of batch) semaphore.signal();
  batch.length = 0;
  spare = batch;
}

function signalPending(): void {
  runInContext(OUTSIDE_PROCESSES, signalAll);
}

/**
 * Signals `semaphore` for an I/O event, as the VM does: the VM's I/O poll only records the
 * signals of every event it found, and the scheduler switches processes once the poll is over.
 * So the signals of every Node callback of one event-loop turn are made together, after them
 * (`setImmediate`), and the highest-priority waiter among them runs first: in the Taeumel snippet
 * the client (priority 40) goes on before the server (30) although the server's side of the
 * connection was reported first. The signals are made outside every Smalltalk process (a callback
 * may run in the async context of the process that started the work).
 */
export function signalFromOutside(semaphore: Semaphore): void {
  if (pending.length === 0) setImmediate(signalPending);
  pending.push(semaphore);
}

/**
 * Waits for `work` (a Promise of Node work: a lookup, a bind) the way a Smalltalk process waits
 * for I/O: parked on a Semaphore that the work's completion signals, so that other processes run
 * meanwhile, `terminate` releases the wait, and the scheduler knows the process is blocked.
 * Gives up after `timeoutMs` milliseconds unless it is null. Outside any process, it waits in a
 * process of its own.
 */
export async function waitForExternal<T>(
  work: Promise<T>,
  timeoutMs: number | null,
): Promise<ExternalOutcome<T>> {
  const semaphore = new Semaphore();
  let outcome: ExternalOutcome<T> = TIMED_OUT;
  work.then(
    (value) => {
      outcome = { status: "done", value };
      signalFromOutside(semaphore);
    },
    (error: unknown) => {
      outcome = { status: "failed", error };
      signalFromOutside(semaphore);
    },
  );
  await (timeoutMs === null ? semaphore.wait() : semaphore.waitTimeoutMSecs(timeoutMs));
  return outcome;
}
