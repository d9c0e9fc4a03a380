import { ZeroDivide } from "../exceptions/exception-classes.js";
import { send } from "../kernel/send.js";
import type { Float } from "./float.js";
import type { Fraction } from "./fraction.js";
import { floorDivide, floorModulo, normalizeInteger, type StInteger, toBigInt } from "./integer-math.js";
import { adapt } from "./number-adapting.js";
import {
  exactOfKind,
  exactRatio,
  FLOAT,
  float,
  floatValue,
  INTEGER,
  isZeroValue,
  type Kind,
  kindOf,
  NOT_A_NUMBER,
  type NumberKind,
  type NumberValue,
  numberKind,
  rational,
  scaleOf,
  toDouble,
} from "./number-values.js";
import { type Ratio, ratioAdd, ratioDivide, ratioMultiply, ratioSubtract } from "./rational.js";
import { floor, truncated } from "./truncation.js";

/**
 * The arithmetic of the number tower, exported for generated code: st2ts calls these when it has
 * proven both operands numbers, and every number class's methods call them too. Two
 * SmallIntegers take a fast path without allocation; a result beyond ±(2^53 - 1) is computed
 * exactly as a bigint. Mixed operands follow Squeak's generality (Integer < Fraction <
 * ScaledDecimal < Float: `3 + 4.0` is `7.0`, `(1/2) + 0.5s2` is `1.00s2`); a ScaledDecimal result
 * keeps the larger scale. A non-number argument is asked to adapt (`adaptToInteger:andSend:`, as
 * in Squeak); a non-number receiver is sent the message.
 */

/** Signals ZeroDivide with `dividend` (resumable); answers the resumption value. */
export function signalZeroDivide(dividend: unknown): unknown {
  return new ZeroDivide().dividend$(dividend).signalSync();
}

/** Both SmallIntegers held as numbers: the operands of the fast paths. */
function smallIntegers(a: unknown, b: unknown): boolean {
  return typeof a === "number" && typeof b === "number" && Number.isSafeInteger(a) && Number.isSafeInteger(b);
}

type IntegerOperation = (a: bigint, b: bigint) => NumberValue;
type ExactOperation = (a: Ratio, b: Ratio) => Ratio;
type DoubleOperation = (a: number, b: number) => number;

/**
 * The answer when an operand is not a number: a receiver that is not one is sent the message;
 * an argument that is not one is asked to adapt (`adaptToInteger:andSend:`).
 */
function withNonNumber(a: unknown, kindA: Kind, b: unknown, selector: string): unknown {
  return kindA === NOT_A_NUMBER ? send(a, selector, b) : adapt(a, kindA, b, selector, false);
}

/** `a selector b` for two numbers of kinds `kindA` and `kindB`, at the more general kind. */
function combine(
  a: NumberValue,
  kindA: NumberKind,
  b: NumberValue,
  kindB: NumberKind,
  onIntegers: IntegerOperation,
  onExact: ExactOperation,
  onDoubles: DoubleOperation,
): NumberValue {
  const kind = kindA > kindB ? kindA : kindB;
  if (kind === INTEGER) return onIntegers(toBigInt(a as StInteger), toBigInt(b as StInteger));
  if (kind === FLOAT) return float(onDoubles(toDouble(a, kindA), toDouble(b, kindB)));
  const scale = Math.max(scaleOf(a, kindA), scaleOf(b, kindB));
  return exactOfKind(onExact(exactRatio(a, kindA), exactRatio(b, kindB)), kind, scale);
}

/** `a selector b` for operands of any kinds (see {@link combine}). */
function generic(
  a: unknown,
  b: unknown,
  selector: string,
  onIntegers: IntegerOperation,
  onExact: ExactOperation,
  onDoubles: DoubleOperation,
): unknown {
  const kindA = kindOf(a);
  const kindB = kindOf(b);
  if (kindA === NOT_A_NUMBER || kindB === NOT_A_NUMBER) return withNonNumber(a, kindA, b, selector);
  return combine(a as NumberValue, kindA, b as NumberValue, kindB, onIntegers, onExact, onDoubles);
}

/** Squeak's `+` on numbers: the sum. */
export function add(a: StInteger, b: StInteger): StInteger;
export function add(a: NumberValue, b: NumberValue): NumberValue;
export function add(a: unknown, b: unknown): unknown;
export function add(a: unknown, b: unknown): unknown {
  if (smallIntegers(a, b)) {
    const sum = (a as number) + (b as number);
    if (Number.isSafeInteger(sum)) return sum;
  }
  return generic(
    a,
    b,
    "+",
    (x, y) => normalizeInteger(x + y),
    ratioAdd,
    (x, y) => x + y,
  );
}

