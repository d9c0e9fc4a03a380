import { type Block, cull, loop, sequence, valueWithArguments } from "../blocks/evaluation.js";
import { StError } from "../exceptions/exception-classes.js";
import { registerClass, requireClass } from "../kernel/class.js";
import type { MaybePromise } from "../kernel/maybe-promise.js";
import { send } from "../kernel/send.js";
import { intDiv, multiply } from "./arithmetic.js";
import {
  bigAbs,
  bigGcd,
  bitLength,
  isStInteger,
  lowBit,
  normalizeInteger,
  type StInteger,
  toBigInt,
} from "./integer-math.js";
import { isProbablePrime, randomBelow } from "./integer-randomness.js";
import { StNumber } from "./number.js";
import { digitExpected, readFailure, readFromSource, readInteger } from "./number-parser.js";
import { printInteger, printPadded, printStringRadix, storeNumber, withCommas } from "./number-printing.js";

/** The magnitude beyond which JavaScript's 32-bit operators no longer apply. */
const INT32 = 2 ** 31;

function isInt32(value: StInteger): value is number {
  return typeof value === "number" && value >= -INT32 && value < INT32;
}

/**
 * Applies `operation` to the receiver and `argument` as bigints, or, when `argument` is not an
 * Integer, does what Squeak does: sends it `normalize`, which it does not understand
 * (MessageNotUnderstood, whose resumption value is then the answer).
 */
function withInteger(argument: unknown, operation: (value: bigint) => StInteger | boolean): unknown {
  return isStInteger(argument) ? operation(toBigInt(argument)) : send(argument, "normalize");
}

/** `value bitShift: count`: left for a positive count, right (rounding down) for a negative one. */
function shifted(value: StInteger, count: unknown): unknown {
  if (typeof value === "number" && typeof count === "number" && Math.abs(count) <= 52) {
    if (count < 0) return Math.floor(value / 2 ** -count);
    const result = value * 2 ** count;
    if (Number.isSafeInteger(result)) return result;
  }
  return withInteger(count, (amount) => {
    const big = toBigInt(value);
    return normalizeInteger(amount >= 0n ? big << amount : big >> -amount);
  });
}

/**
 * `Integer`: the protocol of whole numbers, whatever their size (SmallInteger, held as a
 * JavaScript number, and LargePositiveInteger / LargeNegativeInteger, held as bigints): bit
 * operations in two's complement, `gcd:`, `factorial`, `isPrime`, `atRandom`, `timesRepeat:`,
 * and the Integer print formats (`printString: 16` is `'FF'`, `printPaddedWith:to:`).
 */
export class Integer extends StNumber {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Integer";
  static {
    registerClass(this);
  }

  /**
   * @selector readFrom: — the decimal Integer (an optional sign and digits, no radix) at the start
   * of a String or at a ReadStream's position (class side); an Error when there is none.
   */
  static override readFrom(source: unknown): unknown {
    return Integer.readFromBase(source, 10);
  }

  /** @selector readFrom:base: — the Integer in `base` (an optional sign and digits) (class side). */
  static readFromBase(source: unknown, base: StInteger): unknown {
    const radix = Number(base);
    return readFromSource(
      source,
      (text, start) => readInteger(text, start, radix),
      () => readFailure(radix),
    );
  }

  /** @selector readFrom:ifFail: — as `readFrom:`, or the value of `failBlock` (class side). */
  static override readFromIfFail(source: unknown, failBlock: Block): unknown {
    const read = (text: string, start: number) => readInteger(text, start, 10);
    return readFromSource(source, read, (position) => cull(failBlock, digitExpected(10), position));
  }

  /** @selector isInteger — true. */
  override isInteger(): boolean {
    return true;
  }

  /** @selector isLiteral — true: an Integer has a literal form. */
  override isLiteral(): boolean {
    return true;
  }

  /** @selector isFraction — true: Squeak treats an Integer as a Fraction with denominator 1. */
  override isFraction(): boolean {
    return true;
  }

