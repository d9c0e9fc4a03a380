import { registerClass } from "../kernel/class.js";
import { andThen, type MaybePromise } from "../kernel/maybe-promise.js";
import { send } from "../kernel/send.js";
import { Collection, eachOf } from "./collection.js";
import { HashTable } from "./hash-table.js";
import { callable } from "./iteration.js";
import { EQUALITY, type KeyComparison } from "./key-comparison.js";

/**
 * `HashedCollection`: the collections that find their elements by hash (Set, Dictionary and
 * their identity variants). They match keys by Smalltalk `=` and `hash` ({@link EQUALITY}), or
 * by identity in the identity variants (their class's `$comparison`), and iterate in insertion
 * order (Squeak's order is its hash table's; see {@link HashTable}). An element added or
 * removed while iterating does not disturb the iteration: it visits the elements present when
 * it began that have not been removed since.
 */
export class HashedCollection<E extends object = object> extends Collection {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "HashedCollection";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Abstract";
  static {
    registerClass(this);
  }

  /** How instances of this class match keys: by equality (identity in the identity variants). */
  static readonly $comparison: KeyComparison = EQUALITY;

  /** @internal The storage. */
  readonly $table: HashTable<E>;

  /** An empty collection whose entries have the key `keyOf` reads. */
  constructor(keyOf: (entry: E) => unknown) {
    super();
    this.$table = new HashTable((new.target as typeof HashedCollection).$comparison, keyOf);
  }

  /** @selector size — the number of elements. */
  override size(): number {
    return this.$table.size;
  }

  /** @selector isEmpty — whether there are no elements. */
  override isEmpty(): boolean {
    return this.$table.size === 0;
  }

  /** @selector removeAll — removes every element; answers the receiver. */
  removeAll(): this {
    this.$table.clear();
    return this;
  }

  /** @selector rehash — places every element again by its current hash (after keys were changed). */
  rehash(): this {
    this.$table.rehash();
    return this;
  }

  /** @selector doWithIndex: — evaluates `block` with each element and a counter from 1; answers the receiver. */
  doWithIndex(block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 2);
    let index = 0;
    return andThen(
      eachOf(this, (element) => {
        index += 1;
        return fn(element, index);
      }),
      () => this,
    );
  }

  /** @selector add:withOccurrences: — adds `object` once unless `count` is below 1; answers `object`. */
  addWithOccurrences(object: unknown, count: unknown): unknown {
    if (send(count, "<", 1) === true) return object;
    return send(this, "add:", object);
  }
}
