import { type Block, cull, loop, mustBeBoolean, sequence, valueWithArguments } from "../blocks/evaluation.js";
import { Duration } from "../chronology/duration.js";
import { StError } from "../exceptions/exception-classes.js";
import { registerClass, requireClass } from "../kernel/class.js";
import type { MaybePromise } from "../kernel/maybe-promise.js";
import type { PrintStream } from "../kernel/printing.js";
import { send } from "../kernel/send.js";
import { abs, add, divide, intDiv, mod, multiply, negated, quo, rem, subtract } from "./arithmetic.js";
import {
  between,
  greaterOrEqual,
  greaterThan,
  lessOrEqual,
  lessThan,
  maxOf,
  minOf,
  numberEquals,
  numberNotEquals,
  sign,
} from "./comparison.js";
import { isStInteger, type StInteger } from "./integer-math.js";
import { Magnitude } from "./magnitude.js";
import {
  degreesToRadians,
  exp,
  floatFunction,
  floorLog,
  log2,
  log10,
  logBase,
  naturalLog,
  radiansToDegrees,
  raisedTo,
  raisedToInteger,
  reciprocal,
  roundTo,
  sqrt,
  squared,
  truncateTo,
} from "./math-functions.js";
import { numberHash } from "./number-hash.js";
import { digitExpected, readFailure, readFromSource, readNumber } from "./number-parser.js";
import { printNumber, printShowingDecimalPlaces, storeNumber, storeString } from "./number-printing.js";
import {
  exactRatio,
  float,
  fromRatio,
  isNumberValue,
  isZeroValue,
  type NumberValue,
  numberKind,
  scaledFromRatio,
  toDouble,
} from "./number-values.js";
import { ceiling, floor, fractionPart, integerPart, rounded, truncated } from "./truncation.js";

/** `aBlock value: argument`; an object that is not a block is sent `value:` (Squeak's error for it). */
function evaluate(block: unknown, argument: unknown): unknown {
  return typeof block === "function"
    ? valueWithArguments(block as Block, [argument])
    : send(block, "value:", argument);
}

/**
 * `Number` (exported as `StNumber`): the protocol every number answers, whatever its class
 * (SmallInteger, LargePositiveInteger, Float, Fraction, ScaledDecimal). The methods run with the
 * number itself as `this` (a JavaScript number or bigint for Integers) and delegate to the
 * exported functions of the tower, which handle every mix of kinds with Squeak's results.
 */
export class StNumber extends Magnitude {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Number";
  static {
    registerClass(this);
  }

  /**
   * @selector readFrom: — the number in Smalltalk syntax at the start of a String or at a
   * ReadStream's position (class side); `Error: Reading a number failed: ...` when there is none.
   */
  static readFrom(source: unknown): unknown {
    return readFromSource(source, readNumber, () => readFailure(10));
  }

  /**
   * @selector readFrom:ifFail: — as `readFrom:`, but answers the value of `failBlock` (culled with
   * the error text and position) when there is no number (class side).
   */
  static readFromIfFail(source: unknown, failBlock: Block): unknown {
    return readFromSource(source, readNumber, (position) => cull(failBlock, digitExpected(10), position));
  }

  /** @selector + — the sum. */
  plus(this: NumberValue, other: unknown): unknown {
    return add(this, other);
  }

  /** @selector - — the difference. */
  minus(this: NumberValue, other: unknown): unknown {
    return subtract(this, other);
  }

  /** @selector * — the product. */
  times(this: NumberValue, other: unknown): unknown {
    return multiply(this, other);
  }

  /** @selector / — the exact quotient (a Fraction for Integers that do not divide); ZeroDivide for 0. */
  divide(this: NumberValue, other: unknown): unknown {
    return divide(this, other);
  }

  /** @selector // — the quotient rounded toward negative infinity, an Integer. */
  intDiv(this: NumberValue, other: unknown): unknown {
    return intDiv(this, other);
  }

