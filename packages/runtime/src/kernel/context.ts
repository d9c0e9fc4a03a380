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

const AsyncFunction = (async () => {}).constructor;

/** The context of the computation running now (the root context outside any process). */
export function currentContext(): ExecutionContext {
  return synchronous ?? storage.getStore() ?? root;
}

/**
 * Runs `body` in `context`; the context follows every `await` inside it. An async function runs
 * in AsyncLocalStorage; any other function is taken to be synchronous (a block that may suspend
 * is an async function: st2ts emits every such block as one) and runs on the fast path. A plain
 * function that answers a Promise anyway keeps the context for its synchronous part only.
 */
export function runInContext<T>(context: ExecutionContext, body: () => T): T {
  const saved = synchronous;
  if (body instanceof AsyncFunction) {
    synchronous = undefined;
    try {
      return storage.run(context, body);
    } finally {
      synchronous = saved;
    }
  }
  synchronous = context;
  try {
    return body();
  } finally {
    synchronous = saved;
  }
}
