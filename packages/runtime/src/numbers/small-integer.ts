import { registerClass } from "../kernel/class.js";
import { SMALL_INTEGER_MAX, SMALL_INTEGER_MIN } from "../kernel/class-of.js";
import { Integer } from "./integer.js";
import { normalizeInteger, type StInteger } from "./integer-math.js";

/**
 * `SmallInteger`: the Integers of 64-bit Squeak's immediate range, -2^60 to 2^60 - 1. Here a
 * JavaScript number within ±(2^53 - 1), a bigint from there to the range's ends; arithmetic
 * overflows into LargePositiveInteger or LargeNegativeInteger exactly, and back. Never
 * instantiated: its methods run with the number as `this`.
 */
export class SmallInteger extends Integer {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "SmallInteger";
  static {
    registerClass(this);
  }

  /** @selector maxVal — the largest SmallInteger, 2^60 - 1 (class side). */
  static maxVal(): StInteger {
    return normalizeInteger(SMALL_INTEGER_MAX);
  }

  /** @selector minVal — the smallest SmallInteger, -2^60 (class side). */
  static minVal(): StInteger {
    return normalizeInteger(SMALL_INTEGER_MIN);
  }
}
