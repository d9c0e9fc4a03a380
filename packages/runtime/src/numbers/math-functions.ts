import { ArithmeticError } from "../exceptions/exception-classes.js";
import { divide, multiply, negated, quo, signalZeroDivide } from "./arithmetic.js";
import { numberEquals, sign } from "./comparison.js";
import { DomainError } from "./domain-error.js";
import type { Float } from "./float.js";
import type { Fraction } from "./fraction.js";
import {
  bitLength,
  normalizeInteger,
  nthRootFloor,
  type StInteger,
  sqrtFloor,
  toBigInt,
} from "./integer-math.js";
import {
  exactOfKind,
  exactRatio,
  FLOAT,
  FRACTION,
  float,
  floatValue,
  fromRatio,
  INTEGER,
  isZeroValue,
  kindOf,
  type NumberValue,
  numberKind,
  SCALED,
  scaleOf,
  toDouble,
} from "./number-values.js";
import { binaryExponent, ratio, ratioToDouble } from "./rational.js";
import { floor, rounded } from "./truncation.js";

/**
 * The mathematical functions of numbers with Squeak's results: `sqrt` answers an Integer for a
 * perfect square (`16 sqrt` is 4, in Squeak and Pharo alike) and the correctly rounded Float
 * otherwise; `raisedTo:` stays exact for exact receivers and exponents (`2 raisedTo: 100`,
 * `(2/3) raisedTo: 2`, `4 raisedTo: 1/2`); logarithms of Integers work beyond the Float range;
 * DomainError for `-1 sqrt` or `0 ln`.
 */

function domainError(text: string): NumberValue {
  return new DomainError(text).signalSync() as NumberValue;
}

function arithmeticError(text: string): NumberValue {
  return new ArithmeticError(text).signalSync() as NumberValue;
}

/** The square root of a non-negative bigint: an Integer when exact, else the nearest Float. */
function integerSqrt(value: bigint): NumberValue {
  const root = sqrtFloor(value);
  if (root * root === value) return normalizeInteger(root);
  // Scale so that the root has at least 56 bits; its floor and "more than that" round alike.
  const scale = Math.max(0, 56 - (bitLength(value) >> 1));
  const scaled = sqrtFloor(value << BigInt(2 * scale));
  return float(ratioToDouble(2n * scaled + 1n, 1n << BigInt(scale + 1)));
}

/** `sqrt`: see the module comment; ScaledDecimals stay scaled when the root is exact. */
export function sqrt(value: NumberValue): NumberValue {
  const kind = numberKind(value);
  switch (kind) {
    case INTEGER: {
      if ((value as StInteger) < 0) return domainError("sqrt undefined for number less than zero.");
      if (typeof value === "number") {
        const root = Math.sqrt(value);
        const whole = Math.trunc(root);
        return whole * whole === value ? whole : float(root);
      }
      return integerSqrt(value as bigint);
    }
    case FLOAT: {
      const x = floatValue(value as Float | number);
      return x < 0 ? domainError("sqrt undefined for number less than zero.") : float(Math.sqrt(x));
    }
    case FRACTION: {
      const fraction = value as Fraction;
      const numerator = sqrt(normalizeInteger(fraction.$numerator));
      const denominator = sqrt(normalizeInteger(fraction.$denominator));
      const infinite = [numerator, denominator].some(
        (root) => kindOf(root) === FLOAT && !Number.isFinite(floatValue(root as Float)),
      );
      return infinite ? float(Math.sqrt(toDouble(value, kind))) : divide(numerator, denominator);
    }
    default: {
      const root = sqrt(fromRatio(exactRatio(value, kind)));
      return kindOf(root) === FLOAT
        ? root
        : exactOfKind(exactRatio(root, numberKind(root)), SCALED, scaleOf(value, kind));
    }
  }
}

/** `squared`: the receiver times itself. */
export function squared(value: NumberValue): NumberValue {
  return multiply(value, value);
}

/** `reciprocal`: `1 / x` (`1.0 / x` for a Float); ZeroDivide for zero. */
export function reciprocal(value: NumberValue): NumberValue {
  return divide(kindOf(value) === FLOAT ? float(1) : 1, value) as NumberValue;
}

/**
 * `raisedToInteger:` by Squeak's left-to-right binary powering, so a Float answers the same
 * bits as Squeak's; exact receivers stay exact, a negative exponent takes the reciprocal.
 */