  /** @selector \\ — the modulo of `//`, with the sign of the divisor. */
  mod(this: NumberValue, other: unknown): unknown {
    return mod(this, other);
  }

  /** @selector rem: — the remainder of `quo:`, with the sign of the receiver. */
  rem(this: NumberValue, other: unknown): unknown {
    return rem(this, other);
  }

  /** @selector quo: — the quotient truncated toward zero, an Integer. */
  quo(this: NumberValue, other: unknown): unknown {
    return quo(this, other);
  }

  /** @selector < — whether the receiver is less than `other` (exactly, across kinds). */
  lt(this: NumberValue, other: unknown): unknown {
    return lessThan(this, other);
  }

  /** @selector > — whether the receiver is greater than `other`. */
  override gt(this: NumberValue, other: unknown): unknown {
    return greaterThan(this, other);
  }

  /** @selector <= — whether the receiver is less than or equal to `other`. */
  override le(this: NumberValue, other: unknown): unknown {
    return lessOrEqual(this, other);
  }

  /** @selector >= — whether the receiver is greater than or equal to `other`. */
  override ge(this: NumberValue, other: unknown): unknown {
    return greaterOrEqual(this, other);
  }

  /** @selector = — whether `other` is a number of equal value (`3 = 3.0`, `(1/2) = 0.5`). */
  override eq(this: NumberValue, other: unknown): boolean {
    return numberEquals(this, other);
  }

  /** @selector ~= — whether `other` is not a number of equal value. */
  override ne(this: NumberValue, other: unknown): boolean {
    return numberNotEquals(this, other);
  }

  /** @selector hash — equal numbers of any kinds hash alike (`3.0 hash = 3 hash`). */
  override hash(this: NumberValue): number {
    return numberHash(this);
  }

  /** @selector max: — the greater of the receiver and `other`. */
  override max(this: NumberValue, other: unknown): unknown {
    return maxOf(this, other);
  }

  /** @selector min: — the lesser of the receiver and `other`. */
  override min(this: NumberValue, other: unknown): unknown {
    return minOf(this, other);
  }

  /** @selector between:and: — whether `min <= self <= max`. */
  override betweenAnd(this: NumberValue, min: unknown, max: unknown): boolean {
    return between(this, min, max);
  }

  /** @selector abs — the absolute value. */
  abs(this: NumberValue): NumberValue {
    return abs(this);
  }

  /** @selector negated — `0 - self`. */
  negated(this: NumberValue): NumberValue {
    return negated(this);
  }

  /** @selector reciprocal — `1 / self`; ZeroDivide for zero. */
  reciprocal(this: NumberValue): NumberValue {
    return reciprocal(this);
  }

  /** @selector squared — the receiver times itself. */
  squared(this: NumberValue): NumberValue {
    return squared(this);
  }

  /** @selector nanoSeconds — a Duration of this many nanoseconds. */
  nanoSeconds(this: NumberValue): Duration {
    return Duration.nanoSeconds(this);
  }

  /** @selector milliSeconds — a Duration of this many milliseconds (`50 milliSeconds`). */
  milliSeconds(this: NumberValue): Duration {
    return Duration.milliSeconds(this);
  }

  /** @selector seconds — a Duration of this many seconds (`5 seconds`). */
  seconds(this: NumberValue): Duration {
    return Duration.seconds(this);
  }

  /** @selector minutes — a Duration of this many minutes. */
  minutes(this: NumberValue): Duration {
    return Duration.minutes(this);
  }

  /** @selector hours — a Duration of this many hours. */
  hours(this: NumberValue): Duration {
    return Duration.hours(this);
  }

  /** @selector days — a Duration of this many days. */
  days(this: NumberValue): Duration {
    return Duration.days(this);
  }

  /** @selector sqrt — the square root: an Integer for a perfect square, else a Float. */
  sqrt(this: NumberValue): NumberValue {
    return sqrt(this);
  }

  /** @selector sign — 1, -1 or 0. */
  sign(this: NumberValue): number {
    return sign(this);
  }

