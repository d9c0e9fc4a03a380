import { registerClass } from "../kernel/class.js";
import { classOf } from "../kernel/class-of.js";
import { andThen, type MaybePromise } from "../kernel/maybe-promise.js";
import { eachOf, type Visit } from "./collection.js";
import { HashedCollection } from "./hashed-collection.js";
import { type AfterStep, callable, each, evaluate, SKIP } from "./iteration.js";

/** A Set's entry: one element (wrapped, so that nil and equal-but-distinct elements are entries too). */
interface SetSlot {
  readonly element: unknown;
}

function slotElement(slot: SetSlot): unknown {
  return slot.element;
}

/**
 * `Set`: an unordered collection without duplicates (by `=` and `hash`). Exported as `StSet`
 * (JavaScript owns `Set`); its Smalltalk name is `Set`. It may hold nil, as Squeak's does.
 */
export class StSet extends HashedCollection<SetSlot> {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Set";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Unordered";
  static {
    registerClass(this);
  }

  /** An empty Set. */
  constructor() {
    super(slotElement);
  }

  /** A Set of `elements`. */
  static override $withElements(elements: unknown[]): StSet {
    const set = new this();
    for (const element of elements) set.add(element);
    return set;
  }

  /** @internal Enumerates the elements present now, skipping those removed meanwhile. */
  override $each(visit: Visit, after?: AfterStep): MaybePromise<boolean> {
    const table = this.$table;
    const slots = table.entries();
    return each(
      slots.length,
      (index) => {
        const slot = slots[index] as SetSlot;
        return table.holds(slot) ? visit(slot.element) : SKIP;
      },
      after,
    );
  }

  /** @selector add: — adds `object` unless an equal element is present; answers `object`. */
  add(object: unknown): unknown {
    this.$table.findOrAdd(object, () => ({ element: object }));
    return object;
  }

  /** @selector includes: — whether an element equal to `object` is present. */
  override includes(object: unknown): boolean {
    return this.$table.find(object) !== undefined;
  }

  /** @selector occurrencesOf: — 1 when an element equal to `object` is present, else 0. */
  override occurrencesOf(object: unknown): number {
    return this.includes(object) ? 1 : 0;
  }

  /** @selector remove:ifAbsent: — removes the element equal to `object` (answers `object`), else `block value`. */
  removeIfAbsent(object: unknown, block: unknown): MaybePromise<unknown> {
    return this.$table.remove(object) === undefined ? evaluate(block) : object;
  }

  /** @selector collect: — a Set of the block's values (a Set even for an IdentitySet, as in Squeak). */
  override collect(block: unknown): MaybePromise<unknown> {
    const fn = callable(block, 1);
    const results = new StSet();
    const collected = eachOf(this, fn, (value) => {
      results.add(value);
      return false;
    });
    return andThen(collected, () => results);
  }

  /** @selector = — whether `other` is of the same species with the same elements. */
  override eq(other: unknown): boolean {
    if (other === this) return true;
    if (!(other instanceof StSet) || classOf(other) !== classOf(this) || other.size() !== this.size())
      return false;
    return this.$table.entries().every((slot) => other.includes(slot.element));
  }

  /** @selector asSet — the receiver. */
  override asSet(): this {
    return this;
  }

  /** @selector copyWithout: — a copy without the element equal to `object`. */
  override copyWithout(object: unknown): unknown {
    const copy = this.shallowCopy();
    copy.removeIfAbsent(object, null);
    return copy;
  }

  /** @selector shallowCopy — a new Set of the same class and elements. */
  override shallowCopy(): StSet {
    return (this.constructor as typeof StSet).$withElements(this.asArray());
  }
}
