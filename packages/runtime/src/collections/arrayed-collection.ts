import { registerClass } from "../kernel/class.js";
import type { MaybePromise } from "../kernel/maybe-promise.js";
import { printString } from "../kernel/printing.js";
import { shouldNotImplement, signalError } from "../text/primitive-errors.js";
import { sizeOf } from "./sequence-access.js";
import { SequenceableCollection } from "./sequenceable-collection.js";

/**
 * The size an arrayed collection is created with (`new:`): a non-negative SmallInteger, else the
 * Error Squeak's `basicNew:` signals ('Array called #basicNew: with invalid argument -1').
 */
export function checkedSize(cls: unknown, size: unknown): number {
  if (typeof size === "number" && Number.isInteger(size) && size >= 0) return size;
  return signalError(`${printString(cls)} called #basicNew: with invalid argument ${printString(size)}`);
}

/**
 * `ArrayedCollection`: sequenceable collections of a fixed size (Array, String, ByteArray).
 * A subclass provides the static `$withElements(elements)` (a new instance holding exactly those
 * elements), `size`, `at:` and `at:put:`; it inherits `new`, `new:`, `new:withAll:`, the `with:`
 * family and `withAll:`, and refuses `add:`, since it cannot grow. `new:` fills with nil; a
 * subclass whose elements cannot be nil (String, ByteArray) overrides it.
 */
export class ArrayedCollection extends SequenceableCollection {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ArrayedCollection";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Abstract";
  static {
    registerClass(this);
  }

  /** @selector new — an empty instance. */
  static override new(): MaybePromise<unknown> {
    return this.$withElements([]);
  }

  /** @selector basicNew — an empty instance (arrayed instances are made by their class's builder). */
  static basicNew(): MaybePromise<unknown> {
    return this.$withElements([]);
  }

  /** @selector new: — an instance of `size` nil elements. */
  static override new$(size: unknown): MaybePromise<unknown> {
    return this.$withElements(new Array<unknown>(checkedSize(this, size)).fill(null));
  }

  /** @selector new:withAll: — an instance of `size` elements, each `value`. */
  static newWithAll(size: unknown, value: unknown): MaybePromise<unknown> {
    return this.$withElements(new Array<unknown>(checkedSize(this, size)).fill(value));
  }

  /** @selector add: — refused: an arrayed collection cannot grow. */
  add(_object: unknown): never {
    return shouldNotImplement("add:", this);
  }

  /** @selector remove:ifAbsent: — refused: an arrayed collection cannot shrink. */
  removeIfAbsent(_object: unknown, _block: unknown): never {
    return shouldNotImplement("remove:ifAbsent:", this);
  }

  /** @selector removeAll — refused: an arrayed collection cannot shrink. */
  removeAll(): never {
    return shouldNotImplement("removeAll", this);
  }

  /** @selector isEmpty — whether the size is 0. */
  override isEmpty(this: unknown): boolean {
    return sizeOf(this) === 0;
  }
}
