import { registerClass, requireClass, type SmalltalkClass } from "../kernel/class.js";
import type { HandlerNode } from "../kernel/context.js";
import { isPharo } from "../kernel/dialect.js";
import type { MaybePromise } from "../kernel/maybe-promise.js";
import { StObject } from "../kernel/object.js";
import { HandlerRetry, HandlerReturn, Resumption } from "./control-flow.js";
import { type AnyBlock, type Signalable, signal, signalOuter, signalSync } from "./handling.js";

/**
 * `Exception`: the root of Smalltalk's exception classes, with the ANSI protocol and Squeak's
 * semantics (handlers run before unwinding; see `handling.ts`). Every Smalltalk exception is also
 * a JavaScript `Error`, so stack traces work and JavaScript code can catch what escapes.
 *
 * ```ts
 * const answer = await onDo(() => new ZeroDivide().signal(), ZeroDivide, (ex: ZeroDivide) => ex.resume$(0));
 * ```
 */
export class Exception extends Error implements Signalable {
  /** The Smalltalk class name. */
  static readonly $stName: string = "Exception";
  /** Smalltalk's Exception inherits from Object, not from JavaScript's Error. */
  static readonly $stSuperclass: SmalltalkClass | null = StObject;
  /** The Smalltalk category. */
  static readonly $category: string = "Kernel-Exceptions";
  static {
    registerClass(this);
  }

  #messageText: string | null = null;
  #tag: unknown = null;
  #signaler: unknown = null;
  /** @internal The handler running for this exception right now. */
  $handler: HandlerNode | null = null;
  /** @internal Whether this exception has been signalled. */
  $signalled = false;

  /** A new, unsignalled exception; `messageText` is optional. */
  constructor(messageText?: string) {
    super();
    if (messageText !== undefined) this.#messageText = messageText;
    this.name = (this.constructor as SmalltalkClass).$stName;
    this.message = this.description();
  }

  /** @selector new — a new instance, not yet signalled. */
  static new<T extends Exception>(this: new () => T): T {
    return new this();
  }

  /** @selector signal — signals a new instance; answers its resumption value. */
  static signal<T extends Exception>(this: new () => T): MaybePromise<unknown> {
    return new this().signal();
  }

  /** @selector signal: — signals a new instance with `messageText`; answers its resumption value. */
  static signal$<T extends Exception>(this: new () => T, messageText: string): MaybePromise<unknown> {
    return new this().signal$(messageText);
  }

  /** @selector handles: — whether a handler for this class accepts `exception` (`isKindOf:`). */
  static handles(exception: unknown): boolean {
    return exception instanceof this;
  }

  /** @selector , — an ExceptionSet of this class and `other`. */
  static comma(other: { handles(exception: unknown): boolean }): ExceptionSetLike {
    const ExceptionSet = requireClass("ExceptionSet") as unknown as new (
      members: readonly { handles(exception: unknown): boolean }[],
    ) => ExceptionSetLike;
    return new ExceptionSet([this, other]);
  }

