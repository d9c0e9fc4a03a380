import { onDo } from "../exceptions/handling.js";
import { registerClass } from "../kernel/class.js";
import type { ExceptionSelector } from "../kernel/context.js";
import type { MaybePromise } from "../kernel/maybe-promise.js";
import { StObject } from "../kernel/object.js";
import type { PrintStream } from "../kernel/printing.js";
import { type Block, cull, repeat, valueWithArguments, whileFalse, whileTrue } from "./evaluation.js";
import { ensure, ifCurtailed } from "./unwind-protection.js";

/**
 * `BlockClosure`: the class of blocks, which are JavaScript functions (arrow functions in
 * generated code, `async` when they may suspend). Its methods run with the function as `this`.
 */
export class BlockClosure extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "BlockClosure";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-Methods";
  static {
    registerClass(this);
  }

  /** @selector numArgs — the number of arguments the block takes. */
  numArgs(this: Block): number {
    return this.length;
  }

  /** @selector value — evaluates the block (which must take no argument). */
  override value(this: Block): MaybePromise<unknown> {
    return valueWithArguments(this, []);
  }

  /** @selector value: — evaluates the block with one argument. */
  value$(this: Block, first: unknown): MaybePromise<unknown> {
    return valueWithArguments(this, [first]);
  }

  /** @selector value:value: — evaluates the block with two arguments. */
  valueValue(this: Block, first: unknown, second: unknown): MaybePromise<unknown> {
    return valueWithArguments(this, [first, second]);
  }

  /** @selector value:value:value: — evaluates the block with three arguments. */
  valueValueValue(this: Block, first: unknown, second: unknown, third: unknown): MaybePromise<unknown> {
    return valueWithArguments(this, [first, second, third]);
  }

  /** @selector value:value:value:value: — evaluates the block with four arguments. */
  valueValueValueValue(
    this: Block,
    first: unknown,
    second: unknown,
    third: unknown,
    fourth: unknown,
  ): MaybePromise<unknown> {
    return valueWithArguments(this, [first, second, third, fourth]);
  }

  /** @selector valueWithArguments: — evaluates the block with the elements of `args`. */
  valueWithArguments(this: Block, args: readonly unknown[]): MaybePromise<unknown> {
    return valueWithArguments(this, args);
  }

  /** @selector cull: — evaluates the block with `first` if it takes an argument. */
  cull(this: Block, first: unknown): MaybePromise<unknown> {
    return cull(this, first);
  }

  /** @selector cull:cull: — evaluates the block with as many of the arguments as it takes. */
  cullCull(this: Block, first: unknown, second: unknown): MaybePromise<unknown> {
    return cull(this, first, second);
  }

  /** @selector cull:cull:cull: — evaluates the block with as many of the arguments as it takes. */
  cullCullCull(this: Block, first: unknown, second: unknown, third: unknown): MaybePromise<unknown> {
    return cull(this, first, second, third);
  }

  /** @selector whileTrue: — evaluates `body` while the receiver answers true; answers nil. */
  whileTrue$(this: Block, body: Block): MaybePromise<null> {
    return whileTrue(this, body);
  }

  /** @selector whileFalse: — evaluates `body` while the receiver answers false; answers nil. */
  whileFalse$(this: Block, body: Block): MaybePromise<null> {
    return whileFalse(this, body);
  }

  /** @selector whileTrue — evaluates the receiver until it answers false. */
  whileTrue(this: Block): MaybePromise<null> {
    return whileTrue(this, () => null);
  }

  /** @selector whileFalse — evaluates the receiver until it answers true. */
  whileFalse(this: Block): MaybePromise<null> {
    return whileFalse(this, () => null);
  }

  /** @selector repeat — evaluates the receiver forever (until `^` or an exception). */
  repeat(this: Block): MaybePromise<null> {
    return repeat(this);
  }

  /** @selector ensure: — evaluates the receiver, then `after` however it ends; answers the receiver's value. */
  ensure(this: Block, after: Block): MaybePromise<unknown> {
    return ensure(this, after);
  }

  /** @selector ifCurtailed: — evaluates the receiver; `curtailed` only if it does not end normally. */
  ifCurtailed(this: Block, curtailed: Block): MaybePromise<unknown> {
    return ifCurtailed(this, curtailed);
  }

  /** @selector on:do: — evaluates the receiver with a handler for `selector`. */
  onDo(this: Block, selector: ExceptionSelector, handler: Block): MaybePromise<unknown> {
    return onDo(this, selector, handler);
  }

  /** @selector on:do:on:do: — evaluates the receiver with two handlers, the first tried first. */
  onDoOnDo(
    this: Block,
    firstSelector: ExceptionSelector,
    firstHandler: Block,
    secondSelector: ExceptionSelector,
    secondHandler: Block,
  ): MaybePromise<unknown> {
    return onDo(() => onDo(this, firstSelector, firstHandler), secondSelector, secondHandler);
  }

  /** @selector isBlock — true. */
  override isBlock(): boolean {
    return true;
  }

  /** @selector printOn: — `a BlockClosure`. */
  override printOn(stream: PrintStream): this {
    stream.nextPutAll("a BlockClosure");
    return this;
  }
}
