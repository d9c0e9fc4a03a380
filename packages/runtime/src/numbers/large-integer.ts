import { registerClass } from "../kernel/class.js";
import { Integer } from "./integer.js";

/**
 * `LargePositiveInteger`: the Integers above `SmallInteger maxVal` (2^60 - 1), held as bigints.
 * Never instantiated: Integer's methods run with the bigint as `this`.
 */
export class LargePositiveInteger extends Integer {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "LargePositiveInteger";
  static {
    registerClass(this);
  }
}

/**
 * `LargeNegativeInteger`: the Integers below `SmallInteger minVal` (-2^60), held as bigints. As in
 * Squeak, a subclass of LargePositiveInteger.
 */
export class LargeNegativeInteger extends LargePositiveInteger {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "LargeNegativeInteger";
  static {
    registerClass(this);
  }
}
