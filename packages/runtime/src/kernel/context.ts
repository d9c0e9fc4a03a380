import { AsyncLocalStorage } from "node:async_hooks";

/**
 * One `on:do:` handler: the exception selector it was installed with (a class or an
 * ExceptionSet), its handler block, and whether that block is running right now (a handler does
 * not catch what its own block signals, as in Squeak's `handleSignal:`).
 */
export interface HandlerFrame {
  readonly selector: ExceptionSelector;
  readonly handler: (...args: never[]) => unknown;
  active: boolean;
}

/** Anything that can stand after `on:`: an exception class or an ExceptionSet. */
export interface ExceptionSelector {
  handles(exception: unknown): boolean;
}

/** The handler stack as an immutable list, innermost frame first. */
export interface HandlerNode {
  readonly frame: HandlerFrame;
  readonly next: HandlerNode | null;
}

/**
 * What the runtime needs from the process an operation runs in. The `process` package implements
 * it; code that runs outside any Smalltalk process uses the root context, whose unhandled errors
 * reject the JavaScript caller's promise.
 */
export interface ProcessHooks {
  /** Reports an unhandled Error the way Squeak's notifier does and ends the process; never returns. */
  unhandledError(exception: Error): never;
}

/** The state that follows a Smalltalk computation across `await`: its process and handler stack. */
export interface ExecutionContext {
  readonly handlers: HandlerNode | null;
  readonly process: ProcessHooks | null;
}

const storage = new AsyncLocalStorage<ExecutionContext>();
const root: ExecutionContext = Object.freeze({ handlers: null, process: null });

/**
 * The context of a synchronous stretch (a block that is not an async function): kept in a plain
 * variable while that stretch runs, which costs almost nothing, instead of AsyncLocalStorage,
 * which costs about ten times a bare try/catch. Nothing can interleave with a synchronous
 * stretch, and microtasks never run while it does, so the variable is always the right one.
 */
let synchronous: ExecutionContext | undefined;

/**
 * The context of the Smalltalk process the scheduler runs now (undefined when none runs). Only
 * one process runs at a time and only the scheduler switches them (design rule 2), so a plain
 * variable, set by the scheduler whenever it resumes a process, follows every `await` of
 * Smalltalk code without AsyncLocalStorage, whose promise hooks would slow every `await` in the
 * program about threefold. Outside every process (plain TypeScript callers), AsyncLocalStorage
 * keeps concurrent computations apart.
 */
let scheduled: ExecutionContext | undefined;

const AsyncFunction = (async () => {}).constructor;

/** The context of the computation running now (the root context outside any process). */
export function currentContext(): ExecutionContext {
  return synchronous ?? scheduled ?? storage.getStore() ?? root;
}

/**
 * For the process scheduler: the context of the process it resumes now (the context that
 * process was in when it stopped), or undefined when no process runs.
 */
export function enterScheduledContext(context: ExecutionContext | undefined): void {
  scheduled = context;
}

/**
 * Runs `body` in `context`; the context follows every `await` inside it. Any function that is
 * not an async function is taken to be synchronous (a block that may suspend is an async
 * function: st2ts emits every such block as one) and runs on the fast path; a plain function that
 * answers a Promise anyway keeps the context for its synchronous part only. An async function
 * inside a Smalltalk process makes `context` the process's context until it settles; outside
 * every process it runs in AsyncLocalStorage.
 */
export function runInContext<T>(context: ExecutionContext, body: () => T): T {
  const saved = synchronous;
  if (!(body instanceof AsyncFunction)) {
    synchronous = context;
    try {
      return body();
    } finally {
      synchronous = saved;
    }
  }
  synchronous = undefined;
  try {
    return scheduled === undefined ? storage.run(context, body) : runInProcess(context, body);
  } finally {
    synchronous = saved;
  }
}

/**
 * `body` (an async function) in the running process with `context` as its context until it
 * settles. A process is sequential, and generated code awaits what it calls at once, so nothing
 * else of this process runs before the body's Promise settles; other processes run only when
 * this one is parked, and the scheduler gives it back the context it parked in.
 */
function runInProcess<T>(context: ExecutionContext, body: () => T): T {
  const outer = scheduled;
  scheduled = context;
  let result: T;
  try {
    result = body();
  } catch (thrown) {
    scheduled = outer;
    throw thrown;
  }
  if (!(result instanceof Promise)) {
    scheduled = outer;
    return result;
  }
  return result.then(
    (value) => {
      scheduled = outer;
      return value;
    },
    (thrown: unknown) => {
      scheduled = outer;
      throw thrown;
    },
  ) as T;
}
