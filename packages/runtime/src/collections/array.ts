import { registerClass } from "../kernel/class.js";
import type { MaybePromise } from "../kernel/maybe-promise.js";
import { andThen } from "../kernel/maybe-promise.js";
import type { PrintStream } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { checkedIndex } from "../text/primitive-errors.js";
import { ArrayedCollection, checkedSize } from "./arrayed-collection.js";
import { mergeSort, precedesBy } from "./sorting.js";

/** `Array new: size`: a new Array of `size` nils (for generated code). */
export function newArray(size: number): unknown[] {
  return new Array<unknown>(size).fill(null);
}

/**
 * A brace array `{a. b. c}` (for generated code): a new Array of the elements. Literal arrays
 * (`#(1 $a #foo)`) are plain JavaScript array literals in generated code; like Squeak's (and
 * unlike Pharo's read-only literals) they can be changed with `at:put:`.
 */
export function arrayFrom(...elements: unknown[]): unknown[] {
  return elements;
}

/** The arrays an `isLiteral`-style test is already inside (a self-containing Array is not literal). */
type Visiting = Set<unknown[]>;

/**
 * Whether every element answers true to `test`, nested Arrays recursively; an Array met again
 * fails (a cycle). `isLiteral` forgets an Array once checked (`isLiteralIfContainedBy:`), the
 * printing test does not (`shouldBePrintedAsLiteralVisiting:`), so in Squeak an Array that holds
 * the same inner Array twice prints in brace form.
 */
function literalThroughout(
  array: unknown[],
  visiting: Visiting,
  forget: boolean,
  test: (element: unknown) => boolean,
): boolean {
  if (visiting.has(array)) return false;
  visiting.add(array);
  const literal = array.every((element) =>
    Array.isArray(element) ? literalThroughout(element, visiting, forget, test) : test(element),
  );
  if (forget) visiting.delete(array);
  return literal;
}

/**
 * `Array`: JavaScript arrays are Smalltalk Arrays (its methods run with the array as `this`).
 * Arrays print as Squeak prints them: `#(1 $a #foo 'bar' #(2 3))` when every element prints as
 * a literal (`shouldBePrintedAsLiteral`), else in brace form `{an Object . 3}`.
 */
export class StArray extends ArrayedCollection {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Array";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Arrayed";
  static {
    registerClass(this);
  }

  /** An Array of `elements`: the JavaScript array itself (callers pass a fresh one). */
  static override $withElements(elements: unknown[]): unknown[] {
    return elements;
  }

  /** @selector new: — an Array of `size` nils. */
  static override new$(size: unknown): unknown[] {
    return newArray(checkedSize(this, size));
  }

  /** @selector size — the number of elements. */
  override size(this: unknown[]): number {
    return this.length;
  }

  /** @selector at: — the element at `index` (SubscriptOutOfBounds outside 1 to size). */
  at(this: unknown[], index: unknown): unknown {
    return this[checkedIndex(index, this.length)];
  }

  /** @selector at:put: — stores `value` at `index`; answers `value`. */
  atPut(this: unknown[], index: unknown, value: unknown): unknown {
    this[checkedIndex(index, this.length)] = value;
    return value;
  }

  /** @selector isArray — true. */
  override isArray(): boolean {
    return true;
  }

  /** @selector asArray — the receiver itself (Squeak answers an Array unchanged). */
  override asArray(this: unknown[]): unknown[] {
    return this;
  }

  /** @selector shallowCopy — a new Array of the same elements. */
  override shallowCopy(this: unknown[]): unknown[] {
    return this.slice();
  }

  /** @selector isEmpty — whether the Array has no elements. */
  override isEmpty(this: unknown[]): boolean {
    return this.length === 0;
  }

  /** @selector sort: — sorts the Array in place by `sortBlock` (nil means `<=`), stably; answers it. */
  override sort$(this: unknown[], sortBlock: unknown): MaybePromise<unknown[]> {
    return andThen(mergeSort(this, precedesBy(sortBlock)), () => this);
  }

  /** @selector sorted: — a sorted copy (nil means `<=`). */
  override sorted$(this: unknown[], sortBlock: unknown): MaybePromise<unknown[]> {
    return mergeSort(this.slice(), precedesBy(sortBlock));
  }

  /** @selector isLiteral — whether every element has a literal form (nested Arrays included). */
  override isLiteral(this: unknown[]): boolean {
    return literalThroughout(this, new Set(), true, (element) => send(element, "isLiteral") === true);
  }

  /** @selector shouldBePrintedAsLiteral — whether the Array prints as `#(...)`. */
  override shouldBePrintedAsLiteral(this: unknown[]): boolean {
    const visiting: Visiting = new Set();
    return literalThroughout(
      this,
      visiting,
      false,
      (element) => send(element, "shouldBePrintedAsLiteralVisiting:", visiting) === true,
    );
  }

  /** @selector shouldBePrintedAsLiteralVisiting: — the same, inside the arrays in `visiting`. */
  override shouldBePrintedAsLiteralVisiting(this: unknown[], visiting: Visiting): boolean {
    return literalThroughout(
      this,
      visiting,
      false,
      (element) => send(element, "shouldBePrintedAsLiteralVisiting:", visiting) === true,
    );
  }

  /** @selector printOn: — `#(1 2 3)` (literal form) or `{an Object . 3}` (brace form). */
  override printOn(this: unknown[], stream: PrintStream): unknown[] {
    const literal = send(this, "shouldBePrintedAsLiteral") === true;
    stream.nextPutAll(literal ? "#(" : "{");
    this.forEach((element, index) => {
      if (index > 0) stream.nextPutAll(literal ? " " : " . ");
      send(element, "printOn:", stream);
    });
    stream.nextPutAll(literal ? ")" : "}");
    return this;
  }
}
