import { registerClass, requireClass } from "../kernel/class.js";
import { classOf } from "../kernel/class-of.js";
import { identityHash } from "../kernel/identity.js";
import { andThen, type MaybePromise } from "../kernel/maybe-promise.js";
import { send } from "../kernel/send.js";
import { errorSubscriptBounds, signalError } from "../text/primitive-errors.js";
import {
  Collection,
  elementHash,
  elementsOf,
  hashBits,
  hashMultiply,
  likeOf,
  speciesOf,
  type Visit,
} from "./collection.js";
import { errorDifferentSize } from "./collection-errors.js";
import { type AfterStep, callable, each, evaluate } from "./iteration.js";
import { EQUALITY } from "./key-comparison.js";
import { readerOf, sizeOf, sliceOf } from "./sequence-access.js";
import { mergeSort, precedesBy } from "./sorting.js";

/** A 1-based Smalltalk index as a JavaScript integer, or undefined when it is not a SmallInteger. */
function integerIndex(index: unknown): number | undefined {
  return typeof index === "number" && Number.isInteger(index) ? index : undefined;
}

/**
 * `SequenceableCollection`: collections whose elements have an order and a 1-based index. Its
 * methods are generic over the receiver: they read it through `size` and `at:` (see
 * `sequence-access.ts`) and build results through the species' `$withElements`, so they serve
 * JavaScript arrays, strings (`this: string`, elements are Characters), byte arrays
 * (`Uint8Array`), OrderedCollection and Interval alike. A subclass need only implement `size`,
 * `at:` (and `at:put:` if it can be changed) and a static `$withElements`.
 */
export class SequenceableCollection extends Collection {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "SequenceableCollection";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Abstract";
  static {
    registerClass(this);
  }

  /** @internal Enumerates the elements from first to last (the size is read once, as Squeak's `to:do:`). */
  override $each(this: unknown, visit: Visit, after?: AfterStep): MaybePromise<boolean> {
    const at = readerOf(this);
    return each(sizeOf(this), (index) => visit(at(index)), after);
  }

  /** @selector isSequenceable — true. */
  override isSequenceable(): boolean {
    return true;
  }

  /** @selector at:ifAbsent: — the element at `index`, or `block value` when there is none. */
  atIfAbsent(this: unknown, index: unknown, block: unknown): MaybePromise<unknown> {
    const position = integerIndex(index);
    if (position !== undefined && (position < 1 || position > sizeOf(this))) return evaluate(block);
    return send(this, "at:", index);
  }

  /** @selector first — the first element (an empty receiver signals SubscriptOutOfBounds). */
  first(this: unknown): unknown {
    return send(this, "at:", 1);
  }

  /** @selector second — the second element. */
  second(this: unknown): unknown {
    return send(this, "at:", 2);
  }

  /** @selector third — the third element. */
  third(this: unknown): unknown {
    return send(this, "at:", 3);
  }

  /** @selector last — the last element (an empty receiver signals SubscriptOutOfBounds). */
  last(this: unknown): unknown {
    return send(this, "at:", sizeOf(this));
  }

  /** @selector first: — the first `count` elements. */
  first$(this: unknown, count: unknown): unknown {
    return send(this, "copyFrom:to:", 1, count);
  }

  /** @selector last: — the last `count` elements. */
  last$(this: unknown, count: unknown): unknown {
    const size = sizeOf(this);
    return send(this, "copyFrom:to:", size - (count as number) + 1, size);
  }

  /** @selector allButFirst — all elements but the first. */
  allButFirst(this: unknown): unknown {
    return send(this, "copyFrom:to:", 2, sizeOf(this));
  }

  /** @selector allButFirst: — all elements but the first `count`. */
  allButFirst$(this: unknown, count: unknown): unknown {
    return send(this, "copyFrom:to:", (count as number) + 1, sizeOf(this));
  }

  /** @selector allButLast — all elements but the last. */
  allButLast(this: unknown): unknown {
    return send(this, "copyFrom:to:", 1, sizeOf(this) - 1);
  }

  /** @selector allButLast: — all elements but the last `count`. */
  allButLast$(this: unknown, count: unknown): unknown {
    return send(this, "copyFrom:to:", 1, sizeOf(this) - (count as number));
  }

  /**
   * @selector copyFrom:to: — the elements from `start` to `stop` in a collection like the
   * receiver; empty when `stop` is before `start`, SubscriptOutOfBounds when outside.
   */
  copyFromTo(this: unknown, start: unknown, stop: unknown): MaybePromise<unknown> {
    const from = integerIndex(start) ?? errorSubscriptBounds(start);
    const to = integerIndex(stop) ?? errorSubscriptBounds(stop);
    if (to < from) return likeOf(this, []);
    if (from < 1) return errorSubscriptBounds(from);
    if (to > sizeOf(this)) return errorSubscriptBounds(to);
    return likeOf(this, sliceOf(this, from - 1, to));
  }

