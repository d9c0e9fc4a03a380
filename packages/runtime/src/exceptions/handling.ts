import { requireClass } from "../kernel/class.js";
import type { ExceptionSelector, ExecutionContext, HandlerFrame, HandlerNode } from "../kernel/context.js";
import { currentContext, runInContext } from "../kernel/context.js";
import type { MaybePromise } from "../kernel/maybe-promise.js";
import { ControlFlow, DeferredHandling, HandlerRetry, HandlerReturn, Resumption } from "./control-flow.js";

/**
 * The exception-handling engine (design rule 3): handlers run at signal time, on top of the
 * signalling computation, before anything unwinds; `return:`, `retry` and `retryUsing:` then
 * unwind to their `on:do:`, `resume:` answers from `signal`, `outer`, `pass` and `signal` search
 * further out. The handler stack is an immutable list in the {@link ExecutionContext}, so it
 * follows `await` and every Smalltalk process has its own.
 */

/** What the engine needs of an exception (the `Exception` class implements it). */
export interface Signalable {
  /** The handler running for this exception right now, if any. */
  $handler: HandlerNode | null;
  /** Set by the first `signal`; an exception that escapes unhandled is not handled again by `on:do:`. */
  $signalled: boolean;
  defaultAction(): unknown;
  isResumable(): boolean;
}

/** A block as the runtime calls it: any function, with or without arguments. */
export type AnyBlock = (...args: any[]) => unknown;

/** Calls a handler block with the exception when it takes an argument (`cull:`). */
function cull(handler: AnyBlock, exception: unknown): unknown {
  return handler.length === 0 ? handler() : handler(exception);
}

/** The innermost frame from `start` outwards that is not busy handling and accepts `exception`. */
function findHandler(exception: Signalable, start: HandlerNode | null): HandlerNode | null {
  for (let node = start; node !== null; node = node.next) {
    if (!node.frame.active && node.frame.selector.handles(exception)) return node;
  }
  return null;
}

function resumedOrRethrown(thrown: unknown, exception: Signalable): unknown {
  if (thrown instanceof Resumption && thrown.exception === exception) return thrown.value;
  throw thrown;
}

/**
 * Runs the handler of `node` for `exception` on top of the signaller. A handler block that falls
 * off its end returns its value from the `on:do:` (ANSI); `resume:` answers here. When the block
 * suspends, `defer` decides: a caller that can wait gets a Promise with the same semantics; a
 * synchronous primitive hands the rest to the `on:do:` ({@link DeferredHandling}).
 */
function runHandler(exception: Signalable, node: HandlerNode, defer: boolean): unknown {
  const previous = exception.$handler;
  const frame = node.frame;
  exception.$handler = node;
  frame.active = true;
  const done = () => {
    frame.active = false;
    exception.$handler = previous;
  };
  let value: unknown;
  try {
    value = cull(frame.handler as AnyBlock, exception);
  } catch (thrown) {
    done();
    return resumedOrRethrown(thrown, exception);
  }
  if (value instanceof Promise) {
    if (defer) throw new DeferredHandling(frame, exception, value.finally(done));
    return value.then(
      (result) => {
        done();
        throw new HandlerReturn(frame, result);
      },
      (thrown: unknown) => {
        done();
        return resumedOrRethrown(thrown, exception);
      },
    );
  }
  done();
  throw new HandlerReturn(frame, value);
}

/**
 * Signals `exception` (`signal`): runs the innermost handler that accepts it, or its
 * `defaultAction`, and answers the resumption value: synchronously when nothing suspends, else
 * a Promise. `start` is where the search begins (the handler stack of the running computation).
 */
export function signal(exception: Signalable, start?: HandlerNode | null): unknown {
  exception.$signalled = true;
  const node = findHandler(exception, start === undefined ? currentContext().handlers : start);
  return node === null ? exception.defaultAction() : runHandler(exception, node, false);
}

/**
 * Signals `exception` from synchronous runtime code (a primitive that fails: ZeroDivide,
 * SubscriptOutOfBounds, ...). A handler that completes without suspending has the whole protocol,
 * `resume:` included; one that suspends finishes in its `on:do:` after unwinding.
 */
export function signalSync(exception: Signalable): unknown {
  exception.$signalled = true;
  const node = findHandler(exception, currentContext().handlers);
  return node === null ? exception.defaultAction() : runHandler(exception, node, true);
}

/** Continues the handler search outside the handler running for `exception` (`outer`). */
export function signalOuter(exception: Signalable): unknown {
  const node = exception.$handler;
  return signal(exception, node === null ? currentContext().handlers : node.next);
}

type Outcome =
  | { readonly retry: false; readonly value: unknown }
  | { readonly retry: true; readonly body: AnyBlock };

