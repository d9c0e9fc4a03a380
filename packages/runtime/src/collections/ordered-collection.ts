import { mustBeBoolean } from "../blocks/evaluation.js";
import { articleFor, registerClass } from "../kernel/class.js";
import { andThen, type MaybePromise } from "../kernel/maybe-promise.js";
import { send } from "../kernel/send.js";
import { errorSubscriptBounds, signalError } from "../text/primitive-errors.js";
import { elementsOf, type Visit } from "./collection.js";
import { errorEmptyCollection, errorNoSuchElement } from "./collection-errors.js";
import { type AfterStep, callable, each, evaluate } from "./iteration.js";
import { EQUALITY } from "./key-comparison.js";
import { SequenceableCollection } from "./sequenceable-collection.js";
import { mergeSort, precedesBy } from "./sorting.js";

/** Below this many free slots at the front, `removeFirst` never compacts the storage. */
const COMPACT_THRESHOLD = 64;

/**
 * `OrderedCollection`: a growable sequence, added to and removed from at both ends. Like
 * Squeak's, it keeps its elements in an array from a first index on, so `removeFirst` and
 * `addFirst` are cheap, and `do:` re-reads the last index before each element: elements added
 * at the end while iterating are visited too (and elements removed at the front are not
 * visited again).
 */
export class OrderedCollection extends SequenceableCollection {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "OrderedCollection";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Sequenceable";
  static {
    registerClass(this);
  }

  /** The storage; the elements are `#items[#first]` to the end. */
  #items: unknown[] = [];
  #first = 0;

  /** An OrderedCollection holding `elements` (which it takes over). */
  static override $withElements(elements: unknown[]): MaybePromise<unknown> {
    const collection = new this();
    collection.#items = elements;
    return collection;
  }

  /** @selector new:withAll: — an OrderedCollection of `size` elements, each `value`. */
  static newWithAll(size: unknown, value: unknown): OrderedCollection {
    const collection = new this();
    collection.#items = new Array<unknown>(size as number).fill(value);
    return collection;
  }

  /** @internal A collection like the receiver holding `elements`: an instance of its class. */
  override $like(elements: unknown[]): MaybePromise<unknown> {
    return (this.constructor as typeof OrderedCollection).$withElements(elements);
  }

  /** @internal Enumerates from the first element, re-reading the end before each one (Squeak's `do:`). */
  override $each(visit: Visit, after?: AfterStep): MaybePromise<boolean> {
    const start = this.#first;
    return each(
      () => this.#items.length - start,
      (index) => visit(this.#items[start + index]),
      after,
    );
  }

  /** The elements as a new JavaScript array. */
  #elements(): unknown[] {
    return this.#items.slice(this.#first);
  }

