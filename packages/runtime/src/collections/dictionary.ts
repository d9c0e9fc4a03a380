import { mustBeBoolean } from "../blocks/evaluation.js";
import { registerClass } from "../kernel/class.js";
import { classOf } from "../kernel/class-of.js";
import { andThen, type MaybePromise } from "../kernel/maybe-promise.js";
import type { PrintStream } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { shouldNotImplement } from "../text/primitive-errors.js";
import { Association } from "./association.js";
import { elementsOf, type Visit } from "./collection.js";
import { errorKeyNotFound, errorValueNotFound } from "./collection-errors.js";
import { compareSafely } from "./compare-safely.js";
import { HashedCollection } from "./hashed-collection.js";
import { type AfterStep, callable, cullWith, each, evaluate, SKIP } from "./iteration.js";
import { EQUALITY } from "./key-comparison.js";
import { mergeSort } from "./sorting.js";

function associationKey(association: Association): unknown {
  return association.key();
}

/** `anObject` as an Association to store: an Association itself, else one of its `key` and `value`. */
function asAssociation(object: unknown): Association {
  return object instanceof Association ? object : new Association(send(object, "key"), send(object, "value"));
}

/**
 * `Dictionary`: values found by keys (by `=` and `hash`; IdentityDictionary by identity). It
 * holds Associations, as Squeak's does: `add:` stores the Association given, `associations` and
 * `associationsDo:` answer the stored ones. Enumeration (`do:`, `collect:`, `select:`,
 * `detect:`, `inject:into:`) is over the values; iteration order is insertion order, while
 * `printString` lists the keys sorted, as Squeak prints them (`a Dictionary(#a->1 #b->2 )`).
 */
export class Dictionary extends HashedCollection<Association> {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Dictionary";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Unordered";
  static {
    registerClass(this);
  }

  /** An empty Dictionary. */
  constructor() {
    super(associationKey);
  }

  /** A Dictionary of `elements`, which are Associations (`withAll:`, `newFrom:`). */
  static override $withElements(elements: unknown[]): Dictionary {
    const dictionary = new this();
    for (const element of elements) dictionary.add(element);
    return dictionary;
  }

  /** @selector newFromPairs: — a Dictionary of the keys and values alternating in `pairs` (class side). */
  static newFromPairs(pairs: unknown): Dictionary {
    const dictionary = new this();
    const elements = elementsOf(pairs);
    for (let index = 0; index + 1 < elements.length; index += 2)
      dictionary.atPut(elements[index], elements[index + 1]);
    return dictionary;
  }

