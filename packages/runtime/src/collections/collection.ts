import { mustBeBoolean, sequence } from "../blocks/evaluation.js";
import { ControlFlow } from "../exceptions/control-flow.js";
import { registerClass, requireClass, type SmalltalkClass } from "../kernel/class.js";
import { classOf, dispatchClassOf } from "../kernel/class-of.js";
import { isPharo } from "../kernel/dialect.js";
import { identityHash } from "../kernel/identity.js";
import { andThen, type MaybePromise } from "../kernel/maybe-promise.js";
import { StObject } from "../kernel/object.js";
import { type PrintStream, printString } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { greaterThan, lessThan } from "../numbers/comparison.js";
import { errorEmptyCollection, errorNotFound } from "./collection-errors.js";
import { type AfterStep, callable, cullWith, each, evaluate, SKIP } from "./iteration.js";
import { EQUALITY } from "./key-comparison.js";

/** What an enumeration calls for each element; its answer (a block's value) goes to `after`. */
export type Visit = (element: unknown) => unknown;

/**
 * The internal enumeration protocol under every iterating method: calls `visit` for each
 * element in order and hands each settled answer to `after` (see {@link each}); answers whether
 * `after` stopped early. Every collection class implements it as `$each` (arrays, strings and
 * byte arrays through their class's prototype, with the primitive as `this`).
 */
export type Enumerate = (this: unknown, visit: Visit, after?: AfterStep) => MaybePromise<boolean>;

/**
 * A class that can build an instance holding given elements, in order: the species hook every
 * collection class implements as the static `$withElements` (`collect:`, `select:`, `withAll:`
 * and the `with:` family build their results through it). Arrayed classes answer a new
 * instance of exactly these elements; the others add them one by one.
 */
export interface CollectionSpecies {
  $withElements(elements: unknown[]): MaybePromise<unknown>;
}

/** A `^` out of a `do:` block: how enumeration through a class's own `do:` stops early. */
class StopEnumeration extends ControlFlow {}

/** Enumerates an object that has no `$each` by sending it `do:` (any object answering `do:` will do). */
function eachThroughDo(collection: unknown, visit: Visit, after?: AfterStep): MaybePromise<boolean> {
  const stop = new StopEnumeration();
  const block =
    after === undefined
      ? (element: unknown) => visit(element)
      : (element: unknown) =>
          andThen(visit(element), (settled) => {
            if (settled !== SKIP && after(settled)) throw stop;
            return settled;
          });
  const stopped = (thrown: unknown) => {
    if (thrown === stop) return true;
    throw thrown;
  };
  try {
    const result = send(collection, "do:", block);
    return result instanceof Promise ? result.then(() => false, stopped) : false;
  } catch (thrown) {
    return stopped(thrown);
  }
}

/** An internal (`$`-named) method of any value: its own for objects, its class's for primitives. */
function internalMethod(value: unknown, name: "$each" | "$like"): unknown {
  // A Uint8Array (a ByteArray) is an object whose methods live on its class's prototype too.
  const own = typeof value === "object" && value !== null && !(value instanceof Uint8Array);
  const holder = own ? value : dispatchClassOf(value).prototype;
  const method = (holder as Record<string, unknown>)[name];
  return typeof method === "function" ? method : undefined;
}

/**
 * Enumerates any collection (a JavaScript array directly, a collection object or a string or
 * byte array through its class's `$each`, any other object through its `do:`).
 */
export function eachOf(collection: unknown, visit: Visit, after?: AfterStep): MaybePromise<boolean> {
  if (Array.isArray(collection)) return each(collection.length, (index) => visit(collection[index]), after);
  const enumerate = internalMethod(collection, "$each") as Enumerate | undefined;
  return enumerate === undefined
    ? eachThroughDo(collection, visit, after)
    : enumerate.call(collection, visit, after);
}