/** A JavaScript error caught by `on:do:` as the Smalltalk Error that stands for it (JavaScriptError). */
function wrapForeign(thrown: unknown): Signalable {
  const JavaScriptError = requireClass("JavaScriptError") as unknown as { wrap(thrown: unknown): Signalable };
  return JavaScriptError.wrap(thrown);
}

/** Whether `thrown` is a Smalltalk exception (anything the engine has or can signal). */
function isSignalable(thrown: unknown): thrown is Signalable {
  return typeof thrown === "object" && thrown !== null && "$signalled" in thrown;
}

function outcomeOf(thrown: unknown, frame: HandlerFrame, body: AnyBlock, exception?: unknown): Outcome {
  if (thrown instanceof HandlerReturn && thrown.frame === frame) return { retry: false, value: thrown.value };
  if (thrown instanceof HandlerRetry && thrown.frame === frame) {
    return { retry: true, body: thrown.replacement ?? body };
  }
  // A handler that cannot resume its (already unwound) signaller answers the value from on:do:.
  if (thrown instanceof Resumption && thrown.exception === exception)
    return { retry: false, value: thrown.value };
  throw thrown;
}

/**
 * What `on:do:` does with something thrown out of its protected block: its own control-flow
 * signals end or restart it; a JavaScript error (or a Smalltalk exception thrown without being
 * signalled) is handled here, after unwinding, if the handler accepts it.
 */
function unwound(
  thrown: unknown,
  frame: HandlerFrame,
  body: AnyBlock,
  outside: ExecutionContext,
): MaybePromise<Outcome> {
  if (thrown instanceof DeferredHandling && thrown.frame === frame) {
    return thrown.outcome.then(
      (value) => ({ retry: false, value }),
      (reason: unknown) => outcomeOf(reason, frame, body, thrown.exception),
    );
  }
  if (thrown instanceof ControlFlow) return outcomeOf(thrown, frame, body);
  if (isSignalable(thrown) && thrown.$signalled) throw thrown;
  const exception = isSignalable(thrown) ? thrown : wrapForeign(thrown);
  if (!frame.selector.handles(exception)) throw thrown;
  exception.$signalled = true;
  const node: HandlerNode = { frame, next: outside.handlers };
  exception.$handler = node;
  frame.active = true;
  let value: unknown;
  try {
    value = runInContext(outside, () => cull(frame.handler as AnyBlock, exception));
  } catch (handlerThrown) {
    frame.active = false;
    return outcomeOf(handlerThrown, frame, body, exception);
  }
  if (value instanceof Promise) {
    return value.then(
      (result) => {
        frame.active = false;
        return { retry: false, value: result };
      },
      (reason: unknown) => {
        frame.active = false;
        return outcomeOf(reason, frame, body, exception);
      },
    );
  }
  frame.active = false;
  return { retry: false, value };
}

function invoke(context: ExecutionContext, body: AnyBlock): Promise<unknown> {
  try {
    return Promise.resolve(runInContext(context, body));
  } catch (thrown) {
    return Promise.reject(thrown);
  }
}

async function onDoAsync(
  pending: Promise<unknown>,
  body: AnyBlock,
  frame: HandlerFrame,
  inner: ExecutionContext,
  outside: ExecutionContext,
): Promise<unknown> {
  for (;;) {
    try {
      return await pending;
    } catch (thrown) {
      const outcome = await unwound(thrown, frame, body, outside);
      if (!outcome.retry) return outcome.value;
      body = outcome.body;
      pending = invoke(inner, body);
    }
  }
}

/**
 * `aBlock on: exceptionSelector do: handlerBlock`: evaluates `protectedBlock` with a handler for
 * `selector` installed. Completes synchronously when nothing suspends; answers a Promise otherwise.
 */
export function onDo(
  protectedBlock: AnyBlock,
  selector: ExceptionSelector,
  handler: AnyBlock,
): MaybePromise<unknown> {
  const outside = currentContext();
  const frame: HandlerFrame = { selector, handler, active: false };
  const inner: ExecutionContext = { handlers: { frame, next: outside.handlers }, process: outside.process };
  let body = protectedBlock;
  for (;;) {
    let result: unknown;
    try {
      result = runInContext(inner, body);
    } catch (thrown) {
      const outcome = unwound(thrown, frame, body, outside);
      if (outcome instanceof Promise) {
        return outcome.then((settled) =>
          settled.retry
            ? onDoAsync(invoke(inner, settled.body), settled.body, frame, inner, outside)
            : settled.value,
        );
      }
      if (!outcome.retry) return outcome.value;
      body = outcome.body;
      continue;
    }
    if (result instanceof Promise) return onDoAsync(result, body, frame, inner, outside);
    return result;
  }
}