  /** The storage position of the 1-based `index`, or undefined outside the elements. */
  #position(index: unknown): number | undefined {
    if (typeof index !== "number" || !Number.isInteger(index)) return undefined;
    return index >= 1 && index <= this.size() ? this.#first + index - 1 : undefined;
  }

  /** @selector size — the number of elements. */
  override size(): number {
    return this.#items.length - this.#first;
  }

  /** @selector isEmpty — whether there are no elements. */
  override isEmpty(): boolean {
    return this.size() === 0;
  }

  /** @selector at: — the element at `index` (an error outside 1 to size). */
  at(index: unknown): unknown {
    const position = this.#position(index);
    return position === undefined ? errorNoSuchElement(this, index) : this.#items[position];
  }

  /** @selector at:put: — replaces the element at `index`; answers `value`. */
  atPut(index: unknown, value: unknown): unknown {
    const position = this.#position(index);
    if (position === undefined) return errorNoSuchElement(this, index);
    this.#items[position] = value;
    return value;
  }

  /** @selector first — the first element (an error when empty). */
  override first(): unknown {
    return this.isEmpty() ? errorNoSuchElement(this, 1) : this.#items[this.#first];
  }

  /** @selector last — the last element (an error when empty). */
  override last(): unknown {
    return this.isEmpty() ? errorNoSuchElement(this, 0) : this.#items[this.#items.length - 1];
  }

  /** @selector add: — adds `object` at the end; answers it. */
  add(object: unknown): unknown {
    return this.addLast(object);
  }

  /** @selector addLast: — adds `object` at the end; answers it. */
  addLast(object: unknown): unknown {
    this.#items.push(object);
    return object;
  }

  /** @selector addFirst: — adds `object` at the front; answers it. */
  addFirst(object: unknown): unknown {
    if (this.#first === 0) this.#makeRoomAtFirst();
    this.#first -= 1;
    this.#items[this.#first] = object;
    return object;
  }

  #makeRoomAtFirst(): void {
    const room = Math.max(8, this.size());
    this.#items = new Array<unknown>(room).fill(null).concat(this.#elements());
    this.#first = room;
  }

  /** @selector addAll: — adds the elements of `collection` at the end; answers `collection`. */
  override addAll(collection: unknown): MaybePromise<unknown> {
    return this.addAllLast(collection);
  }

  /** @selector addAllLast: — adds the elements of `collection` at the end; answers `collection`. */
  addAllLast(collection: unknown): unknown {
    for (const element of elementsOf(collection)) this.#items.push(element);
    return collection;
  }

  /** @selector addAllFirst: — adds the elements of `collection` at the front, in their order; answers `collection`. */
  addAllFirst(collection: unknown): unknown {
    for (const element of elementsOf(collection).reverse()) this.addFirst(element);
    return collection;
  }

  /** @selector add:beforeIndex: — inserts `object` before position `index` (1 to size + 1); answers it. */
  addBeforeIndex(object: unknown, index: unknown): unknown {
    if (typeof index !== "number" || !Number.isInteger(index) || index < 1 || index > this.size() + 1) {
      return errorSubscriptBounds(index);
    }
    this.$insert(object, index - 1);
    return object;
  }

  /** @internal Inserts `object` so that it becomes the element at 0-based `offset`. */
  $insert(object: unknown, offset: number): void {
    this.#items.splice(this.#first + offset, 0, object);
  }

  /** @selector removeFirst — removes and answers the first element (an error when empty). */
  removeFirst(): unknown {
    if (this.isEmpty()) return errorEmptyCollection(this);
    const element = this.#items[this.#first];
    this.#items[this.#first] = null;
    this.#first += 1;
    if (this.#first > COMPACT_THRESHOLD && this.#first * 2 > this.#items.length) {
      this.#items.splice(0, this.#first);
      this.#first = 0;
    }
    return element;
  }

  /** @selector removeLast — removes and answers the last element (an error when empty). */
  removeLast(): unknown {
    if (this.isEmpty()) return errorEmptyCollection(this);
    return this.#items.pop();
  }

  /** @selector removeFirst: — removes the first `count` elements; answers them as an Array. */
  removeFirst$(count: unknown): unknown[] {
    const removed = this.#removable(count);
    const elements = this.#items.slice(this.#first, this.#first + removed);
    this.#items.splice(this.#first, removed);
    return elements;
  }

  /** @selector removeLast: — removes the last `count` elements; answers them as an Array. */
  removeLast$(count: unknown): unknown[] {
    const removed = this.#removable(count);
    return this.#items.splice(this.#items.length - removed, removed);
  }

  /** How many elements `removeFirst:`/`removeLast:` may remove, else Squeak's errors. */
  #removable(count: unknown): number {
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1)
      return errorNoSuchElement(this, count);
    if (count > this.size()) {
      const name = (this.constructor as typeof OrderedCollection).$stName;
      return signalError(`attempt to remove more elements than possible from ${articleFor(name)} ${name}`);
    }
    return count;
  }

  /** @selector removeAt: — removes and answers the element at `index`. */
  removeAt(index: unknown): unknown {
    const position = this.#position(index);
    if (position === undefined) return errorNoSuchElement(this, index);
    return this.#items.splice(position, 1)[0];
  }

  /** @selector remove:ifAbsent: — removes the first element equal to `object` (answers `object`), else `block value`. */
  removeIfAbsent(object: unknown, block: unknown): MaybePromise<unknown> {
    for (let position = this.#first; position < this.#items.length; position += 1) {
      if (EQUALITY.matches(object, this.#items[position])) {
        this.#items.splice(position, 1);
        return object;
      }
    }
    return evaluate(block);
  }

  /** @selector removeAll — removes every element; answers the receiver. */
  removeAll(): this {
    this.#items = [];
    this.#first = 0;
    return this;
  }

  /** @selector removeAllSuchThat: — removes the elements for which `block` answers true; answers the receiver. */
  removeAllSuchThat(block: unknown): MaybePromise<unknown> {
    const test = callable(block, 1);
    const elements = this.#elements();
    const kept: unknown[] = [];
    let position = 0;
    const done = each(
      elements.length,
      (index) => test(elements[index]),
      (remove) => {
        if (!mustBeBoolean(remove)) kept.push(elements[position]);
        position += 1;
        return false;
      },
    );
    return andThen(done, () => {
      this.#items = kept;
      this.#first = 0;
      return this;
    });
  }

  /** @selector collect: — an OrderedCollection of the block's values (the end is read once). */
  override collect(block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 1);
    const start = this.#first;
    const results: unknown[] = [];
    const collected = each(
      this.size(),
      (index) => fn(this.#items[start + index]),
      (value) => {
        results.push(value);
        return false;
      },
    );
    return andThen(collected, () => OrderedCollection.$withElements(results));
  }

  /** @selector with:collect: — an OrderedCollection of the block's values for corresponding elements. */
  override withCollect(other: unknown, block: unknown): MaybePromise<unknown> {
    return andThen(super.withCollect.call(this.#elements(), other, block), (results) =>
      OrderedCollection.$withElements(results as unknown[]),
    );
  }

  /** @selector asArray — an Array of the elements. */
  override asArray(): unknown[] {
    return this.#elements();
  }

  /** @selector shallowCopy — a new collection of the same class and elements. */
  override shallowCopy(): unknown {
    return this.$like(this.#elements());
  }

  /** @selector copyWith: — a copy with `object` added (where a SortedCollection's order puts it). */
  override copyWith(object: unknown): MaybePromise<unknown> {
    const copy = this.shallowCopy();
    return andThen(send(copy, "add:", object) as MaybePromise<unknown>, () => copy);
  }

  /** @selector sorted: — a sorted copy of the same class (nil means `<=`). */
  override sorted$(sortBlock: unknown): MaybePromise<unknown> {
    return send(this.shallowCopy(), "sort:", sortBlock) as MaybePromise<unknown>;
  }

  /** @selector sort: — sorts the elements in place by `sortBlock` (nil means `<=`), stably; answers the receiver. */
  override sort$(sortBlock: unknown): MaybePromise<unknown> {
    return andThen(mergeSort(this.#elements(), precedesBy(sortBlock)), (sorted) => {
      this.#items = sorted;
      this.#first = 0;
      return this;
    });
  }
}
