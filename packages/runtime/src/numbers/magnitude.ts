import { mustBeBoolean } from "../blocks/evaluation.js";
import { registerClass } from "../kernel/class.js";
import { StObject } from "../kernel/object.js";
import { send } from "../kernel/send.js";

/**
 * `Magnitude`: objects that can be compared and ordered (numbers, and in Squeak Characters, Dates
 * and Times). A subclass defines `<` and `=`; Magnitude derives `>`, `<=`, `>=`, `between:and:`,
 * `max:` and `min:` from `<` by dynamic dispatch, as Squeak does.
 */
export class Magnitude extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Magnitude";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-Numbers";
  static {
    registerClass(this);
  }

  /** @selector > — whether `other < self`. */
  gt(other: unknown): unknown {
    return send(other, "<", this);
  }

  /** @selector <= — whether not `self > other`. */
  le(other: unknown): unknown {
    return !mustBeBoolean(send(this, ">", other));
  }

  /** @selector >= — whether not `self < other`. */
  ge(other: unknown): unknown {
    return !mustBeBoolean(send(this, "<", other));
  }

  /** @selector between:and: — whether `min <= self` and `self <= max`. */
  betweenAnd(min: unknown, max: unknown): boolean {
    return mustBeBoolean(send(min, "<=", this)) && mustBeBoolean(send(this, "<=", max));
  }

  /** @selector max: — the receiver if it is greater than `other`, else `other`. */
  max(other: unknown): unknown {
    return mustBeBoolean(send(this, ">", other)) ? this : other;
  }

  /** @selector min: — the receiver if it is less than `other`, else `other`. */
  min(other: unknown): unknown {
    return mustBeBoolean(send(this, "<", other)) ? this : other;
  }
}