  /** @selector copyUpTo: — the elements before the first one equal to `object` (all of them when there is none). */
  copyUpTo(this: unknown, object: unknown): MaybePromise<unknown> {
    const index = send(this, "indexOf:", object) as number;
    return index === 0 ? send(this, "copy") : send(this, "copyFrom:to:", 1, index - 1);
  }

  /** @selector copyAfter: — the elements after the first one equal to `object` (none when there is none). */
  copyAfter(this: unknown, object: unknown): MaybePromise<unknown> {
    const index = send(this, "indexOf:", object) as number;
    return index === 0 ? likeOf(this, []) : send(this, "copyFrom:to:", index + 1, sizeOf(this));
  }

  /** @selector indexOf: — the index of the first element equal to `object`, or 0. */
  indexOf(this: unknown, object: unknown): number {
    return indexFrom(this, object, 1);
  }

  /** @selector indexOf:ifAbsent: — the index of the first element equal to `object`, or `block value`. */
  indexOfIfAbsent(this: unknown, object: unknown, block: unknown): MaybePromise<unknown> {
    const index = indexFrom(this, object, 1);
    return index === 0 ? evaluate(block) : index;
  }

  /** @selector indexOf:startingAt: — the index of the first element from `start` equal to `object`, or 0. */
  indexOfStartingAt(this: unknown, object: unknown, start: unknown): number {
    return indexFrom(this, object, start as number);
  }