/** Squeak's `-` on numbers: the difference. */
export function subtract(a: StInteger, b: StInteger): StInteger;
export function subtract(a: NumberValue, b: NumberValue): NumberValue;
export function subtract(a: unknown, b: unknown): unknown;
export function subtract(a: unknown, b: unknown): unknown {
  if (smallIntegers(a, b)) {
    const difference = (a as number) - (b as number);
    if (Number.isSafeInteger(difference)) return difference;
  }
  return generic(
    a,
    b,
    "-",
    (x, y) => normalizeInteger(x - y),
    ratioSubtract,
    (x, y) => x - y,
  );
}

/** Squeak's `*` on numbers: the product. */
export function multiply(a: StInteger, b: StInteger): StInteger;
export function multiply(a: NumberValue, b: NumberValue): NumberValue;
export function multiply(a: unknown, b: unknown): unknown;
export function multiply(a: unknown, b: unknown): unknown {
  if (smallIntegers(a, b)) {
    const product = (a as number) * (b as number);
    // `|| 0` turns the -0 of `0 * -5` into the Integer 0.
    if (Number.isSafeInteger(product)) return product || 0;
  }
  return generic(
    a,
    b,
    "*",
    (x, y) => normalizeInteger(x * y),
    ratioMultiply,
    (x, y) => x * y,
  );
}

/**
 * Squeak's `/` on numbers: the exact quotient of exact numbers (`6/3` is 2, `1/3` a Fraction),
 * a Float when either is a Float. A zero divisor (`0`, `0.0`, `-0.0`, even for a Float dividend,
 * as Squeak's and Pharo's primitives fail on it) signals ZeroDivide, whose resumption value is
 * the answer.
 */
export function divide(a: StInteger, b: StInteger): StInteger | Fraction;
export function divide(a: NumberValue, b: NumberValue): NumberValue;
export function divide(a: unknown, b: unknown): unknown;
export function divide(a: unknown, b: unknown): unknown {
  if (smallIntegers(a, b) && b !== 0 && (a as number) % (b as number) === 0) {
    return (a as number) / (b as number) || 0;
  }
  const kindA = kindOf(a);
  const kindB = kindOf(b);
  if (kindA === NOT_A_NUMBER || kindB === NOT_A_NUMBER) return withNonNumber(a, kindA, b, "/");
  const x = a as NumberValue;
  const y = b as NumberValue;
  if (isZeroValue(y, kindB)) return signalZeroDivide(a);
  return combine(x, kindA, y, kindB, rational, ratioDivide, (p, q) => p / q);
}

/**
 * Squeak's `//` on numbers: the quotient rounded toward negative infinity (`-7 // 2` is -4),
 * always an Integer (`5.5 // 2` is 2). A zero divisor signals ZeroDivide, whose resumption value
 * is the answer.
 */
export function intDiv(a: StInteger, b: StInteger): StInteger;
export function intDiv(a: NumberValue, b: NumberValue): StInteger;
export function intDiv(a: unknown, b: unknown): unknown;
export function intDiv(a: unknown, b: unknown): unknown {
  if (smallIntegers(a, b) && b !== 0) {
    const x = a as number;
    const y = b as number;
    const remainder = x % y;
    const quotient = (x - remainder) / y;
    return (remainder !== 0 && remainder < 0 !== y < 0 ? quotient - 1 : quotient) || 0;
  }
  const kindA = kindOf(a);
  const kindB = kindOf(b);
  if (kindA === NOT_A_NUMBER || kindB === NOT_A_NUMBER) return withNonNumber(a, kindA, b, "//");
  if (isZeroValue(b as NumberValue, kindB)) return signalZeroDivide(a);
  if (kindA === INTEGER && kindB === INTEGER) {
    return normalizeInteger(floorDivide(toBigInt(a as StInteger), toBigInt(b as StInteger)));
  }
  return floor(divide(a as NumberValue, b as NumberValue));
}

/**
 * Squeak's `\\` on numbers: the modulo of `//`, with the sign of the divisor (`-7 \\ 2` is 1):
 * `a - (a // b * b)`. A zero divisor signals ZeroDivide from `//`; as in Squeak, the answer is
 * then `a - (resumptionValue * b)`.
 */
