import { registerClass } from "../kernel/class.js";
import { classOf } from "../kernel/class-of.js";
import { currentContext } from "../kernel/context.js";
import { isPharo } from "../kernel/dialect.js";
import type { MaybePromise } from "../kernel/maybe-promise.js";
import { printString } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { Exception } from "./exception.js";

/**
 * The exception classes of Squeak's kernel that the runtime signals, with Squeak's hierarchy,
 * resumability and message texts. The networking errors live in `@smalltalk-sockets/resolver`.
 */

/** `Error`: a non-resumable exception; unhandled, it is reported and ends the process. */
export class StError extends Exception {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Error";
  static {
    registerClass(this);
  }

  /** @selector isResumable — false: an Error cannot be resumed. */
  override isResumable(): boolean {
    return false;
  }
}

/** `Notification`: resumable; unhandled, it answers nil from `signal`. */
export class Notification extends Exception {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Notification";
  static {
    registerClass(this);
  }

  /** @selector defaultAction — answers nil. */
  override defaultAction(): unknown {
    return null;
  }
}

/** `Warning`: resumable; unhandled, it is reported on stderr and answers nil. */
export class Warning extends Exception {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Warning";
  static {
    registerClass(this);
  }

  /** @selector defaultAction — reports the warning on stderr, then answers nil (Squeak's "proceed"). */
  override defaultAction(): unknown {
    process.stderr.write(`${this.description()}\n`);
    return null;
  }
}

/** `Halt`: signalled by `halt`; unhandled, it ends the process like an Error. */
export class Halt extends Exception {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Halt";
  static {
    registerClass(this);
  }
}

/**
 * `UnhandledError`: signalled when no handler accepts an Error. Unhandled in turn, it reports the
 * original error and ends the current process (outside any process the JavaScript caller's
 * promise rejects with the original error).
 */
export class UnhandledError extends Exception {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "UnhandledError";
  static {
    registerClass(this);
  }

  readonly #exception: Exception;

  /** An UnhandledError for `exception`. */
  constructor(exception: Exception) {
    super();
    this.#exception = exception;
    this.messageText$(exception.description());
  }

  /** @selector exception — the exception nobody handled. */
  exception(): Exception {
    return this.#exception;
  }

  /** @selector isResumable — false. */
  override isResumable(): boolean {
    return false;
  }

  /** @selector defaultAction — reports the original error and ends the process. */
  override defaultAction(): never {
    const hooks = currentContext().process;
    if (hooks !== null) hooks.unhandledError(this.#exception);
    throw this.#exception;
  }
}

/** `ArithmeticError`: resumable, as in Squeak and Pharo. */
export class ArithmeticError extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ArithmeticError";
  static {
    registerClass(this);
  }

  /** @selector isResumable — true. */
  override isResumable(): boolean {
    return true;
  }
}

/** `ZeroDivide`: division of `dividend` by zero. */
export class ZeroDivide extends ArithmeticError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ZeroDivide";
  static {
    registerClass(this);
  }

  #dividend: unknown = null;

  /** @selector dividend — the number that was divided by zero. */
  dividend(): unknown {
    return this.#dividend;
  }

  /** @selector dividend: — sets the dividend. */
  dividend$(value: unknown): this {
    this.#dividend = value;
    return this;
  }

  /** @selector signalWithDividend: — signals ZeroDivide for `dividend` (class side). */
  static signalWithDividend(dividend: unknown): MaybePromise<unknown> {
    return new ZeroDivide().dividend$(dividend).signal();
  }
}

/** `MessageNotUnderstood`: a resumable Error; its resumption value is the answer to the send. */
export class MessageNotUnderstood extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "MessageNotUnderstood";
  static {
    registerClass(this);
  }

  readonly #message: { selector(): unknown; arguments(): unknown };
  readonly #receiver: unknown;

  /** A MessageNotUnderstood for `message` sent to `receiver`. */
  constructor(message: { selector(): unknown; arguments(): unknown }, receiver: unknown) {
    super();
    this.#message = message;
    this.#receiver = receiver;
    this.messageText$(`${classOf(receiver).$stName}>>${String(message.selector())}`);
  }

  /** @selector message — the Message that was not understood (`message$`: Error owns `message`). */
  message$(): unknown {
    return this.#message;
  }

  /** @selector receiver — the object that did not understand it. */
  receiver(): unknown {
    return this.#receiver;
  }

  /** @selector isResumable — true: resuming answers the value from the failed send. */
  override isResumable(): boolean {
    return true;
  }
}

