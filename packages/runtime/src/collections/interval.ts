import { registerClass } from "../kernel/class.js";
import type { MaybePromise } from "../kernel/maybe-promise.js";
import type { PrintStream } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { errorSubscriptBounds, shouldNotImplement, signalError } from "../text/primitive-errors.js";
import { StArray } from "./array.js";
import { elementHash, hashBits, hashMultiply, type Visit } from "./collection.js";
import { errorEmptyCollection } from "./collection-errors.js";
import { type AfterStep, each } from "./iteration.js";
import { EQUALITY } from "./key-comparison.js";
import { SequenceableCollection } from "./sequenceable-collection.js";

function isSmallInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value);
}

/**
 * `Interval`: the arithmetic progression `from to: stop by: step`. Its bounds and step may be
 * any numbers (integers, Floats, Fractions): the element at index `i` is computed as Squeak
 * does, `start + (step * (i - 1))`, by sending `+` and `*` (with a plain JavaScript fast path
 * when all three are SmallIntegers). Its species is Array, so `collect:` answers an Array.
 *
 * The numbers engineer's `to:` and `to:by:` create intervals with {@link Interval.fromTo} and
 * {@link Interval.fromToBy} (`Interval from:to:` / `from:to:by:`).
 */
export class Interval extends SequenceableCollection {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Interval";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Sequenceable";
  static {
    registerClass(this);
  }

  readonly #start: unknown;
  readonly #stop: unknown;
  readonly #step: unknown;
  /** The number of elements, computed once (an Interval never changes). */
  readonly #size: number;

  /** The interval `start to: stop by: step`; without arguments the empty `(1 to: 0)`. */
  constructor(start: unknown = 1, stop: unknown = 0, step: unknown = 1) {
    super();
    this.#start = start;
    this.#stop = stop;
    this.#step = step;
    this.#size = intervalSize(start, stop, step);
  }

  /** @selector from:to: — the interval from `start` to `stop` by 1 (what `start to: stop` answers). */
  static fromTo(start: unknown, stop: unknown): Interval {
    return new Interval(start, stop, 1);
  }

  /** @selector from:to:by: — the interval from `start` to `stop` by `step` (what `start to: stop by: step` answers). */
  static fromToBy(start: unknown, stop: unknown, step: unknown): Interval {
    return new Interval(start, stop, step);
  }

  /**
   * The Interval of `elements` (`withAll:`, `newFrom:`), which must be an arithmetic progression
   * ('The argument is not an arithmetic progression' otherwise), as Squeak's `newFrom:`.
   */
  static override $withElements(elements: unknown[]): Interval {
    const count = elements.length;
    if (count === 0) return new Interval(1, 0, 1);
    const first = elements[0];
    const last = elements[count - 1];
    if (count === 1) return new Interval(first, first, 1);
    const interval = new Interval(first, last, send(send(last, "-", first), "/", count - 1));
    if (interval.hasEqualElements(elements)) return interval;
    return signalError("The argument is not an arithmetic progression");
  }