  /** Enumerates the stored Associations present now (skipping those removed meanwhile). */
  #eachAssociation(visit: (association: Association) => unknown, after?: AfterStep): MaybePromise<boolean> {
    const table = this.$table;
    const associations = table.entries();
    return each(
      associations.length,
      (index) => {
        const association = associations[index] as Association;
        return table.holds(association) ? visit(association) : SKIP;
      },
      after,
    );
  }

  /** @internal Enumerates the values. */
  override $each(visit: Visit, after?: AfterStep): MaybePromise<boolean> {
    return this.#eachAssociation((association) => visit(association.value()), after);
  }

  /** @internal A collection like the receiver: a Dictionary of these Associations. */
  override $like(elements: unknown[]): Dictionary {
    return (this.constructor as typeof Dictionary).$withElements(elements);
  }

  /** @selector at: — the value at `key`; KeyNotFound when absent. */
  at(key: unknown): unknown {
    const association = this.$table.find(key);
    return association === undefined ? errorKeyNotFound(key, this) : association.value();
  }

  /** @selector at:put: — stores `value` at `key`; answers `value`. */
  atPut(key: unknown, value: unknown): unknown {
    this.$table.findOrAdd(key, () => new Association(key, null)).value$(value);
    return value;
  }

  /** @selector at:ifAbsent: — the value at `key`, else `block value`. */
  atIfAbsent(key: unknown, block: unknown): MaybePromise<unknown> {
    const association = this.$table.find(key);
    return association === undefined ? evaluate(block) : association.value();
  }

  /** @selector at:ifAbsentPut: — the value at `key`; when absent, stores and answers `block value`. */
  atIfAbsentPut(key: unknown, block: unknown): MaybePromise<unknown> {
    const association = this.$table.find(key);
    if (association !== undefined) return association.value();
    return andThen(evaluate(block), (value) => this.atPut(key, value));
  }

  /** @selector at:ifPresent: — `block value:` the value at `key` when present, else nil. */
  atIfPresent(key: unknown, block: unknown): MaybePromise<unknown> {
    const association = this.$table.find(key);
    return association === undefined ? null : cullWith(block, association.value());
  }

  /** @selector at:ifPresent:ifAbsent: — `presentBlock value:` the value at `key`, else `absentBlock value`. */
  atIfPresentIfAbsent(key: unknown, presentBlock: unknown, absentBlock: unknown): MaybePromise<unknown> {
    const association = this.$table.find(key);
    return association === undefined ? evaluate(absentBlock) : cullWith(presentBlock, association.value());
  }

  /** @selector associationAt: — the Association at `key`; KeyNotFound when absent. */
  associationAt(key: unknown): unknown {
    return this.$table.find(key) ?? errorKeyNotFound(key, this);
  }

  /** @selector associationAt:ifAbsent: — the Association at `key`, else `block value`. */
  associationAtIfAbsent(key: unknown, block: unknown): MaybePromise<unknown> {
    return this.$table.find(key) ?? evaluate(block);
  }

  /** @selector add: — stores `association` (or sets the value of the one with its key); answers it. */
  add(association: unknown): unknown {
    const stored = asAssociation(association);
    const present = this.$table.findOrAdd(stored.key(), () => stored);
    if (present !== stored) present.value$(stored.value());
    return association;
  }

  /** @selector addAll: — adds the associations of `collection` (a Dictionary, or a collection of Associations). */
  override addAll(collection: unknown): unknown {
    if (collection === this) return collection;
    const associations =
      collection instanceof Dictionary ? collection.associations() : elementsOf(collection);
    for (const association of associations) this.add(association);
    return collection;
  }

  /** @selector includesKey: — whether `key` is present. */
  includesKey(key: unknown): boolean {
    return this.$table.find(key) !== undefined;
  }

  /** @selector keys — an Array of the keys. */
  keys(): unknown[] {
    return this.$table.entries().map(associationKey);
  }

  /** @selector values — an Array of the values. */
  values(): unknown[] {
    return this.$table.entries().map((association) => association.value());
  }

  /** @selector associations — an Array of the stored Associations. */
  associations(): unknown[] {
    return this.$table.entries();
  }

  /** @selector keysSortedSafely — an Array of the keys sorted as Squeak's `compareSafely:` orders them. */
  keysSortedSafely(): unknown[] {
    return mergeSort(this.keys(), compareSafely) as unknown[];
  }

  /** @selector associationsDo: — evaluates `block` with each Association; answers the receiver. */
  associationsDo(block: unknown): MaybePromise<unknown> {
    return andThen(this.#eachAssociation(callable(block, 1)), () => this);
  }

  /** @selector keysDo: — evaluates `block` with each key; answers the receiver. */
  keysDo(block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 1);
    return andThen(
      this.#eachAssociation((association) => fn(association.key())),
      () => this,
    );
  }

  /** @selector valuesDo: — evaluates `block` with each value; answers the receiver. */
  valuesDo(block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 1);
    return andThen(
      this.#eachAssociation((association) => fn(association.value())),
      () => this,
    );
  }

  /** @selector keysAndValuesDo: — evaluates `block` with each key and its value; answers the receiver. */
  keysAndValuesDo(block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 2);
    return andThen(
      this.#eachAssociation((association) => fn(association.key(), association.value())),
      () => this,
    );
  }

  /** @selector keyAtValue: — the key of the first value equal to `value`; an error when there is none. */
  keyAtValue(value: unknown): unknown {
    return this.keyAtValueIfAbsent(value, errorValueNotFound);
  }

  /** @selector keyAtValue:ifAbsent: — the key of the first value equal to `value`, else `block value`. */
  keyAtValueIfAbsent(value: unknown, block: unknown): MaybePromise<unknown> {
    for (const association of this.$table.entries()) {
      if (this.$valueMatches(value, association.value())) return association.key();
    }
    return evaluate(block);
  }

  /** @internal How `keyAtValue:` compares values: `=` (IdentityDictionary: `==`). */
  $valueMatches(probe: unknown, stored: unknown): boolean {
    return EQUALITY.matches(probe, stored);
  }

  /** @selector removeKey: — removes `key` and answers its value; KeyNotFound when absent. */
  removeKey(key: unknown): unknown {
    const association = this.$table.remove(key);
    return association === undefined ? errorKeyNotFound(key, this) : association.value();
  }

  /** @selector removeKey:ifAbsent: — removes `key` and answers its value, else `block value`. */
  removeKeyIfAbsent(key: unknown, block: unknown): MaybePromise<unknown> {
    const association = this.$table.remove(key);
    return association === undefined ? evaluate(block) : association.value();
  }

  /** @selector remove:ifAbsent: — refused: a Dictionary removes by key (`removeKey:`). */
  removeIfAbsent(_object: unknown, _block: unknown): never {
    return shouldNotImplement("remove:ifAbsent:", this);
  }

  /** @selector keysAndValuesRemove: — removes the entries for which `block` (key, value) answers true. */
  keysAndValuesRemove(block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 2);
    const removals: unknown[] = [];
    let current: Association | undefined;
    const done = this.#eachAssociation(
      (association) => {
        current = association;
        return fn(association.key(), association.value());
      },
      (remove) => {
        if (mustBeBoolean(remove) && current !== undefined) removals.push(current.key());
        return false;
      },
    );
    return andThen(done, () => {
      for (const key of removals) this.removeKey(key);
      return this;
    });
  }

  /** @selector collect: — a Dictionary of the same keys with the block's values for the values. */
  override collect(block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 1);
    const result = new (this.constructor as typeof Dictionary)();
    let current: Association | undefined;
    const collected = this.#eachAssociation(
      (association) => {
        current = association;
        return fn(association.value());
      },
      (value) => {
        if (current !== undefined) result.atPut(current.key(), value);
        return false;
      },
    );
    return andThen(collected, () => result);
  }

  /** @selector select: — a Dictionary of (copies of) the associations whose value `block` answers true for. */
  override select(block: unknown): MaybePromise<unknown> {
    return this.#associationsWhere(block, true);
  }

  /** @selector reject: — a Dictionary of (copies of) the associations whose value `block` answers false for. */
  override reject(block: unknown): MaybePromise<unknown> {
    return this.#associationsWhere(block, false);
  }

  #associationsWhere(block: unknown, wanted: boolean): MaybePromise<unknown> {
    const fn = callable(block, 1);
    const result = new (this.constructor as typeof Dictionary)();
    let current: Association | undefined;
    const selected = this.#eachAssociation(
      (association) => {
        current = association;
        return fn(association.value());
      },
      (value) => {
        const keep = wanted ? mustBeBoolean(value) : value === false;
        if (keep && current !== undefined) result.add(current.shallowCopy());
        return false;
      },
    );
    return andThen(selected, () => result);
  }

  /** @selector = — whether `other` is of the same species with equal keys holding equal values. */
  override eq(other: unknown): boolean {
    if (other === this) return true;
    if (!(other instanceof Dictionary) || classOf(other) !== classOf(this) || other.size() !== this.size()) {
      return false;
    }
    return this.$table.entries().every((association) => {
      const theirs = other.$table.find(association.key());
      return theirs !== undefined && EQUALITY.matches(theirs.value(), association.value());
    });
  }

  /** @selector isDictionary — true. */
  override isDictionary(): boolean {
    return true;
  }

  /** @selector shallowCopy — a new Dictionary of copies of the Associations. */
  override shallowCopy(): Dictionary {
    return this.$like(this.$table.entries().map((association) => association.shallowCopy()));
  }

  /** @selector printElementsOn: — `(#a->1 #b->2 )`: the keys sorted, each entry followed by a space. */
  override printElementsOn(stream: PrintStream): this {
    stream.nextPutAll("(");
    if (this.size() > 100) {
      stream.nextPutAll("size ");
      send(this.size(), "printOn:", stream);
    } else {
      for (const key of this.keysSortedSafely()) {
        send(key, "printOn:", stream);
        stream.nextPutAll("->");
        send(this.at(key), "printOn:", stream);
        stream.nextPutAll(" ");
      }
    }
    stream.nextPutAll(")");
    return this;
  }
}