  /** @selector numerator — the receiver. */
  numerator(this: StInteger): StInteger {
    return this;
  }

  /** @selector denominator — 1. */
  denominator(): StInteger {
    return 1;
  }

  /** @selector normalize — the receiver (Integers are always normalised here). */
  normalize(this: StInteger): StInteger {
    return this;
  }

  /** @selector even — whether the receiver is divisible by 2. */
  override even(this: StInteger): boolean {
    return typeof this === "number" ? this % 2 === 0 : (this & 1n) === 0n;
  }

  /** @selector odd — whether the receiver is not divisible by 2. */
  override odd(this: StInteger): boolean {
    return typeof this === "number" ? this % 2 !== 0 : (this & 1n) === 1n;
  }

  /** @selector gcd: — the greatest common divisor, never negative. */
  gcd(this: StInteger, other: unknown): unknown {
    return withInteger(other, (value) => normalizeInteger(bigGcd(toBigInt(this), value)));
  }

  /** @selector lcm: — the least common multiple (`self // (self gcd: n) * n`). */
  lcm(this: StInteger, other: unknown): unknown {
    return withInteger(other, (value) => {
      const divisor = normalizeInteger(bigGcd(toBigInt(this), value));
      return multiply(intDiv(this, divisor) as StInteger, normalizeInteger(value));
    });
  }

  /** @selector bitAnd: — the bitwise and, in two's complement. */
  bitAnd(this: StInteger, other: unknown): unknown {
    if (isInt32(this) && isStInteger(other) && isInt32(other)) return this & other;
    return withInteger(other, (value) => normalizeInteger(toBigInt(this) & value));
  }

  /** @selector bitOr: — the bitwise or, in two's complement. */
  bitOr(this: StInteger, other: unknown): unknown {
    if (isInt32(this) && isStInteger(other) && isInt32(other)) return this | other;
    return withInteger(other, (value) => normalizeInteger(toBigInt(this) | value));
  }

  /** @selector bitXor: — the bitwise exclusive or, in two's complement. */
  bitXor(this: StInteger, other: unknown): unknown {
    if (isInt32(this) && isStInteger(other) && isInt32(other)) return this ^ other;
    return withInteger(other, (value) => normalizeInteger(toBigInt(this) ^ value));
  }

  /** @selector bitInvert — the bitwise complement (`-1 - self`). */
  bitInvert(this: StInteger): StInteger {
    return typeof this === "number" ? -1 - this : normalizeInteger(~this);
  }

  /** @selector bitAt: — the bit at 1-based `index` of the two's complement representation (0 or 1). */
  bitAt(this: StInteger, index: StInteger): number {
    return Number((toBigInt(this) >> (toBigInt(index) - 1n)) & 1n);
  }

  /** @selector bitShift: — shifted left by `count` bits (right when negative, rounding down). */
  bitShift(this: StInteger, count: unknown): unknown {
    return shifted(this, count);
  }

  /** @selector << — shifted left by `count` bits; `count` must not be negative. */
  shiftLeft(this: StInteger, count: unknown): unknown {
    if (isStInteger(count) && count < 0) return new StError("negative arg").signalSync();
    return shifted(this, count);
  }

  /** @selector >> — shifted right by `count` bits; `count` must not be negative. */
  shiftRight(this: StInteger, count: unknown): unknown {
    if (isStInteger(count) && count < 0) return new StError("negative arg").signalSync();
    return isStInteger(count) ? shifted(this, -count) : send(count, "normalize");
  }

  /** @selector allMask: — whether every bit of `mask` is set in the receiver. */
  allMask(this: StInteger, mask: unknown): unknown {
    return withInteger(mask, (value) => (toBigInt(this) & value) === value);
  }

  /** @selector anyMask: — whether any bit of `mask` is set in the receiver. */
  anyMask(this: StInteger, mask: unknown): unknown {
    return withInteger(mask, (value) => (toBigInt(this) & value) !== 0n);
  }

