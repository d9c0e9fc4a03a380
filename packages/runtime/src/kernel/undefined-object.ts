import type { Block } from "../blocks/evaluation.js";
import { registerClass } from "./class.js";
import type { MaybePromise } from "./maybe-promise.js";
import { StObject } from "./object.js";
import type { PrintStream } from "./printing.js";

/** `UndefinedObject`: the class of nil, which is JavaScript's `null` (and `undefined`). */
export class UndefinedObject extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "UndefinedObject";
  static {
    registerClass(this);
  }

  /** @selector isNil — true. */
  override isNil(): boolean {
    return true;
  }

  /** @selector notNil — false. */
  override notNil(): boolean {
    return false;
  }

  /** @selector isEmptyOrNil — true. */
  override isEmptyOrNil(): boolean {
    return true;
  }

  /** @selector ifNil: — evaluates the block. */
  override ifNil(block: Block): MaybePromise<unknown> {
    return block();
  }

  /** @selector ifNotNil: — nil. */
  override ifNotNil(_block: Block): MaybePromise<unknown> {
    return null;
  }

  /** @selector ifNil:ifNotNil: — evaluates the first block. */
  override ifNilIfNotNil(nilBlock: Block, _notNilBlock: Block): MaybePromise<unknown> {
    return nilBlock();
  }

  /** @selector ifNotNil:ifNil: — evaluates the second block. */
  override ifNotNilIfNil(_notNilBlock: Block, nilBlock: Block): MaybePromise<unknown> {
    return nilBlock();
  }

  /** @selector isLiteral — true: nil is a literal. */
  override isLiteral(): boolean {
    return true;
  }

  /** @selector printOn: — `nil`. */
  override printOn(stream: PrintStream): this {
    stream.nextPutAll("nil");
    return this;
  }

  /** @selector shallowCopy — nil itself (nil is unique). */
  override shallowCopy(): unknown {
    return null;
  }
}