  /** @selector isZero — whether the receiver is zero. */
  isZero(this: NumberValue): boolean {
    return isZeroValue(this, numberKind(this));
  }

  /** @selector even — whether the receiver is even (`self \\ 2 = 0`). */
  even(this: NumberValue): boolean {
    return numberEquals(mod(this, 2), 0);
  }

  /** @selector odd — whether the receiver is not even. */
  odd(this: NumberValue): boolean {
    return !send(this, "even");
  }

  /** @selector negative — whether the receiver is less than zero. */
  negative(this: NumberValue): boolean {
    return lessThan(this, 0);
  }

  /** @selector positive — whether the receiver is greater than or equal to zero. */
  positive(this: NumberValue): boolean {
    return greaterOrEqual(this, 0);
  }

  /** @selector strictlyPositive — whether the receiver is greater than zero. */
  strictlyPositive(this: NumberValue): boolean {
    return greaterThan(this, 0);
  }

  /**
   * @selector raisedTo: — the receiver to the power `exponent` (exact for exact operands). As in
   * Squeak, an `exponent` that is not a number is sent `isZero` (MessageNotUnderstood).
   */
  raisedTo(this: NumberValue, exponent: unknown): unknown {
    return isNumberValue(exponent) ? raisedTo(this, exponent) : send(exponent, "isZero");
  }

  /** @selector ** — `raisedTo:`. */
  pow(this: NumberValue, exponent: unknown): unknown {
    return isNumberValue(exponent) ? raisedTo(this, exponent) : send(exponent, "isZero");
  }

  /**
   * @selector raisedToInteger: — the receiver to an Integer power. Anything else is sent what
   * Squeak sends it first and it does not understand (`negative`, or a Float's `highBit`).
   */
  raisedToInteger(this: NumberValue, exponent: unknown): unknown {
    if (isStInteger(exponent)) return raisedToInteger(this, exponent);
    return send(exponent, isNumberValue(exponent) ? "highBit" : "negative");
  }

  /** @selector ln — the natural logarithm (a Float). */
  ln(this: NumberValue): NumberValue {
    return naturalLog(this);
  }

  /** @selector log — the base-10 logarithm (a Float). */
  log(this: NumberValue): NumberValue {
    return log10(this);
  }

  /** @selector log: — the logarithm in base `base` (a Float); a non-number is sent `isPowerOfTwo`. */
  log$(this: NumberValue, base: unknown): unknown {
    return isNumberValue(base) ? logBase(this, base) : send(base, "isPowerOfTwo");
  }

  /** @selector log2 — the base-2 logarithm (a Float), exact for powers of two. */
  log2(this: NumberValue): NumberValue {
    return log2(this);
  }

  /** @selector exp — e raised to the receiver (a Float). */
  exp(this: NumberValue): NumberValue {
    return exp(this);
  }

  /** @selector floorLog: — the floor of the logarithm in base `radix`; a non-number is sent `isPowerOfTwo`. */
  floorLog(this: NumberValue, radix: unknown): unknown {
    return isNumberValue(radix) ? floorLog(this, radix) : send(radix, "isPowerOfTwo");
  }

  /** @selector sin — the sine of the receiver in radians. */
  sin(this: NumberValue): NumberValue {
    return floatFunction(this, Math.sin);
  }

  /** @selector cos — the cosine of the receiver in radians. */
  cos(this: NumberValue): NumberValue {
    return floatFunction(this, Math.cos);
  }

  /** @selector tan — the tangent of the receiver in radians. */
  tan(this: NumberValue): NumberValue {
    return floatFunction(this, Math.tan);
  }

  /** @selector arcTan — the arc tangent, in radians. */
  arcTan(this: NumberValue): NumberValue {
    return floatFunction(this, Math.atan);
  }

  /** @selector degreesToRadians — the receiver, in degrees, in radians. */
  degreesToRadians(this: NumberValue): NumberValue {
    return degreesToRadians(this);
  }

