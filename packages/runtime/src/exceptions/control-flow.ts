import type { HandlerFrame } from "../kernel/context.js";

/**
 * The base of the runtime's control-flow signals: values thrown to unwind to a known place
 * (a handler's `on:do:`, a method's activation, a process's bottom). They are not errors: every
 * runtime `catch` rethrows them untouched, and `on:do:` never hands them to a handler.
 */
export class ControlFlow {}

/** `ex return: value` (or a handler block that falls off its end): unwind to `frame`'s `on:do:`. */
export class HandlerReturn extends ControlFlow {
  readonly frame: HandlerFrame;
  readonly value: unknown;

  constructor(frame: HandlerFrame, value: unknown) {
    super();
    this.frame = frame;
    this.value = value;
  }
}

/** `ex retry` and `ex retryUsing: aBlock`: unwind to `frame`'s `on:do:` and evaluate again. */
export class HandlerRetry extends ControlFlow {
  readonly frame: HandlerFrame;
  readonly replacement: (() => unknown) | null;

  constructor(frame: HandlerFrame, replacement: (() => unknown) | null) {
    super();
    this.frame = frame;
    this.replacement = replacement;
  }
}

/** `ex resume: value`: unwind the handler block and answer `value` from `signal` (or `outer`). */
export class Resumption extends ControlFlow {
  readonly exception: object;
  readonly value: unknown;

  constructor(exception: object, value: unknown) {
    super();
    this.exception = exception;
    this.value = value;
  }
}

/**
 * A handler block that suspended while handling an exception signalled by synchronous runtime
 * code: the synchronous signaller cannot wait for it, so the rest of the handling happens in the
 * `on:do:` of `frame`, after unwinding (documented deviation: such a handler cannot resume).
 */
export class DeferredHandling extends ControlFlow {
  readonly frame: HandlerFrame;
  readonly exception: object;
  readonly outcome: Promise<unknown>;

  constructor(frame: HandlerFrame, exception: object, outcome: Promise<unknown>) {
    super();
    this.frame = frame;
    this.exception = exception;
    this.outcome = outcome;
  }
}

/** The identity of one method activation, the target of `^` from its blocks. */
export class Home {
  /** Set once the activation has returned: a `^` to it then signals BlockCannotReturn. */
  dead = false;
}

/** `^ value` evaluated in a block: unwind to the activation `home` and answer `value` from it. */
export class NonLocalReturn extends ControlFlow {
  readonly home: Home;
  readonly value: unknown;

  constructor(home: Home, value: unknown) {
    super();
    this.home = home;
    this.value = value;
  }
}
