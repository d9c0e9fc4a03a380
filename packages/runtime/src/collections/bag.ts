import { registerClass } from "../kernel/class.js";
import type { MaybePromise } from "../kernel/maybe-promise.js";
import { send } from "../kernel/send.js";
import { lessOrEqual } from "../numbers/comparison.js";
import { Association } from "./association.js";
import { Collection, type Visit } from "./collection.js";
import { errorNotKeyed } from "./collection-errors.js";
import { Dictionary } from "./dictionary.js";
import { type AfterStep, each, evaluate } from "./iteration.js";
import { mergeSort } from "./sorting.js";

/**
 * `Bag`: an unordered collection that counts equal elements (a Collection, as in Squeak and
 * Pharo, holding a Dictionary from element to count). `do:` visits each distinct element as many
 * times as it occurs, the distinct elements in the order they were first added.
 */
export class Bag extends Collection {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Bag";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Unordered";
  static {
    registerClass(this);
  }

  /** The counts: element -> number of occurrences. */
  #contents = new Dictionary();

  /** A Bag of `elements`. */
  static override $withElements(elements: unknown[]): Bag {
    const bag = new this();
    for (const element of elements) bag.add(element);
    return bag;
  }

  /** @internal Enumerates every occurrence of every element, as present when the enumeration began. */
  override $each(visit: Visit, after?: AfterStep): MaybePromise<boolean> {
    const occurrences: unknown[] = [];
    for (const association of this.#contents.associations() as Association[]) {
      for (let count = association.value() as number; count > 0; count -= 1)
        occurrences.push(association.key());
    }
    return each(occurrences.length, (index) => visit(occurrences[index]), after);
  }

  /** @selector add: — adds one occurrence of `object`; answers it. */
  add(object: unknown): unknown {
    return this.addWithOccurrences(object, 1);
  }

  /** @selector add:withOccurrences: — adds `count` occurrences of `object`; answers it. */
  addWithOccurrences(object: unknown, count: unknown): unknown {
    this.#contents.atPut(object, send(this.#contents.atIfAbsent(object, 0), "+", count));
    return object;
  }

  /** @selector remove:ifAbsent: — removes one occurrence of `object` (answers it), else `block value`. */
  removeIfAbsent(object: unknown, block: unknown): MaybePromise<unknown> {
    const association = this.#contents.associationAtIfAbsent(object, null) as Association | null;
    if (association === null) return evaluate(block);
    const count = association.value();
    if (count === 1) this.#contents.removeKey(object);
    else association.value$(send(count, "-", 1));
    return object;
  }

  /** @selector removeAll — removes every element; answers the receiver. */
  removeAll(): this {
    this.#contents.removeAll();
    return this;
  }

  /** @selector occurrencesOf: — how many times `object` occurs. */
  override occurrencesOf(object: unknown): number {
    return this.#contents.atIfAbsent(object, 0) as number;
  }

  /** @selector includes: — whether `object` occurs. */
  override includes(object: unknown): boolean {
    return this.#contents.includesKey(object);
  }

  /** @selector size — the number of occurrences of all elements. */
  override size(): number {
    let size = 0;
    for (const count of this.#contents.values()) size += count as number;
    return size;
  }

  /** @selector isEmpty — whether nothing occurs. */
  override isEmpty(): boolean {
    return this.size() === 0;
  }

  /** @selector at: — refused: a Bag is not keyed. */
  at(_index: unknown): never {
    return errorNotKeyed(this);
  }

  /** @selector at:put: — refused: a Bag is not keyed. */
  atPut(_index: unknown, _value: unknown): never {
    return errorNotKeyed(this);
  }

  /** @selector asBag — the receiver. */
  override asBag(): this {
    return this;
  }

  /** @selector asSet — a Set of the distinct elements. */
  override asSet(): MaybePromise<unknown> {
    return send(this.#contents.keys(), "asSet") as MaybePromise<unknown>;
  }

  /** @selector valuesAndCounts — the Dictionary from each element to its count. */
  valuesAndCounts(): Dictionary {
    return this.#contents;
  }

  /** @selector sortedCounts — an Array of `count->element` Associations, the greatest count first. */
  sortedCounts(): unknown[] {
    const counts = (this.#contents.associations() as Association[]).map(
      (association) => new Association(association.value(), association.key()),
    );
    return mergeSort(counts, (a, b) =>
      send((a as Association).key(), ">=", (b as Association).key()),
    ) as unknown[];
  }

  /** @selector sortedElements — an Array of `element->count` Associations, sorted by element. */
  sortedElements(): unknown[] {
    const elements = (this.#contents.associations() as Association[]).map((association) =>
      association.shallowCopy(),
    );
    return mergeSort(elements, (a, b) =>
      lessOrEqual((a as Association).key(), (b as Association).key()),
    ) as unknown[];
  }

  /** @selector = — whether `other` is a Bag in which every element occurs as often. */
  override eq(other: unknown): boolean {
    if (!(other instanceof Bag) || other.size() !== this.size()) return false;
    return (this.#contents.associations() as Association[]).every(
      (association) => other.occurrencesOf(association.key()) === association.value(),
    );
  }

  /** @selector shallowCopy — a new Bag with the same occurrences. */
  override shallowCopy(): Bag {
    const copy = new (this.constructor as typeof Bag)();
    copy.#contents = this.#contents.shallowCopy();
    return copy;
  }
}