  /** @selector radiansToDegrees — the receiver, in radians, in degrees. */
  radiansToDegrees(this: NumberValue): NumberValue {
    return radiansToDegrees(this);
  }

  /** @selector truncated — the Integer nearest the receiver toward zero. */
  truncated(this: NumberValue): StInteger {
    return truncated(this);
  }

  /** @selector rounded — the nearest Integer, halves away from zero. */
  rounded(this: NumberValue): StInteger {
    return rounded(this);
  }

  /** @selector floor — the Integer nearest the receiver toward negative infinity. */
  floor(this: NumberValue): StInteger {
    return floor(this);
  }

  /** @selector ceiling — the Integer nearest the receiver toward positive infinity. */
  ceiling(this: NumberValue): StInteger {
    return ceiling(this);
  }

  /** @selector roundTo: — the nearest multiple of `quantum`. */
  roundTo(this: NumberValue, quantum: NumberValue): NumberValue {
    return roundTo(this, quantum);
  }

  /** @selector truncateTo: — the nearest multiple of `quantum` toward zero. */
  truncateTo(this: NumberValue, quantum: NumberValue): NumberValue {
    return truncateTo(this, quantum);
  }

  /** @selector fractionPart — what `integerPart` leaves. */
  fractionPart(this: NumberValue): NumberValue {
    return fractionPart(this);
  }

  /** @selector integerPart — the receiver without its fraction part. */
  integerPart(this: NumberValue): NumberValue {
    return integerPart(this);
  }

  /** @selector asInteger — `truncated`. */
  asInteger(this: NumberValue): StInteger {
    return truncated(this);
  }

  /** @selector asFloat — the nearest Float. */
  asFloat(this: NumberValue): NumberValue {
    return float(toDouble(this, numberKind(this)));
  }

  /** @selector asFraction — the exact value as an Integer or Fraction (a Float's exact binary value). */
  asFraction(this: NumberValue): NumberValue {
    return fromRatio(exactRatio(this, numberKind(this)));
  }

  /** @selector asScaledDecimal: — the exact value as a ScaledDecimal shown with `scale` places. */
  asScaledDecimal$(this: NumberValue, scale: StInteger): NumberValue {
    return scaledFromRatio(exactRatio(this, numberKind(this)), Number(scale));
  }

  /** @selector asNumber — the receiver. */
  asNumber(this: NumberValue): NumberValue {
    return this;
  }

  /** @selector isNumber — true. */
  override isNumber(): boolean {
    return true;
  }

  /** @selector isNaN — false (true only for `Float nan`). */
  isNaN(): boolean {
    return false;
  }

  /** @selector isInfinite — false (true only for the infinite Floats). */
  isInfinite(): boolean {
    return false;
  }

  /** @selector printOn: — writes the `printString`. */
  override printOn(this: NumberValue, stream: PrintStream): NumberValue {
    stream.nextPutAll(printNumber(this, 10));
    return this;
  }

  /** @selector printString — the decimal representation (`7.0`, `(1/3)`, `1.50s2`). */
  override printString(this: NumberValue): string {
    return printNumber(this, 10);
  }

  /** @selector printString: — the representation in `base` without a radix prefix (`'FF'`). */
  printString$(this: NumberValue, base: StInteger): string {
    return printNumber(this, Number(base));
  }

  /** @selector printStringBase: — the representation in `base` without a radix prefix. */
  printStringBase(this: NumberValue, base: StInteger): string {
    return printNumber(this, Number(base));
  }

  /** @selector printOn:base: — writes the representation in `base`. */
  printOnBase(this: NumberValue, stream: PrintStream, base: StInteger): NumberValue {
    stream.nextPutAll(printNumber(this, Number(base)));
    return this;
  }

  /** @selector displayString — the `printString`. */
  override displayString(this: NumberValue): string {
    return printNumber(this, 10);
  }

  /** @selector asString — the `printString`. */
  override asString(this: NumberValue): string {
    return printNumber(this, 10);
  }