  /** @selector reverseDo: — evaluates `block` with each element, last first; answers the receiver. */
  reverseDo(this: unknown, block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 1);
    const at = readerOf(this);
    const size = sizeOf(this);
    return andThen(
      each(size, (index) => fn(at(size - 1 - index))),
      () => this,
    );
  }

  /** @selector withIndexDo: — evaluates `block` with each element and its index; answers the receiver. */
  withIndexDo(this: unknown, block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 2);
    const at = readerOf(this);
    return andThen(
      each(sizeOf(this), (index) => fn(at(index), index + 1)),
      () => this,
    );
  }

  /** @selector doWithIndex: — the same as `withIndexDo:`. */
  doWithIndex(this: unknown, block: unknown): MaybePromise<unknown> {
    return send(this, "withIndexDo:", block) as MaybePromise<unknown>;
  }

  /** @selector keysAndValuesDo: — evaluates `block` with each index and its element; answers the receiver. */
  keysAndValuesDo(this: unknown, block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 2);
    const at = readerOf(this);
    return andThen(
      each(sizeOf(this), (index) => fn(index + 1, at(index))),
      () => this,
    );
  }

  /** @selector from:to:do: — evaluates `block` with the elements from `start` to `stop`. */
  fromToDo(this: unknown, start: unknown, stop: unknown, block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 1);
    const from = start as number;
    return andThen(
      each(Math.max((stop as number) - from + 1, 0), (index) => fn(send(this, "at:", from + index))),
      () => this,
    );
  }

  /** @selector with:do: — evaluates `block` with corresponding elements of the receiver and `other`. */
  withDo(this: unknown, other: unknown, block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 2);
    const size = sizeOf(this);
    if (sizeOf(other) !== size) return errorDifferentSize();
    const mine = readerOf(this);
    const theirs = readerOf(other);
    return andThen(
      each(size, (index) => fn(mine(index), theirs(index))),
      () => this,
    );
  }

  /** @selector with:collect: — a collection like the receiver of `block`'s values for corresponding elements. */
  withCollect(this: unknown, other: unknown, block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 2);
    const size = sizeOf(this);
    if (sizeOf(other) !== size) return errorDifferentSize();
    const mine = readerOf(this);
    const theirs = readerOf(other);
    const results: unknown[] = [];
    const collected = each(
      size,
      (index) => fn(mine(index), theirs(index)),
      (value) => {
        results.push(value);
        return false;
      },
    );
    return andThen(collected, () => speciesOf(this).$withElements(results));
  }

  /** @selector reversed — a collection like the receiver with the elements in reverse order. */
  reversed(this: unknown): MaybePromise<unknown> {
    return likeOf(this, sliceOf(this, 0, sizeOf(this)).reverse());
  }

  /** @selector reverse — the same as `reversed` (a copy, as ANSI requires). */
  reverse(this: unknown): MaybePromise<unknown> {
    return send(this, "reversed") as MaybePromise<unknown>;
  }

  /** @selector , — a collection like the receiver with the elements of `collection` appended. */
  override comma(this: unknown, collection: unknown): MaybePromise<unknown> {
    const appended = elementsOf(send(collection, "asCollection"));
    return likeOf(this, sliceOf(this, 0, sizeOf(this)).concat(appended));
  }

  /** @selector copyWith: — a collection like the receiver with `object` appended. */
  override copyWith(this: unknown, object: unknown): MaybePromise<unknown> {
    const elements = sliceOf(this, 0, sizeOf(this));
    elements.push(object);
    return likeOf(this, elements);
  }

  /** @selector = — whether `other` is of the same class with equal elements in the same order. */
  override eq(this: unknown, other: unknown): boolean {
    if (this === other) return true;
    if (classOf(this) !== classOf(other)) return false;
    return send(this, "hasEqualElements:", other) === true;
  }

  /** @selector hasEqualElements: — whether `other` is sequenceable with equal elements in the same order. */
  hasEqualElements(this: unknown, other: unknown): boolean {
    if (send(other, "isSequenceable") !== true) return false;
    const size = sizeOf(this);
    if (sizeOf(other) !== size) return false;
    const mine = readerOf(this);
    const theirs = readerOf(other);
    for (let index = 0; index < size; index += 1) {
      if (!EQUALITY.matches(mine(index), theirs(index))) return false;
    }
    return true;
  }

  /** @selector hash — combines the species and every element (equal sequences hash alike). */
  override hash(this: unknown): number {
    let hash = hashBits(identityHash(send(this, "species")));
    const at = readerOf(this);
    const size = sizeOf(this);
    for (let index = 0; index < size; index += 1) hash = hashMultiply(hash + elementHash(at(index)));
    return hash;
  }

  /** @selector anyOne — the first element. */
  override anyOne(this: unknown): unknown {
    return send(this, "first");
  }

  /** @selector sort — sorts the receiver in place by `<=`; answers it. */
  sort(this: unknown): MaybePromise<unknown> {
    return send(this, "sort:", null) as MaybePromise<unknown>;
  }

  /** @selector sort: — sorts the receiver in place by `sortBlock` (nil means `<=`), stably; answers it. */
  sort$(this: unknown, sortBlock: unknown): MaybePromise<unknown> {
    const elements = sliceOf(this, 0, sizeOf(this));
    return andThen(mergeSort(elements, precedesBy(sortBlock)), (sorted) => {
      sorted.forEach((element, index) => {
        send(this, "at:put:", index + 1, element);
      });
      return this;
    });
  }

  /**
   * @selector replaceFrom:to:with:startingAt: — replaces the elements from `start` to `stop`
   * with those of `replacement` from `replacementStart`; answers the receiver.
   */
  replaceFromToWithStartingAt(
    this: unknown,
    start: unknown,
    stop: unknown,
    replacement: unknown,
    replacementStart: unknown,
  ): unknown {
    const from = start as number;
    const offset = (replacementStart as number) - from;
    const source = sliceOf(replacement, from + offset - 1, (stop as number) + offset);
    source.forEach((element, index) => {
      send(this, "at:put:", from + index, element);
    });
    return this;
  }

  /** @selector replaceFrom:to:with: — replaces the elements from `start` to `stop` with those of `replacement`. */
  replaceFromToWith(this: unknown, start: unknown, stop: unknown, replacement: unknown): unknown {
    if (sizeOf(replacement) !== (stop as number) - (start as number) + 1) {
      return signalError("Size of replacement doesnt match");
    }
    return send(this, "replaceFrom:to:with:startingAt:", start, stop, replacement, 1);
  }

  /** @selector readStream — a ReadStream over the receiver. */
  readStream(this: unknown): unknown {
    return send(requireClass("ReadStream"), "on:", this);
  }

  /** @selector writeStream — a WriteStream on a collection like the receiver (it starts empty). */
  writeStream(this: unknown): unknown {
    return send(requireClass("WriteStream"), "on:", this);
  }

  /** @selector putOn: — writes each element on `aStream` with its own `putOn:` (`aStream << #($a $b)`). */
  override putOn(this: unknown, aStream: unknown): MaybePromise<unknown> {
    const at = readerOf(this);
    return andThen(
      each(sizeOf(this), (index) => send(at(index), "putOn:", aStream)),
      () => this,
    );
  }
}

/** `indexOf:startingAt:`: the 1-based index of the first element from `start` equal to `object`, or 0. */
function indexFrom(sequence: unknown, object: unknown, start: number): number {
  const at = readerOf(sequence);
  const size = sizeOf(sequence);
  for (let index = Math.max(start, 1) - 1; index < size; index += 1) {
    if (EQUALITY.matches(at(index), object)) return index + 1;
  }
  return 0;
}