/** `SubscriptOutOfBounds`: an index outside a collection's bounds. */
export class SubscriptOutOfBounds extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "SubscriptOutOfBounds";
  static {
    registerClass(this);
  }

  /**
   * @selector signalFor: — signals for `index`: Squeak's text ('subscript is out of bounds: 5',
   * from `Object>>errorSubscriptBounds:`), Pharo's under the Pharo dialect (the index alone).
   */
  static signalFor(index: unknown): unknown {
    const text = isPharo() ? printString(index) : `subscript is out of bounds: ${printString(index)}`;
    return new SubscriptOutOfBounds(text).signalSync();
  }
}

/** `NotFound`: an element that is not in a collection. */
export class NotFound extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "NotFound";
  static {
    registerClass(this);
  }

  /** @selector signalFor: — signals for `object` (Squeak: 'Object is not in the collection.'). */
  static signalFor(object: unknown): unknown {
    return NotFound.signalForIn(object, null);
  }

  /**
   * @selector signalFor:in: — signals for `object` missing from `collection`: Squeak's text
   * 'Object is not in the collection.', Pharo's '3 not found in OrderedCollection'.
   */
  static signalForIn(object: unknown, collection: unknown): unknown {
    const text = isPharo()
      ? `${printString(object)} not found in ${classOf(collection).$stName}`
      : "Object is not in the collection.";
    return new NotFound(text).signaler$(collection).signalSync();
  }
}

/** `KeyNotFound`: a key that is not in a dictionary. */
export class KeyNotFound extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "KeyNotFound";
  static {
    registerClass(this);
  }

  /** @selector signalFor: — signals for `key` (Squeak: 'Key not found: a'). */
  static signalFor(key: unknown): unknown {
    return KeyNotFound.signalForIn(key, null);
  }

  /**
   * @selector signalFor:in: — signals for `key` missing from `dictionary`: Squeak's text
   * ('Key not found: ' , key asString), Pharo's ('key #a not found in Dictionary').
   */
  static signalForIn(key: unknown, dictionary: unknown): unknown {
    const text = isPharo()
      ? `key ${printString(key)} not found in ${classOf(dictionary).$stName}`
      : `Key not found: ${String(send(key, "asString"))}`;
    return new KeyNotFound(text).signaler$(dictionary).signalSync();
  }

  /** @selector description — Squeak: the message text alone; Pharo: the class name and the text. */
  override description(): string {
    return isPharo() ? super.description() : this.messageText();
  }
}

/** `BlockCannotReturn`: `^` from a block whose home method has already returned. */
export class BlockCannotReturn extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "BlockCannotReturn";
  static {
    registerClass(this);
  }

  #result: unknown = null;

  /** @selector result — the value the block tried to return. */
  result(): unknown {
    return this.#result;
  }

  /** @selector result: — sets the value the block tried to return. */
  result$(value: unknown): this {
    this.#result = value;
    return this;
  }

  /** @selector isResumable — true, as in Squeak. */
  override isResumable(): boolean {
    return true;
  }
}

/** `IllegalResumeAttempt`: `resume:` sent to an exception that is not resumable. */
export class IllegalResumeAttempt extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "IllegalResumeAttempt";
  static {
    registerClass(this);
  }
}

/** `NonBooleanReceiver`: `ifTrue:` and friends sent to something that is not a Boolean. */
export class NonBooleanReceiver extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "NonBooleanReceiver";
  static {
    registerClass(this);
  }

  /** @selector isResumable — true: resuming answers the value to use instead. */
  override isResumable(): boolean {
    return true;
  }
}

/** `AssertionFailure`: signalled by `assert:`. */
export class AssertionFailure extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "AssertionFailure";
  static {
    registerClass(this);
  }
}

/**
 * `JavaScriptError`: a JavaScript exception (a TypeError, a failed Node call, ...) caught by
 * `on:do:`, so Smalltalk code can handle it as an Error. It is handled after unwinding (JavaScript
 * cannot resume a throw); `cause` is the original.
 */
export class JavaScriptError extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "JavaScriptError";
  static {
    registerClass(this);
  }

  /** Wraps `thrown` (anything JavaScript threw). */
  static wrap(thrown: unknown): JavaScriptError {
    const error = new JavaScriptError(thrown instanceof globalThis.Error ? thrown.message : String(thrown));
    error.cause = thrown;
    return error;
  }
}