  /** @selector storeOn: — writes the `storeString`. */
  storeOn(this: NumberValue, stream: PrintStream): NumberValue {
    stream.nextPutAll(storeString(this));
    return this;
  }

  /** @selector storeString — an expression that evaluates to an equal number (`Float nan`). */
  storeString(this: NumberValue): string {
    return storeString(this);
  }

  /** @selector storeOn:base: — writes the representation in `base` with its radix (`16rFF`). */
  storeOnBase(this: NumberValue, stream: PrintStream, base: StInteger): NumberValue {
    stream.nextPutAll(storeNumber(this, Number(base)));
    return this;
  }

  /** @selector storeStringBase: — the representation in `base` with its radix prefix (`16rFF`). */
  storeStringBase(this: NumberValue, base: StInteger): string {
    return storeNumber(this, Number(base));
  }

  /** @selector printShowingDecimalPlaces: — decimal with exactly `places` fraction digits, rounded. */
  printShowingDecimalPlaces(this: NumberValue, places: StInteger): string {
    return printShowingDecimalPlaces(this, Number(places));
  }

  /** @selector to: — the Interval from the receiver to `stop` by 1. */
  to(this: NumberValue, stop: unknown): unknown {
    return send(requireClass("Interval"), "from:to:by:", this, stop, 1);
  }

  /** @selector to:by: — the Interval from the receiver to `stop` by `step`. */
  toBy(this: NumberValue, stop: unknown, step: unknown): unknown {
    return send(requireClass("Interval"), "from:to:by:", this, stop, step);
  }

  /** @selector to:do: — evaluates `block` with each number from the receiver up to `stop`. */
  toDo(this: NumberValue, stop: unknown, block: Block): MaybePromise<NumberValue> {
    let next: unknown = this;
    const done = loop(() => {
      if (!mustBeBoolean(lessOrEqual(next, stop))) return false;
      const value = evaluate(block, next);
      next = add(next, 1);
      return sequence(value, () => true);
    });
    return sequence(done, () => this);
  }

  /** @selector to:by:do: — evaluates `block` with each number from the receiver to `stop` by `step`. */
  toByDo(this: NumberValue, stop: unknown, step: unknown, block: Block): MaybePromise<NumberValue> {
    if (numberEquals(step, 0) === true)
      return new StError("step must be non-zero").signalSync() as NumberValue;
    const ascending = !mustBeBoolean(lessThan(step, 0));
    let next: unknown = this;
    const done = loop(() => {
      const goOn = ascending ? greaterOrEqual(stop, next) : lessOrEqual(stop, next);
      if (!mustBeBoolean(goOn)) return false;
      const value = evaluate(block, next);
      next = add(next, step);
      return sequence(value, () => true);
    });
    return sequence(done, () => this);
  }

  /** The nearest double, for JavaScript (`Number(aFraction)`); not a Smalltalk selector. */
  override valueOf(this: NumberValue): number {
    return toDouble(this, numberKind(this));
  }

  /** The `printString`, for JavaScript (`String(aFloat)`); not a Smalltalk selector. */
  override toString(this: NumberValue): string {
    return printNumber(this, 10);
  }

  /** @selector adaptToInteger:andSend: — performs `selector` on `receiver` with the receiver. */
  adaptToIntegerAndSend(receiver: unknown, selector: unknown): unknown {
    return send(receiver, String(selector), this);
  }

  /** @selector adaptToFraction:andSend: — performs `selector` on `receiver` with the receiver. */
  adaptToFractionAndSend(receiver: unknown, selector: unknown): unknown {
    return send(receiver, String(selector), this);
  }

  /** @selector adaptToFloat:andSend: — performs `selector` on `receiver` with the receiver. */
  adaptToFloatAndSend(receiver: unknown, selector: unknown): unknown {
    return send(receiver, String(selector), this);
  }

  /** @selector adaptToScaledDecimal:andSend: — performs `selector` on `receiver` with the receiver. */
  adaptToScaledDecimalAndSend(receiver: unknown, selector: unknown): unknown {
    return send(receiver, String(selector), this);
  }
}