export function mod(a: StInteger, b: StInteger): StInteger;
export function mod(a: NumberValue, b: NumberValue): NumberValue;
export function mod(a: unknown, b: unknown): unknown;
export function mod(a: unknown, b: unknown): unknown {
  if (smallIntegers(a, b) && b !== 0) {
    const y = b as number;
    const remainder = (a as number) % y;
    return (remainder !== 0 && remainder < 0 !== y < 0 ? remainder + y : remainder) || 0;
  }
  const kindA = kindOf(a);
  const kindB = kindOf(b);
  if (kindA === NOT_A_NUMBER || kindB === NOT_A_NUMBER) return withNonNumber(a, kindA, b, "\\\\");
  if (kindA === INTEGER && kindB === INTEGER && !isZeroValue(b as StInteger, INTEGER)) {
    return normalizeInteger(floorModulo(toBigInt(a as StInteger), toBigInt(b as StInteger)));
  }
  return subtract(a, multiply(intDiv(a, b), b));
}

/**
 * Squeak's `quo:` on numbers: the quotient truncated toward zero (`-7 quo: 2` is -3), always an
 * Integer. A zero divisor signals ZeroDivide, whose resumption value is the answer.
 */
export function quo(a: StInteger, b: StInteger): StInteger;
export function quo(a: NumberValue, b: NumberValue): StInteger;
export function quo(a: unknown, b: unknown): unknown;
export function quo(a: unknown, b: unknown): unknown {
  if (smallIntegers(a, b) && b !== 0) {
    const x = a as number;
    return (x - (x % (b as number))) / (b as number) || 0;
  }
  const kindA = kindOf(a);
  const kindB = kindOf(b);
  if (kindA === NOT_A_NUMBER || kindB === NOT_A_NUMBER) return withNonNumber(a, kindA, b, "quo:");
  if (isZeroValue(b as NumberValue, kindB)) return signalZeroDivide(a);
  if (kindA === INTEGER && kindB === INTEGER) {
    return normalizeInteger(toBigInt(a as StInteger) / toBigInt(b as StInteger));
  }
  return truncated(divide(a as NumberValue, b as NumberValue));
}

/**
 * Squeak's `rem:` on numbers: the remainder of `quo:`, with the sign of the dividend (`-7 rem: 2`
 * is -1): `a - ((a quo: b) * b)`. A zero divisor signals ZeroDivide from `quo:`; as in Squeak,
 * the answer is then `a - (resumptionValue * b)`.
 */
export function rem(a: StInteger, b: StInteger): StInteger;
export function rem(a: NumberValue, b: NumberValue): NumberValue;
export function rem(a: unknown, b: unknown): unknown;
export function rem(a: unknown, b: unknown): unknown {
  if (smallIntegers(a, b) && b !== 0) return (a as number) % (b as number) || 0;
  const kindA = kindOf(a);
  const kindB = kindOf(b);
  if (kindA === NOT_A_NUMBER || kindB === NOT_A_NUMBER) return withNonNumber(a, kindA, b, "rem:");
  if (kindA === INTEGER && kindB === INTEGER && !isZeroValue(b as StInteger, INTEGER)) {
    return normalizeInteger(toBigInt(a as StInteger) % toBigInt(b as StInteger));
  }
  return subtract(a, multiply(quo(a, b), b));
}

/** Squeak's `negated` on numbers: `0 - x` (a Float keeps its sign rules: `0.0 negated` is `-0.0`). */
export function negated(value: StInteger): StInteger;
export function negated(value: NumberValue): NumberValue;
export function negated(value: NumberValue): NumberValue {
  if (typeof value === "number" && Number.isInteger(value)) return 0 - value;
  const kind = numberKind(value);
  if (kind === INTEGER) return normalizeInteger(-toBigInt(value as StInteger));
  if (kind === FLOAT) return float(-floatValue(value as Float | number));
  const exact = exactRatio(value, kind);
  return exactOfKind({ n: -exact.n, d: exact.d }, kind, scaleOf(value, kind));
}

/** Squeak's `abs` on numbers: the magnitude (`-0.0 abs` is `0.0`). */
export function abs(value: StInteger): StInteger;
export function abs(value: NumberValue): NumberValue;
export function abs(value: NumberValue): NumberValue {
  if (typeof value === "number" && Number.isInteger(value)) return value < 0 ? -value : value;
  const kind = numberKind(value);
  if (kind === FLOAT) {
    const x = floatValue(value as Float | number);
    return x > 0 ? value : float(Math.abs(x));
  }
  return exactRatio(value, kind).n < 0n ? negated(value) : value;
}