  /** The element at 0-based `offset`: `start + (step * offset)`. */
  #elementAt(offset: number): unknown {
    const start = this.#start;
    const step = this.#step;
    if (isSmallInteger(start) && isSmallInteger(step)) return start + step * offset;
    return send(start, "+", send(step, "*", offset));
  }

  /** @internal Enumerates the elements, each computed from the start (as Squeak's `do:`, for Float accuracy). */
  override $each(visit: Visit, after?: AfterStep): MaybePromise<boolean> {
    return each(this.#size, (offset) => visit(this.#elementAt(offset)), after);
  }

  /** @internal Results of copying an Interval are Arrays (its species). */
  override $like(elements: unknown[]): unknown[] {
    return elements;
  }

  /** @selector species — Array. */
  override species(): typeof StArray {
    return StArray;
  }

  /** @selector size — the number of elements. */
  override size(): number {
    return this.#size;
  }

  /** @selector isEmpty — whether there are no elements. */
  override isEmpty(): boolean {
    return this.#size === 0;
  }

  /** @selector at: — the element at `index` (SubscriptOutOfBounds outside 1 to size). */
  at(index: unknown): unknown {
    if (isSmallInteger(index) && index >= 1 && index <= this.#size) return this.#elementAt(index - 1);
    return errorSubscriptBounds(index);
  }

  /** @selector at:put: — refused: 'you can not store into an interval'. */
  atPut(_index: unknown, _value: unknown): never {
    return signalError("you can not store into an interval");
  }

  /** @selector add: — refused: an Interval cannot grow. */
  add(_object: unknown): never {
    return shouldNotImplement("add:", this);
  }

  /** @selector first — the start (even when the interval is empty, as in Squeak). */
  override first(): unknown {
    return this.#start;
  }

  /** @selector last — the last element reached: `stop - ((stop - start) \\ step)`. */
  override last(): unknown {
    const start = this.#start;
    const stop = this.#stop;
    const step = this.#step;
    if (isSmallInteger(start) && isSmallInteger(stop) && isSmallInteger(step)) {
      const remainder = (((stop - start) % step) + step) % step;
      return stop - remainder;
    }
    return send(stop, "-", send(send(stop, "-", start), "\\\\", step));
  }

  /** @selector anyOne — the first element (an error when empty). */
  override anyOne(): unknown {
    return this.#size === 0 ? errorEmptyCollection(this) : this.at(1);
  }

  /** @selector increment — the step. */
  increment(): unknown {
    return this.#step;
  }

  /** @selector isInterval — true. */
  override isInterval(): boolean {
    return true;
  }

  /** @selector copyFrom:to: — the Interval of the elements from `start` to `stop`. */
  override copyFromTo(start: unknown, stop: unknown): unknown {
    if (start === 1 && stop === this.#size) return this;
    if (isSmallInteger(start) && isSmallInteger(stop) && stop < start) return [];
    return new Interval(this.at(start), this.at(stop), this.#step);
  }

  /** @selector , — an Interval when `other` is an Interval that continues the receiver, else an Array. */
  override comma(other: unknown): MaybePromise<unknown> {
    if (
      other instanceof Interval &&
      EQUALITY.matches(other.#step, this.#step) &&
      EQUALITY.matches(other.#start, send(this.last(), "+", this.#step))
    ) {
      return new Interval(this.#start, other.last(), this.#step);
    }
    return super.comma(other);
  }

  /** @selector reversed — the Interval of the same elements in reverse order. */
  override reversed(): Interval {
    const back = send(this.#step, "negated");
    if (this.#size === 0) return new Interval(this.#stop, this.#start, back);
    return new Interval(this.last(), this.#start, back);
  }

  /** @selector sorted — the receiver when it ascends, else its reverse. */
  override sorted(): Interval {
    return send(this.#step, "<", 0) === true ? this.reversed() : this;
  }

  /** @selector = — equal to an Interval with the same first, step and last; to another collection as Array does. */
  override eq(other: unknown): boolean {
    if (other === this) return true;
    if (!(other instanceof Interval)) return super.eq(other);
    return (
      EQUALITY.matches(this.#start, other.#start) &&
      EQUALITY.matches(this.#step, other.#step) &&
      EQUALITY.matches(this.last(), other.last())
    );
  }

  /** @selector hash — from the first and last elements and the size (equal intervals hash alike). */
  override hash(): number {
    return (
      hashMultiply(hashMultiply(elementHash(this.#start)) ^ elementHash(this.last())) ^ hashBits(this.#size)
    );
  }

  /** @selector printOn: — `(1 to: 5)`, `(1 to: 10 by: 2)`. */
  override printOn(stream: PrintStream): this {
    stream.nextPutAll("(");
    send(this.#start, "printOn:", stream);
    stream.nextPutAll(" to: ");
    send(this.#stop, "printOn:", stream);
    if (!EQUALITY.matches(this.#step, 1)) {
      stream.nextPutAll(" by: ");
      send(this.#step, "printOn:", stream);
    }
    stream.nextPutAll(")");
    return this;
  }

  /** @selector shallowCopy — the receiver (an Interval never changes). */
  override shallowCopy(): this {
    return this;
  }
}

/** Squeak's `Interval>>size`: `(stop - start) // step + 1`, or 0 when the bounds are the wrong way round. */
function intervalSize(start: unknown, stop: unknown, step: unknown): number {
  if (isSmallInteger(start) && isSmallInteger(stop) && isSmallInteger(step) && step !== 0) {
    if (step < 0 ? start < stop : stop < start) return 0;
    return Math.trunc((stop - start) / step) + 1;
  }
  const descending = send(step, "<", 0) === true;
  if (send(descending ? start : stop, "<", descending ? stop : start) === true) return 0;
  return Number(send(send(send(stop, "-", start), "//", step), "+", 1));
}