/**
 * A collection like `collection` holding `elements` in order (`select:`, `copyFrom:to:`,
 * `reversed`, ...): a new instance of its species, except that a SortedCollection keeps its
 * sort block (Squeak's `copyEmpty`). Classes answer it as `$like`.
 */
export function likeOf(collection: unknown, elements: unknown[]): MaybePromise<unknown> {
  const like = internalMethod(collection, "$like") as
    | ((elements: unknown[]) => MaybePromise<unknown>)
    | undefined;
  return like === undefined ? speciesOf(collection).$withElements(elements) : like.call(collection, elements);
}

/** The elements of any collection as a new JavaScript array, in enumeration order. */
export function elementsOf(collection: unknown): unknown[] {
  if (Array.isArray(collection)) return collection.slice();
  const elements: unknown[] = [];
  const enumerated = eachOf(collection, (element) => elements.push(element));
  if (enumerated instanceof Promise)
    throw new TypeError("a collection's enumeration suspended while being copied");
  return elements;
}

/** The species of `collection` (`species`): the class that builds its `collect:`/`select:` results. */
export function speciesOf(collection: unknown): CollectionSpecies {
  return send(collection, "species") as CollectionSpecies;
}

/** The registered collection class `name`, as a species (reached late: it may be a subclass). */
export function collectionClass(name: string): CollectionSpecies {
  return requireClass(name) as unknown as CollectionSpecies;
}

/** Squeak's `hashMultiply`: multiplication by 1664525 modulo 2^28. */
export function hashMultiply(hash: number): number {
  return Math.imul(hash & 0xfffffff, 1664525) & 0xfffffff;
}

/** A Smalltalk `hash` answer as a 28-bit number (a LargeInteger's hash may be a bigint). */
export function hashBits(hash: unknown): number {
  if (typeof hash === "number") return hash & 0xfffffff;
  if (typeof hash === "bigint") return Number(BigInt.asUintN(28, hash));
  return 0;
}

/** The hash of an element (`hash`), with the same fast path as hashed collections use. */
export function elementHash(element: unknown): number {
  return hashBits(EQUALITY.hashOf(element));
}

/**
 * `Collection`: the abstract root of the collection classes. Its protocol is written once,
 * against the internal enumeration `$each` (see {@link eachOf}), so it serves every collection:
 * JavaScript arrays, strings and byte arrays (with the primitive as `this`) as well as
 * collection objects. Every method that evaluates a block answers a `MaybePromise`: a plain
 * value while every block answers synchronously, a Promise once one suspends (later blocks are
 * awaited one by one, in order).
 */