export function raisedToInteger(value: NumberValue, exponent: StInteger): NumberValue {
  const power = toBigInt(exponent);
  if (power < 0n) return reciprocal(raisedToInteger(value, normalizeInteger(-power)));
  const kind = numberKind(value);
  if (kind !== FLOAT) {
    const exact = exactRatio(value, kind);
    return exactOfKind(ratio(exact.n ** power, exact.d ** power), kind, scaleOf(value, kind));
  }
  const x = floatValue(value as Float | number);
  let result = 1;
  for (let bit = bitLength(power) - 1; bit >= 0; bit -= 1) {
    if ((power >> BigInt(bit)) & 1n) result *= x;
    if (bit > 0) result *= result;
  }
  return float(result);
}

/** `raisedToFraction:` (Squeak's Number, Integer and Fraction versions): exact roots stay exact. */
function raisedToFraction(value: NumberValue, exponent: Fraction): NumberValue {
  const kind = numberKind(value);
  const rootDegree = exponent.$denominator;
  if (kind === INTEGER || kind === FRACTION) {
    const exact = exactRatio(value, kind);
    if (exact.n < 0n && rootDegree % 2n === 0n)
      return arithmeticError("Negative numbers don't have even roots.");
    const degree = Number(rootDegree);
    const magnitude = exact.n < 0n ? -exact.n : exact.n;
    const rootN = nthRootFloor(magnitude, degree);
    const rootD = nthRootFloor(exact.d, degree);
    if (rootN ** rootDegree === magnitude && rootD ** rootDegree === exact.d) {
      const root = fromRatio(ratio(exact.n < 0n ? -rootN : rootN, rootD));
      return raisedToInteger(root, normalizeInteger(exponent.$numerator));
    }
  }
  if (isZeroValue(value, kind))
    return exponent.$numerator < 0n ? (signalZeroDivide(1) as NumberValue) : value;
  const power = ratioToDouble(exponent.$numerator, exponent.$denominator);
  if (sign(value) >= 0) return float(Math.exp(ln(value) * power));
  if (rootDegree % 2n === 0n) return arithmeticError("nth root only defined for positive Integer n.");
  return float(-Math.exp(ln(negated(value)) * power));
}

/**
 * `raisedTo:` (and `**`): an Integer exponent powers exactly, a Fraction exponent takes an exact
 * root when there is one, anything else goes through `exp` and `ln` (a Float).
 */
export function raisedTo(value: NumberValue, exponent: NumberValue): NumberValue {
  const exponentKind = numberKind(exponent);
  if (exponentKind === INTEGER) return raisedToInteger(value, exponent as StInteger);
  if (exponentKind === FRACTION) return raisedToFraction(value, exponent as Fraction);
  const kind = numberKind(value);
  if (sign(value) < 0) return arithmeticError("Negative numbers can't be raised to float powers.");
  if (isZeroValue(exponent, exponentKind)) return kind === FLOAT ? float(1) : 1;
  if (numberEquals(exponent, 1)) return value;
  if (isZeroValue(value, kind)) return sign(exponent) < 0 ? (signalZeroDivide(1) as NumberValue) : value;
  return float(Math.exp(toDouble(exponent, exponentKind) * ln(value)));
}

/** The natural logarithm of a positive bigint, also beyond the Float range. */
function bigLn(value: bigint): number {
  const approximation = Number(value);
  if (Number.isFinite(approximation)) return Math.log(approximation);
  const bits = bitLength(value);
  return Math.LN2 * bits + Math.log(ratioToDouble(value, 1n << BigInt(bits)));
}

/** The natural logarithm of a positive number (or any Float) as a double. */
function ln(value: NumberValue): number {
  const kind = numberKind(value);
  if (kind === FLOAT) return Math.log(floatValue(value as Float | number));
  const exact = exactRatio(value, kind);
  return bigLn(exact.n) - bigLn(exact.d);
}

/** `ln`: the natural logarithm, a Float (`0 ln` and `-1 ln` are DomainErrors; `0.0 ln` is -Infinity). */
export function naturalLog(value: NumberValue): NumberValue {
  if (kindOf(value) !== FLOAT && sign(value) <= 0) return domainError("ln is only defined for x > 0");
  return float(ln(value));
}