  /**
   * @selector messageText — the text given when signalled. Squeak answers the description when
   * there is none; Pharo answers an empty string.
   */
  messageText(): string {
    if (this.#messageText !== null) return this.#messageText;
    return isPharo() ? "" : this.description();
  }

  /** @selector messageText: — sets the message text. */
  messageText$(text: string): this {
    this.#messageText = text;
    this.message = this.description();
    return this;
  }

  /** @selector description — the class name, then `: ` and the message text when there is one. */
  description(): string {
    const name = (this.constructor as SmalltalkClass).$stName;
    const text = this.#messageText;
    return text === null || text === "" ? name : `${name}: ${text}`;
  }

  /** @selector tag — the tag given to this exception, else its message text. */
  tag(): unknown {
    return this.#tag ?? this.messageText();
  }

  /** @selector tag: — sets the tag. */
  tag$(value: unknown): this {
    this.#tag = value;
    return this;
  }

  /** @selector signaler — the object this exception is about. */
  signaler(): unknown {
    return this.#signaler;
  }

  /** @selector signaler: — sets the object this exception is about. */
  signaler$(value: unknown): this {
    this.#signaler = value;
    return this;
  }

  /** @selector isResumable — whether a handler may `resume:` (true for Exception). */
  isResumable(): boolean {
    return true;
  }

  /**
   * @selector signal — runs the innermost handler that accepts this exception, else
   * `defaultAction`, and answers the resumption value: at once when no handler suspends, else a
   * Promise of it.
   */
  signal(): MaybePromise<unknown> {
    return signal(this);
  }

  /** @selector signal: — sets the message text, then signals. */
  signal$(messageText: string): MaybePromise<unknown> {
    this.messageText$(messageText);
    return signal(this);
  }

  /**
   * Signals from synchronous code: a handler that does not suspend gets the whole protocol;
   * one that suspends finishes after unwinding. For runtime primitives that fail.
   */
  signalSync(): unknown {
    return signalSync(this);
  }

  /** @selector defaultAction — what happens when no handler accepts this exception. */
  defaultAction(): unknown {
    return this.raiseUnhandledError();
  }

  /** @selector raiseUnhandledError — signals UnhandledError for this exception. */
  raiseUnhandledError(): unknown {
    const UnhandledError = requireClass("UnhandledError") as unknown as new (
      exception: Exception,
    ) => Exception;
    return new UnhandledError(this).signalSync();
  }

  /** @selector return — unwinds to the handler's `on:do:`, which answers nil. */
  return(): never {
    return this.return$(null);
  }

  /** @selector return: — unwinds to the handler's `on:do:`, which answers `value`. */
  return$(value: unknown): never {
    throw new HandlerReturn(this.#activeHandler("return:").frame, value);
  }

  /** @selector retry — unwinds to the handler's `on:do:` and evaluates its protected block again. */
  retry(): never {
    throw new HandlerRetry(this.#activeHandler("retry").frame, null);
  }

  /** @selector retryUsing: — unwinds to the handler's `on:do:` and evaluates `block` in its place. */
  retryUsing(block: AnyBlock): never {
    throw new HandlerRetry(this.#activeHandler("retryUsing:").frame, block);
  }

  /** @selector resume — answers nil from `signal` (resumable exceptions only). */
  resume(): Promise<never> {
    return this.resume$(null);
  }

  /**
   * @selector resume: — answers `value` from `signal`, or from `outer` when resumed by an outer
   * handler. A non-resumable exception signals IllegalResumeAttempt instead. A resumable one
   * resumes at once (synchronously), so that a handler that does not suspend also resumes a
   * `signalSync` from a runtime primitive (`[1/0 + 1] on: ZeroDivide do: [:e | e resume: 5]` is 6).
   */
  resume$(value: unknown): Promise<never> {
    if (this.isResumable()) throw new Resumption(this, value);
    return this.#illegalResume(value);
  }

  async #illegalResume(value: unknown): Promise<never> {
    const IllegalResumeAttempt = requireClass("IllegalResumeAttempt") as unknown as new () => Exception;
    await new IllegalResumeAttempt().signal();
    throw new Resumption(this, value);
  }

  /**
   * @selector outer — runs the next enclosing handler (or the default action); if that resumes,
   * the resumption value is answered here.
   */
  outer(): MaybePromise<unknown> {
    return signalOuter(this);
  }

  /** @selector pass — yields to the next enclosing handler; a resumption resumes the original signal. */
  async pass(): Promise<never> {
    const value = await signalOuter(this);
    throw new Resumption(this, value);
  }

  /** @selector printOn: — prints the description. */
  printOn(stream: { nextPutAll(text: string): unknown }): this {
    stream.nextPutAll(this.description());
    return this;
  }

  #activeHandler(selector: string) {
    const node = this.$handler;
    if (node === null) {
      const StError = requireClass("Error") as unknown as new (text: string) => Exception;
      throw new StError(`${selector} sent to ${this.description()}, which no handler is handling`);
    }
    return node;
  }
}

/** What `Exception class>>,` answers: a set of selectors that handles what any member handles. */
export interface ExceptionSetLike {
  handles(exception: unknown): boolean;
}
