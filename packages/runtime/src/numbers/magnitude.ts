import { mustBeBoolean } from "../blocks/evaluation.js";
import { registerClass } from "../kernel/class.js";
import { isPharo } from "../kernel/dialect.js";
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

  /**
   * @selector putOn: — writes the receiver on `aStream` (`aStream << 42`). Squeak writes its
   * `asString` (its `asByteArray` on a binary stream); Pharo writes the receiver itself as one
   * element (`Object>>putOn:`), which a String stream refuses.
   */
  override putOn(aStream: unknown): unknown {
    if (isPharo()) return send(aStream, "nextPut:", this);
    const converted = send(this, send(aStream, "isBinary") === true ? "asByteArray" : "asString");
    return send(converted, "putOn:", aStream);
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
