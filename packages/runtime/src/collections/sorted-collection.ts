import { mustBeBoolean } from "../blocks/evaluation.js";
import { registerClass } from "../kernel/class.js";
import { andThen, type MaybePromise } from "../kernel/maybe-promise.js";
import { send } from "../kernel/send.js";
import { shouldNotImplement } from "../text/primitive-errors.js";
import { elementsOf } from "./collection.js";
import { each } from "./iteration.js";
import { OrderedCollection } from "./ordered-collection.js";
import { mergeSort, type Precedes, precedesBy } from "./sorting.js";

/**
 * `SortedCollection`: an OrderedCollection kept in the order of its sort block (`[:a :b | a <=
 * b]` when it is nil). `add:` inserts by binary search, calling the sort block as Squeak's
 * `indexForInserting:` does (so an element equal to others goes after them); a sort block that
 * suspends makes `add:` answer a Promise. `collect:` answers an OrderedCollection.
 */
export class SortedCollection extends OrderedCollection {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "SortedCollection";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Sequenceable";
  static {
    registerClass(this);
  }

  #sortBlock: unknown = null;

  /** A SortedCollection of `elements`, sorted by `<=`. */
  static override $withElements(elements: unknown[]): MaybePromise<unknown> {
    return new this().$sortedWith(elements);
  }

  /** @selector sortBlock: — an empty SortedCollection ordered by `sortBlock` (class side). */
  static sortBlock(sortBlock: unknown): SortedCollection {
    const collection = new this();
    collection.#sortBlock = sortBlock;
    return collection;
  }

  /** Replaces the elements by `elements` sorted by the sort block; answers the receiver. */
  $sortedWith(elements: unknown[]): MaybePromise<this> {
    return andThen(mergeSort(elements, this.#precedes()), (sorted) => {
      super.removeAll();
      super.addAllLast(sorted);
      return this;
    });
  }

  #precedes(): Precedes {
    return precedesBy(this.#sortBlock);
  }

  /** @internal A SortedCollection with the same sort block holding `elements`, which are in order. */
  override $like(elements: unknown[]): SortedCollection {
    const like = SortedCollection.sortBlock.call(
      this.constructor as typeof SortedCollection,
      this.#sortBlock,
    );
    like.addAllLast(elements);
    return like;
  }

  /** @selector sortBlock — the sort block (nil means `<=`). */
  sortBlock(): unknown {
    return this.#sortBlock;
  }

  /** @selector sortBlock: — orders the receiver by `sortBlock` from now on (re-sorting it); answers the receiver. */
  sortBlock$(sortBlock: unknown): MaybePromise<this> {
    this.#sortBlock = sortBlock;
    return this.$sortedWith(this.asArray());
  }

  /** @selector add: — inserts `object` where the sort block places it; answers `object`. */
  override add(object: unknown): MaybePromise<unknown> {
    const precedes = this.#precedes();
    let low = 0;
    let high = this.size() - 1;
    let middle = 0;
    if (low > high) {
      this.$insert(object, 0);
      return object;
    }
    const searched = each(
      Number.POSITIVE_INFINITY,
      () => {
        middle = (low + high) >> 1;
        return precedes(this.at(middle + 1), object);
      },
      (before) => {
        if (mustBeBoolean(before)) low = middle + 1;
        else high = middle - 1;
        return low > high;
      },
    );
    return andThen(searched, () => {
      this.$insert(object, low);
      return object;
    });
  }

  /** @selector addAll: — adds the elements of `collection`, keeping the order; answers `collection`. */
  override addAll(collection: unknown): MaybePromise<unknown> {
    return andThen(this.$sortedWith(this.asArray().concat(elementsOf(collection))), () => collection);
  }

  /** @selector addFirst: — refused: the sort block decides where elements go. */
  override addFirst(_object: unknown): never {
    return shouldNotImplement("addFirst:", this);
  }

  /** @selector at:put: — refused: the sort block decides where elements go. */
  override atPut(_index: unknown, _value: unknown): never {
    return shouldNotImplement("at:put:", this);
  }

  /** @selector add:beforeIndex: — refused (Squeak's `insert:before:`): the sort block decides where elements go. */
  override addBeforeIndex(_object: unknown, _index: unknown): never {
    return shouldNotImplement("insert:before:", this);
  }

  /** @selector sort: — sorts by `sortBlock` and keeps it as the sort block; answers the receiver. */
  override sort$(sortBlock: unknown): MaybePromise<unknown> {
    this.#sortBlock = sortBlock;
    return this.$sortedWith(this.asArray());
  }

  /** @selector reversed — a SortedCollection of the elements in reverse order, with the sort block reversed. */
  override reversed(): SortedCollection {
    const block = this.#sortBlock;
    const precedes = this.#precedes();
    const reversedBlock =
      block === null || block === undefined
        ? (a: unknown, b: unknown) => send(b, "<=", a)
        : (a: unknown, b: unknown) => precedes(b, a);
    const reversed = SortedCollection.sortBlock.call(
      this.constructor as typeof SortedCollection,
      reversedBlock,
    );
    reversed.addAllLast(this.asArray().reverse());
    return reversed;
  }

  /** @selector median — the middle element. */
  median(): unknown {
    return this.at((this.size() + 1) >> 1);
  }

  /** @selector = — whether `other` is a SortedCollection with the same sort block and equal elements. */
  override eq(other: unknown): boolean {
    if (!(other instanceof SortedCollection) || other.constructor !== this.constructor) return false;
    return this.#sortBlock === other.#sortBlock && super.eq(other);
  }
}
