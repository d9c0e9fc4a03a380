import type { Block } from "../blocks/evaluation.js";
import { loop } from "../blocks/evaluation.js";
import { registerClass } from "../kernel/class.js";
import { andThen, type MaybePromise } from "../kernel/maybe-promise.js";
import { StObject } from "../kernel/object.js";
import { send } from "../kernel/send.js";
import { signalError, subclassResponsibility } from "../text/primitive-errors.js";

/**
 * `Stream`: the abstract protocol of everything that answers elements one at a time (`next`,
 * `atEnd`) or takes them (`nextPut:`), with Squeak's conveniences on top (`do:`, `print:`, `<<`).
 * Streams are made with `on:` and `with:` on the concrete classes.
 */
export class Stream extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Stream";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Streams";
  static {
    registerClass(this);
  }

  /** @selector new — an Error: streams are made with `on:` and `with:`. */
  static new(): never {
    return signalError("Streams are created with on: and with:");
  }

  /** @selector next — the next element. */
  next(): unknown {
    return subclassResponsibility("next", this);
  }

  /** @selector nextPut: — adds `anObject`; answers it. */
  nextPut(_anObject: unknown): unknown {
    return subclassResponsibility("nextPut:", this);
  }

  /** @selector atEnd — whether no element is left to read. */
  atEnd(): boolean {
    return subclassResponsibility("atEnd", this);
  }

  /** @selector contents — all the elements. */
  contents(): unknown {
    return subclassResponsibility("contents", this);
  }

  /** @selector nextPutAll: — adds each element of `aCollection` (`do:` then `nextPut:`); answers `aCollection`. */
  nextPutAll(aCollection: unknown): unknown {
    return andThen(
      send(aCollection, "do:", (each: unknown) => this.nextPut(each)),
      () => aCollection,
    );
  }

  /** @selector do: — evaluates `aBlock` with each element left, in order. */
  do(aBlock: Block): MaybePromise<this> {
    return andThen(
      loop(() => (this.atEnd() ? false : andThen(aBlock(this.next()), () => true))),
      () => this,
    );
  }

  /** @selector print: — writes `anObject printString` (its `printOn:`); answers the receiver. */
  print(anObject: unknown): this {
    send(anObject, "printOn:", this);
    return this;
  }

  /**
   * @selector << — writes `anObject` as its `putOn:` decides (a String its characters, a
   * collection each element, a number its printString in Squeak, anything else itself as one
   * element); answers the receiver, so writes chain.
   */
  shiftLeft(anObject: unknown): this {
    send(anObject, "putOn:", this);
    return this;
  }

  /** @selector isStream — true. */
  override isStream(): boolean {
    return true;
  }

  /** @selector isBinary — false: a stream of objects or characters. */
  isBinary(): boolean {
    return false;
  }

  /** @selector flush — does nothing (buffered streams write out here). */
  flush(): this {
    return this;
  }

  /** @selector close — does nothing (streams on external resources release them here). */
  close(): this {
    return this;
  }
}