export class Collection extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Collection";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Abstract";
  static {
    registerClass(this);
  }

  /** @selector new — an empty collection (Squeak sends no `initialize` here). */
  static new(): unknown {
    return new this();
  }

  /** @selector new: — an empty collection with room for `size` elements (a capacity hint). */
  static new$(_size: unknown): unknown {
    return new this();
  }

  /** Builds an instance holding `elements`, adding them in order (the species hook). */
  static $withElements(elements: unknown[]): MaybePromise<unknown> {
    const collection = new this();
    return andThen(
      each(elements.length, (index) => send(collection, "add:", elements[index])),
      () => collection,
    );
  }

  /** @selector with: — a collection holding `first`. */
  static with(first: unknown): MaybePromise<unknown> {
    return this.$withElements([first]);
  }

  /** @selector with:with: — a collection holding the two arguments. */
  static withWith(first: unknown, second: unknown): MaybePromise<unknown> {
    return this.$withElements([first, second]);
  }

  /** @selector with:with:with: — a collection holding the three arguments. */
  static withWithWith(first: unknown, second: unknown, third: unknown): MaybePromise<unknown> {
    return this.$withElements([first, second, third]);
  }

  /** @selector with:with:with:with: — a collection holding the four arguments. */
  static withWithWithWith(
    first: unknown,
    second: unknown,
    third: unknown,
    fourth: unknown,
  ): MaybePromise<unknown> {
    return this.$withElements([first, second, third, fourth]);
  }

  /** @selector with:with:with:with:with: — a collection holding the five arguments. */
  static withWithWithWithWith(
    first: unknown,
    second: unknown,
    third: unknown,
    fourth: unknown,
    fifth: unknown,
  ): MaybePromise<unknown> {
    return this.$withElements([first, second, third, fourth, fifth]);
  }

  /** @selector with:with:with:with:with:with: — a collection holding the six arguments. */
  static withWithWithWithWithWith(
    first: unknown,
    second: unknown,
    third: unknown,
    fourth: unknown,
    fifth: unknown,
    sixth: unknown,
  ): MaybePromise<unknown> {
    return this.$withElements([first, second, third, fourth, fifth, sixth]);
  }

  /** @selector withAll: — a collection holding the elements of `collection`. */
  static withAll(collection: unknown): MaybePromise<unknown> {
    return this.$withElements(elementsOf(collection));
  }

  /** @selector newFrom: — a collection holding the elements of `collection` (as `withAll:`). */
  static newFrom(collection: unknown): MaybePromise<unknown> {
    return this.$withElements(elementsOf(collection));
  }

  /**
   * @internal The internal enumeration (see {@link Enumerate}). A subclass written in Smalltalk
   * that only implements `do:` is enumerated through it; the runtime's classes override this.
   */
  $each(visit: Visit, after?: AfterStep): MaybePromise<boolean> {
    return eachThroughDo(this, visit, after);
  }

  /** @internal A collection like the receiver holding `elements` (see {@link likeOf}). */
  $like(this: unknown, elements: unknown[]): MaybePromise<unknown> {
    return speciesOf(this).$withElements(elements);
  }

  /** @selector do: — evaluates `block` with each element; answers the receiver. */
  do(this: unknown, block: unknown): MaybePromise<unknown> {
    return andThen(eachOf(this, callable(block, 1)), () => this);
  }

  /** @selector do:separatedBy: — evaluates `elementBlock` with each element and `separatorBlock` between. */
  doSeparatedBy(this: unknown, elementBlock: unknown, separatorBlock: unknown): MaybePromise<unknown> {
    const element = callable(elementBlock, 1);
    const separator = callable(separatorBlock, 0);
    let first = true;
    const visit = (item: unknown) => {
      if (first) {
        first = false;
        return element(item);
      }
      return sequence(separator(), () => element(item));
    };
    return andThen(eachOf(this, visit), () => this);
  }

  /** @selector collect: — a collection like the receiver of the block's values for each element. */
  collect(this: unknown, block: unknown): MaybePromise<unknown> {
    const results: unknown[] = [];
    const collected = eachOf(this, callable(block, 1), (value) => {
      results.push(value);
      return false;
    });
    return andThen(collected, () => speciesOf(this).$withElements(results));
  }

  /** @selector select: — a collection like the receiver of the elements for which `block` answers true. */
  select(this: unknown, block: unknown): MaybePromise<unknown> {
    return andThen(selected(this, block, true), (kept) => likeOf(this, kept));
  }

  /** @selector reject: — a collection like the receiver of the elements for which `block` answers false. */
  reject(this: unknown, block: unknown): MaybePromise<unknown> {
    return andThen(selected(this, block, false), (kept) => likeOf(this, kept));
  }

  /** @selector detect: — the first element for which `block` answers true; NotFound if none. */
  detect(this: unknown, block: unknown): MaybePromise<unknown> {
    return detected(
      this,
      block,
      (element) => element,
      () => errorNotFound(block, this),
    );
  }

  /** @selector detect:ifNone: — the first element for which `block` answers true, else `noneBlock value`. */
  detectIfNone(this: unknown, block: unknown, noneBlock: unknown): MaybePromise<unknown> {
    return detected(
      this,
      block,
      (element) => element,
      () => evaluate(noneBlock),
    );
  }

  /** @selector detect:ifFound:ifNone: — `foundBlock` with the first element for which `block` answers true, else `noneBlock value`. */
  detectIfFoundIfNone(
    this: unknown,
    block: unknown,
    foundBlock: unknown,
    noneBlock: unknown,
  ): MaybePromise<unknown> {
    return detected(
      this,
      block,
      (element) => cullWith(foundBlock, element),
      () => evaluate(noneBlock),
    );
  }

  /** @selector inject:into: — folds the elements into `initial` with `block` (accumulator, element). */
  injectInto(this: unknown, initial: unknown, block: unknown): MaybePromise<unknown> {
    const combine = callable(block, 2);
    let accumulator = initial;
    const done = eachOf(
      this,
      (element) => combine(accumulator, element),
      (value) => {
        accumulator = value;
        return false;
      },
    );
    return andThen(done, () => accumulator);
  }

  /** @selector anySatisfy: — whether `block` answers true for some element. */
  anySatisfy(this: unknown, block: unknown): MaybePromise<boolean> {
    return eachOf(this, callable(block, 1), (value) => mustBeBoolean(value));
  }

  /** @selector allSatisfy: — whether `block` answers true for every element. */
  allSatisfy(this: unknown, block: unknown): MaybePromise<boolean> {
    return andThen(
      eachOf(this, callable(block, 1), (value) => !mustBeBoolean(value)),
      (stopped) => !stopped,
    );
  }

  /** @selector noneSatisfy: — whether `block` answers false for every element. */
  noneSatisfy(this: unknown, block: unknown): MaybePromise<boolean> {
    return andThen(
      eachOf(this, callable(block, 1), (value) => mustBeBoolean(value)),
      (stopped) => !stopped,
    );
  }

  /** @selector count: — how many elements `block` answers true for. */
  count(this: unknown, block: unknown): MaybePromise<number> {
    let tally = 0;
    const done = eachOf(this, callable(block, 1), (value) => {
      if (mustBeBoolean(value)) tally += 1;
      return false;
    });
    return andThen(done, () => tally);
  }

  /** @selector detectMax: — the element for which `block` answers the greatest value (nil when empty). */
  detectMax(this: unknown, block: unknown): MaybePromise<unknown> {
    return extreme(this, block, greaterThan);
  }

  /** @selector detectMin: — the element for which `block` answers the least value (nil when empty). */
  detectMin(this: unknown, block: unknown): MaybePromise<unknown> {
    return extreme(this, block, lessThan);
  }

  /** @selector reduce: — folds the elements with `block`, starting from the first; an empty receiver is an error. */
  reduce(this: unknown, block: unknown): MaybePromise<unknown> {
    const combine = callable(block, 2);
    let first = true;
    let accumulator: unknown = null;
    const done = eachOf(
      this,
      (element) => {
        if (!first) return combine(accumulator, element);
        first = false;
        return element;
      },
      (value) => {
        accumulator = value;
        return false;
      },
    );
    return andThen(done, () => (first ? errorEmptyCollection(this) : accumulator));
  }

  /** @selector sum — the sum of the elements (`+`); an empty receiver is an error. */
  sum(this: unknown): unknown {
    return reduceWith(this, (total, element) => send(total, "+", element));
  }

  /** @selector max — the greatest element (`max:`); an empty receiver is an error. */
  max(this: unknown): unknown {
    return reduceWith(this, (greatest, element) => send(greatest, "max:", element));
  }

  /** @selector min — the least element (`min:`); an empty receiver is an error. */
  min(this: unknown): unknown {
    return reduceWith(this, (least, element) => send(least, "min:", element));
  }

  /** @selector anyOne — some element of the receiver; an empty receiver is an error. */
  anyOne(this: unknown): unknown {
    let found: unknown;
    const stopped = eachOf(
      this,
      (element) => {
        found = element;
        return true;
      },
      () => true,
    );
    return stopped === true ? found : errorEmptyCollection(this);
  }

  /** @selector includes: — whether some element is equal (`=`) to `object`. */
  includes(this: unknown, object: unknown): MaybePromise<boolean> {
    return eachOf(
      this,
      (element) => EQUALITY.matches(element, object),
      (equal) => equal === true,
    );
  }

  /** @selector occurrencesOf: — how many elements are equal to `object`. */
  occurrencesOf(this: unknown, object: unknown): number {
    let tally = 0;
    eachOf(this, (element) => {
      if (EQUALITY.matches(object, element)) tally += 1;
      return null;
    });
    return tally;
  }

  /** @selector isEmpty — whether the receiver has no elements. */
  isEmpty(this: unknown): boolean {
    return (
      eachOf(
        this,
        () => true,
        () => true,
      ) !== true
    );
  }

  /** @selector notEmpty — whether the receiver has elements. */
  notEmpty(this: unknown): boolean {
    return send(this, "isEmpty") !== true;
  }

  /** @selector isEmptyOrNil — whether the receiver is empty. */
  override isEmptyOrNil(this: unknown): boolean {
    return send(this, "isEmpty") === true;
  }

  /** @selector ifEmpty: — `block value` when empty, else the receiver. */
  ifEmpty(this: unknown, block: unknown): MaybePromise<unknown> {
    return send(this, "isEmpty") === true ? evaluate(block) : this;
  }

  /** @selector ifNotEmpty: — `block cull: self` when not empty, else the receiver. */
  ifNotEmpty(this: unknown, block: unknown): MaybePromise<unknown> {
    return send(this, "isEmpty") === true ? this : cullWith(block, this);
  }

  /** @selector ifEmpty:ifNotEmpty: — `emptyBlock value` or `notEmptyBlock cull: self`. */
  ifEmptyIfNotEmpty(this: unknown, emptyBlock: unknown, notEmptyBlock: unknown): MaybePromise<unknown> {
    return send(this, "isEmpty") === true ? evaluate(emptyBlock) : cullWith(notEmptyBlock, this);
  }

  /** @selector ifNotEmpty:ifEmpty: — `notEmptyBlock cull: self` or `emptyBlock value`. */
  ifNotEmptyIfEmpty(this: unknown, notEmptyBlock: unknown, emptyBlock: unknown): MaybePromise<unknown> {
    return send(this, "isEmpty") === true ? evaluate(emptyBlock) : cullWith(notEmptyBlock, this);
  }

  /** @selector emptyCheck — signals the empty-collection error when the receiver is empty. */
  emptyCheck(this: unknown): unknown {
    return send(this, "isEmpty") === true ? errorEmptyCollection(this) : this;
  }

  /** @selector size — the number of elements. */
  size(this: unknown): number {
    let tally = 0;
    eachOf(this, () => {
      tally += 1;
      return null;
    });
    return tally;
  }

  /** @selector addAll: — adds each element of `collection`; answers `collection`. */
  addAll(this: unknown, collection: unknown): MaybePromise<unknown> {
    const elements = elementsOf(collection);
    return andThen(
      each(elements.length, (index) => send(this, "add:", elements[index])),
      () => collection,
    );
  }

  /** @selector remove: — removes `object` (answers it); NotFound when absent. */
  remove(this: unknown, object: unknown): unknown {
    return send(this, "remove:ifAbsent:", object, () => errorNotFound(object, this));
  }

  /** @selector removeAll: — removes each element of `collection`; answers `collection`. */
  removeAll$(this: unknown, collection: unknown): MaybePromise<unknown> {
    if (collection === this)
      return andThen(send(this, "removeAll") as MaybePromise<unknown>, () => collection);
    const elements = elementsOf(collection);
    return andThen(
      each(elements.length, (index) => send(this, "remove:", elements[index])),
      () => collection,
    );
  }

  /** @selector asArray — an Array of the elements. */
  asArray(this: unknown): unknown[] {
    return elementsOf(this);
  }

  /** @selector asOrderedCollection — an OrderedCollection of the elements. */
  asOrderedCollection(this: unknown): MaybePromise<unknown> {
    return collectionClass("OrderedCollection").$withElements(elementsOf(this));
  }

  /** @selector asSet — a Set of the elements. */
  asSet(this: unknown): MaybePromise<unknown> {
    return collectionClass("Set").$withElements(elementsOf(this));
  }

  /** @selector asIdentitySet — an IdentitySet of the elements. */
  asIdentitySet(this: unknown): MaybePromise<unknown> {
    return collectionClass("IdentitySet").$withElements(elementsOf(this));
  }

  /** @selector asBag — a Bag of the elements. */
  asBag(this: unknown): MaybePromise<unknown> {
    return collectionClass("Bag").$withElements(elementsOf(this));
  }

  /** @selector asSortedCollection — a SortedCollection of the elements, ordered by `<=`. */
  asSortedCollection(this: unknown): MaybePromise<unknown> {
    return collectionClass("SortedCollection").$withElements(elementsOf(this));
  }

  /** @selector asSortedCollection: — a SortedCollection of the elements, ordered by `sortBlock`. */
  asSortedCollection$(this: unknown, sortBlock: unknown): MaybePromise<unknown> {
    const sorted = send(requireClass("SortedCollection"), "sortBlock:", sortBlock);
    return andThen(send(sorted, "addAll:", this) as MaybePromise<unknown>, () => sorted);
  }

  /** @selector sorted — the elements sorted by `<=` (`sorted: nil`). */
  sorted(this: unknown): MaybePromise<unknown> {
    return send(this, "sorted:", null) as MaybePromise<unknown>;
  }

  /** @selector sorted: — an Array of the elements sorted by `sortBlock` (nil means `<=`). */
  sorted$(this: unknown, sortBlock: unknown): MaybePromise<unknown> {
    return send(elementsOf(this), "sort:", sortBlock) as MaybePromise<unknown>;
  }

  /** @selector copyWith: — a copy with `object` added. */
  copyWith(this: unknown, object: unknown): MaybePromise<unknown> {
    const copy = send(this, "copy");
    return andThen(send(copy, "add:", object) as MaybePromise<unknown>, () => copy);
  }

  /** @selector copyWithout: — a copy without the elements equal to `object`. */
  copyWithout(this: unknown, object: unknown): MaybePromise<unknown> {
    return send(this, "reject:", (element: unknown) =>
      EQUALITY.matches(element, object),
    ) as MaybePromise<unknown>;
  }

  /** @selector , — a copy with the elements of `collection` added. */
  comma(this: unknown, collection: unknown): MaybePromise<unknown> {
    const copy = send(this, "copy");
    return andThen(
      send(copy, "addAll:", send(collection, "asCollection")) as MaybePromise<unknown>,
      () => copy,
    );
  }

  /** @selector asCollection — the receiver. */
  asCollection(): this {
    return this;
  }

  /** @selector isCollection — true. */
  override isCollection(): boolean {
    return true;
  }

  /** @selector isSequenceable — false (true for sequenceable collections). */
  isSequenceable(): boolean {
    return false;
  }

  /** @selector isDictionary — false (true for dictionaries). */
  isDictionary(): boolean {
    return false;
  }

  /** @selector isInterval — false (true for intervals). */
  isInterval(): boolean {
    return false;
  }

  /** @selector species — the class that builds results like the receiver (its class). */
  species(this: unknown): SmalltalkClass {
    return classOf(this);
  }

  /** @selector hash — Squeak's collection hash: the species, the size and (up to 10) the elements. */
  override hash(this: unknown): number {
    let hash = hashBits(identityHash(send(this, "species")));
    const size = send(this, "size") as number;
    if (size <= 10) {
      eachOf(this, (element) => {
        hash ^= elementHash(element);
        return null;
      });
    }
    return hash ^ hashBits(size);
  }

  /** @selector printOn: — `a Set(1 2 3)`: the class name, then the elements in parentheses. */
  override printOn(this: unknown, stream: PrintStream): unknown {
    send(this, "printNameOn:", stream);
    send(this, "printElementsOn:", stream);
    return this;
  }

  /** @selector printNameOn: — `a Set`, `an OrderedCollection`. */
  printNameOn(this: unknown, stream: PrintStream): unknown {
    return StObject.prototype.printOn.call(this, stream);
  }

  /** @selector printElementsOn: — the elements' printStrings, separated by spaces, in parentheses. */
  printElementsOn(this: unknown, stream: PrintStream): unknown {
    stream.nextPutAll("(");
    let first = true;
    eachOf(this, (element) => {
      if (!first) stream.nextPutAll(" ");
      first = false;
      return send(element, "printOn:", stream);
    });
    stream.nextPutAll(")");
    return this;
  }

  /**
   * @selector displayString — Squeak: the printString. Pharo: `an Array [2 items] (1 2)` (the
   * elements only up to 3000 of them).
   */
  override displayString(this: unknown): string {
    if (!isPharo()) return printString(this);
    const stream = (requireClass("WriteStream") as unknown as { on(text: string): PrintStream }).on("");
    send(this, "printNameOn:", stream);
    const size = send(this, "size") as number;
    stream.nextPutAll(` [${size} item${size === 1 ? "" : "s"}] `);
    if (size <= 3000) send(this, "printElementsOn:", stream);
    return stream.contents();
  }
}