/** `log`: the base-10 logarithm, Squeak's `ln / Ln10` (so `1000 log` is `2.9999999999999996`). */
export function log10(value: NumberValue): NumberValue {
  if (kindOf(value) !== FLOAT && sign(value) <= 0) return domainError("log is only defined for x > 0");
  return float(ln(value) / Math.LN10);
}

/** The base-2 logarithm as a double, exact for powers of two (Squeak's `Float>>log2`). */
function log2Double(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log(x) / Math.LN2;
  const exponent = binaryExponent(x);
  return Math.log(x / 2 ** exponent) / Math.LN2 + exponent;
}

/** `log2`: the base-2 logarithm, exact for powers of two. */
export function log2(value: NumberValue): NumberValue {
  const kind = numberKind(value);
  if (kind === FLOAT) return float(log2Double(floatValue(value as Float | number)));
  if (sign(value) <= 0) return domainError("log2 is only defined for x > 0");
  const x = toDouble(value, kind);
  return float(Number.isFinite(x) && x > 0 ? log2Double(x) : ln(value) / Math.LN2);
}

/** Whether a number is a positive power of two (an Integer or a Float). */
function isPowerOfTwo(value: NumberValue): boolean {
  const kind = numberKind(value);
  if (kind === INTEGER) {
    const big = toBigInt(value as StInteger);
    return big > 0n && (big & (big - 1n)) === 0n;
  }
  if (kind !== FLOAT) return false;
  const x = floatValue(value as Float | number);
  return x > 0 && Number.isFinite(x) && 2 ** binaryExponent(x) === x;
}

/** `log:`: the logarithm in base `base` (Squeak: through `log2` when the base is a power of two). */
export function logBase(value: NumberValue, base: NumberValue): NumberValue {
  if (isPowerOfTwo(base)) return divide(log2(value), log2(base));
  return divide(naturalLog(value), naturalLog(base));
}

/** The number of digits of a positive bigint in `radix` (`numberOfDigitsInBase:`). */
function digitCount(value: bigint, radix: bigint): number {
  let count = 0;
  for (let rest = value; rest > 0n; rest /= radix) count += 1;
  return count;
}

/**
 * `floorLog:`: the floor of the logarithm in base `radix`; exact for an Integer receiver and
 * radix (`1000 floorLog: 10` is 3), and for a Float in base 2.
 */
export function floorLog(value: NumberValue, radix: NumberValue): NumberValue {
  const kind = numberKind(value);
  if (kind === INTEGER && kindOf(radix) === INTEGER) {
    const big = toBigInt(value as StInteger);
    if (big <= 0n) return domainError("floorLog: is only defined for x > 0.0");
    return digitCount(big, toBigInt(radix as StInteger)) - 1;
  }
  if (kind === FLOAT && numberEquals(radix, 2)) {
    const x = floatValue(value as Float | number);
    if (x > 0 && Number.isFinite(x)) return binaryExponent(x);
  }
  return floor(logBase(value, radix));
}

/** `exp`: e raised to the receiver, a Float. */
export function exp(value: NumberValue): NumberValue {
  return float(Math.exp(toDouble(value, numberKind(value))));
}

/** A Float function of the receiver's Float value (`sin`, `cos`, `arcTan`, ...). */
export function floatFunction(value: NumberValue, fn: (x: number) => number): NumberValue {
  return float(fn(toDouble(value, numberKind(value))));
}

/** Squeak's `RadiansPerDegree`: `Float pi / 180.0`. */
const RADIANS_PER_DEGREE = Math.PI / 180;

/** `degreesToRadians`: the receiver, in degrees, as radians (a Float). */
export function degreesToRadians(value: NumberValue): NumberValue {
  return float(toDouble(value, numberKind(value)) * RADIANS_PER_DEGREE);
}

/** `radiansToDegrees`: the receiver, in radians, as degrees (a Float). */
export function radiansToDegrees(value: NumberValue): NumberValue {
  return float(toDouble(value, numberKind(value)) / RADIANS_PER_DEGREE);
}

/** `roundTo:`: the multiple of `quantum` nearest the receiver (`(self / quantum) rounded * quantum`). */
export function roundTo(value: NumberValue, quantum: NumberValue): NumberValue {
  return multiply(rounded(divide(value, quantum)), quantum);
}

/** `truncateTo:`: the multiple of `quantum` nearest the receiver toward zero. */
export function truncateTo(value: NumberValue, quantum: NumberValue): NumberValue {
  return multiply(quo(value, quantum), quantum);
}
