import type { HandlerFrame } from "../kernel/context.js";

/**
 * The base of the runtime's control-flow signals: values thrown to unwind to a known place
 * (a handler's `on:do:`, a method's activation, a process's bottom). They are not errors: every
 * runtime `catch` rethrows them untouched, and `on:do:` never hands them to a handler.
 */
export class ControlFlow {}

/** `ex return: value` (or a handler block that falls off its end): unwind to `frame`'s `on:do:`. */
export class HandlerReturn extends ControlFlow {
  constructor(
    readonly frame: HandlerFrame,
    readonly value: unknown,
  ) {
    super();
  }
}

/** `ex retry` and `ex retryUsing: aBlock`: unwind to `frame`'s `on:do:` and evaluate again. */
export class HandlerRetry extends ControlFlow {
  constructor(
    readonly frame: HandlerFrame,
    readonly replacement: (() => unknown) | null,
  ) {
    super();
  }
}

/** `ex resume: value`: unwind the handler block and answer `value` from `signal` (or `outer`). */
export class Resumption extends ControlFlow {
  constructor(
    readonly exception: object,
    readonly value: unknown,
  ) {
    super();
  }
}

/**
 * A handler block that suspended while handling an exception signalled by synchronous runtime
 * code: the synchronous signaller cannot wait for it, so the rest of the handling happens in the
 * `on:do:` of `frame`, after unwinding (documented deviation: such a handler cannot resume).
 */
export class DeferredHandling extends ControlFlow {
  constructor(
    readonly frame: HandlerFrame,
    readonly exception: object,
    readonly outcome: Promise<unknown>,
  ) {
    super();
  }
}

/** The identity of one method activation, the target of `^` from its blocks. */
export class Home {
  /** Set once the activation has returned: a `^` to it then signals BlockCannotReturn. */
  dead = false;
}

/** `^ value` evaluated in a block: unwind to the activation `home` and answer `value` from it. */
export class NonLocalReturn extends ControlFlow {
  constructor(
    readonly home: Home,
    readonly value: unknown,
  ) {
    super();
  }
}