/** The elements for which `block` answers `wanted` (select: true, reject: false as Squeak's `== false`). */
function selected(collection: unknown, block: unknown, wanted: boolean): MaybePromise<unknown[]> {
  const test = callable(block, 1);
  const kept: unknown[] = [];
  let current: unknown;
  const done = eachOf(
    collection,
    (element) => {
      current = element;
      return test(element);
    },
    (value) => {
      if (wanted ? mustBeBoolean(value) : value === false) kept.push(current);
      return false;
    },
  );
  return andThen(done, () => kept);
}

/** `detect:ifFound:ifNone:` with the found and none continuations as functions. */
function detected(
  collection: unknown,
  block: unknown,
  found: (element: unknown) => unknown,
  none: () => unknown,
): MaybePromise<unknown> {
  const test = callable(block, 1);
  let current: unknown;
  const done = eachOf(
    collection,
    (element) => {
      current = element;
      return test(element);
    },
    (value) => mustBeBoolean(value),
  );
  return andThen(done, (stopped) => (stopped ? found(current) : none()));
}

/** `detectMax:`/`detectMin:`: the element whose block value wins `beats` against all others. */
function extreme(
  collection: unknown,
  block: unknown,
  beats: (a: unknown, b: unknown) => unknown,
): MaybePromise<unknown> {
  const measure = callable(block, 1);
  let best: unknown = null;
  let bestValue: unknown = null;
  let current: unknown;
  const done = eachOf(
    collection,
    (element) => {
      current = element;
      return measure(element);
    },
    (value) => {
      if (bestValue === null || bestValue === undefined || beats(value, bestValue) === true) {
        best = current;
        bestValue = value;
      }
      return false;
    },
  );
  return andThen(done, () => best);
}

/** Folds the elements with a synchronous `combine` (sum, max, min); an empty collection is an error. */
function reduceWith(
  collection: unknown,
  combine: (accumulator: unknown, element: unknown) => unknown,
): unknown {
  let first = true;
  let accumulator: unknown = null;
  eachOf(collection, (element) => {
    accumulator = first ? element : combine(accumulator, element);
    first = false;
    return null;
  });
  return first ? errorEmptyCollection(collection) : accumulator;
}
