import { type Block, mustBeBoolean } from "../blocks/evaluation.js";
import { registerClass } from "./class.js";
import { isPromise, type MaybePromise } from "./maybe-promise.js";
import { StObject } from "./object.js";
import type { PrintStream } from "./printing.js";

/**
 * `Boolean`: the protocol of `true` and `false` (JavaScript booleans). st2ts inlines
 * `ifTrue:`/`and:`/... with literal blocks, as Opal does; these methods serve every other send.
 */
export class StBoolean extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Boolean";
  static {
    registerClass(this);
  }

  /** @selector ifTrue: — evaluates the block if true, else nil. */
  ifTrue(this: boolean, block: Block): MaybePromise<unknown> {
    return this ? block() : null;
  }

  /** @selector ifFalse: — evaluates the block if false, else nil. */
  ifFalse(this: boolean, block: Block): MaybePromise<unknown> {
    return this ? null : block();
  }

  /** @selector ifTrue:ifFalse: — evaluates one of the blocks. */
  ifTrueIfFalse(this: boolean, trueBlock: Block, falseBlock: Block): MaybePromise<unknown> {
    return this ? trueBlock() : falseBlock();
  }

  /** @selector ifFalse:ifTrue: — evaluates one of the blocks. */
  ifFalseIfTrue(this: boolean, falseBlock: Block, trueBlock: Block): MaybePromise<unknown> {
    return this ? trueBlock() : falseBlock();
  }

  /** @selector and: — false if false, else the block's value. */
  and(this: boolean, block: Block): MaybePromise<unknown> {
    if (!this) return false;
    const value = block();
    return isPromise(value) ? value.then(mustBeBoolean) : value;
  }

  /** @selector or: — true if true, else the block's value. */
  or(this: boolean, block: Block): MaybePromise<unknown> {
    if (this) return true;
    const value = block();
    return isPromise(value) ? value.then(mustBeBoolean) : value;
  }

  /** @selector & — logical and (both sides evaluated). */
  amp(this: boolean, other: unknown): boolean {
    return this && mustBeBoolean(other);
  }

  /** @selector | — logical or (both sides evaluated). */
  pipe(this: boolean, other: unknown): boolean {
    return this || mustBeBoolean(other);
  }

  /** @selector not — the negation. */
  not(this: boolean): boolean {
    return !this;
  }

  /** @selector xor: — exclusive or. */
  xor(this: boolean, other: unknown): boolean {
    return this !== mustBeBoolean(typeof other === "function" ? (other as Block)() : other);
  }

  /** @selector eqv: — whether both are the same Boolean. */
  eqv(this: boolean, other: unknown): boolean {
    return this === other;
  }

  /** @selector printOn: — `true` or `false`. */
  override printOn(this: boolean, stream: PrintStream): boolean {
    stream.nextPutAll(this ? "true" : "false");
    return this;
  }

  /** @selector isLiteral — true: true and false are literals. */
  override isLiteral(): boolean {
    return true;
  }

  /** @selector isBoolean — true. */
  override isBoolean(): boolean {
    return true;
  }

  /** @selector shallowCopy — the receiver (true and false are unique). */
  override shallowCopy(this: boolean): unknown {
    return this;
  }
}

/** `True`: the class of `true`. */
export class True extends StBoolean {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "True";
  static {
    registerClass(this);
  }
}

/** `False`: the class of `false`. */
export class False extends StBoolean {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "False";
  static {
    registerClass(this);
  }
}