  /** @selector noMask: — whether no bit of `mask` is set in the receiver. */
  noMask(this: StInteger, mask: unknown): unknown {
    return withInteger(mask, (value) => (toBigInt(this) & value) === 0n);
  }

  /** @selector highBit — the index of the highest set bit (0 for 0); an Error for a negative receiver. */
  highBit(this: StInteger): unknown {
    if (this < 0) return new StError("highBit is not defined for negative integers").signalSync();
    return bitLength(toBigInt(this));
  }

  /** @selector lowBit — the index of the lowest set bit (0 for 0). */
  lowBit(this: StInteger): number {
    return lowBit(toBigInt(this));
  }

  /** @selector digitAt: — the byte at 1-based `index` of the magnitude, least significant first. */
  digitAt(this: StInteger, index: StInteger): number {
    return Number((bigAbs(toBigInt(this)) >> (8n * (toBigInt(index) - 1n))) & 0xffn);
  }

  /** @selector isPowerOfTwo — whether the receiver is a positive power of two. */
  isPowerOfTwo(this: StInteger): boolean {
    const big = toBigInt(this);
    return big > 0n && (big & (big - 1n)) === 0n;
  }

  /** @selector isPrime — whether the receiver is a prime number (1 and negatives are not). */
  isPrime(this: StInteger): boolean {
    return isProbablePrime(toBigInt(this));
  }

  /** @selector factorial — the product of 1 to the receiver; an Error for a negative receiver. */
  factorial(this: StInteger): unknown {
    if (this < 0) return new StError("Not valid for negative integers").signalSync();
    let product = 1n;
    for (let factor = toBigInt(this); factor > 1n; factor -= 1n) product *= factor;
    return normalizeInteger(product);
  }

  /** @selector atRandom — a random Integer from 1 to the receiver (0 for 0, negated for a negative). */
  atRandom(this: StInteger): StInteger {
    const big = toBigInt(this);
    if (big === 0n) return 0;
    const magnitude = bigAbs(big);
    const value = randomBelow(magnitude) + 1n;
    return normalizeInteger(big < 0n ? -value : value);
  }

  /** @selector timesRepeat: — evaluates `block` as many times as the receiver says. */
  timesRepeat(this: StInteger, block: Block): MaybePromise<StInteger> {
    let remaining = toBigInt(this);
    const done = loop(() => {
      remaining -= 1n;
      if (remaining < 0n) return false;
      const value = typeof block === "function" ? valueWithArguments(block, []) : send(block, "value");
      return sequence(value, () => true);
    });
    return sequence(done, () => this);
  }

  /** @selector asCharacter — the Character with the receiver as its value. */
  asCharacter(this: StInteger): unknown {
    return send(requireClass("Character"), "value:", this);
  }

  /** @selector radix: — the digits in `base` without a prefix (Squeak: `printStringBase:`). */
  radix(this: StInteger, base: StInteger): string {
    return printInteger(this, Number(base));
  }

  /** @selector printStringRadix: — the digits in `base` with the radix prefix (`'16rFF'`). */
  printStringRadix(this: StInteger, base: StInteger): string {
    return printStringRadix(this, Number(base));
  }

  /** @selector printPaddedWith:to: — the decimal digits padded on the left with a Character. */
  printPaddedWithTo(this: StInteger, padding: unknown, width: StInteger): string {
    return printPadded(this, String(send(padding, "asString")), Number(width), 10);
  }

  /** @selector printStringHex — the hexadecimal digits (`'FF'`). */
  printStringHex(this: StInteger): string {
    return printInteger(this, 16);
  }

  /** @selector storeStringHex — the hexadecimal digits with the radix prefix (`'16rFF'`). */
  storeStringHex(this: StInteger): string {
    return storeNumber(this, 16);
  }

  /** @selector hex — the hexadecimal digits with the radix prefix (`'16rFF'`). */
  hex(this: StInteger): string {
    return storeNumber(this, 16);
  }

  /** @selector asStringWithCommas — the decimal digits in groups of three (`'1,234,567'`). */
  asStringWithCommas(this: StInteger): string {
    return withCommas(this);
  }
}
