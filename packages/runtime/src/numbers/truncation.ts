import { StError } from "../exceptions/exception-classes.js";
import type { Float } from "./float.js";
import { normalizeInteger, type StInteger } from "./integer-math.js";
import {
  exactOfKind,
  exactRatio,
  FLOAT,
  FRACTION,
  float,
  floatValue,
  INTEGER,
  type NumberValue,
  numberKind,
  SCALED,
  scaleOf,
} from "./number-values.js";
import { type Ratio, ratioAdd, ratioFloor, ratioSubtract, ratioTruncate } from "./rational.js";

/**
 * Truncation and round-off of numbers of any kind (`truncated`, `floor`, `ceiling`, `rounded`,
 * `fractionPart`, `integerPart`), with Squeak's results: an Integer from the first four, and
 * `Error: Cannot truncate this number` for an infinite or NaN Float.
 */

/** A whole double as an Integer; Squeak's error for an infinite or NaN one. */
function integerFromDouble(x: number): StInteger {
  if (!Number.isFinite(x)) return new StError("Cannot truncate this number").signalSync() as StInteger;
  return Number.isSafeInteger(x) ? x || 0 : BigInt(x);
}

/** `truncated`: the Integer nearest the receiver toward zero. */
export function truncated(value: NumberValue): StInteger {
  const kind = numberKind(value);
  if (kind === INTEGER) return value as StInteger;
  if (kind === FLOAT) return integerFromDouble(Math.trunc(floatValue(value as Float | number)));
  return normalizeInteger(ratioTruncate(exactRatio(value, kind)));
}

/** `floor`: the Integer nearest the receiver toward negative infinity. */
export function floor(value: NumberValue): StInteger {
  const kind = numberKind(value);
  if (kind === INTEGER) return value as StInteger;
  if (kind === FLOAT) return integerFromDouble(Math.floor(floatValue(value as Float | number)));
  return normalizeInteger(ratioFloor(exactRatio(value, kind)));
}

/** `ceiling`: the Integer nearest the receiver toward positive infinity. */
export function ceiling(value: NumberValue): StInteger {
  const kind = numberKind(value);
  if (kind === INTEGER) return value as StInteger;
  if (kind === FLOAT) return integerFromDouble(Math.ceil(floatValue(value as Float | number)));
  const exact = exactRatio(value, kind);
  return normalizeInteger(-ratioFloor({ n: -exact.n, d: exact.d }));
}

/**
 * `rounded`: the nearest Integer, halves away from zero (`3.5 rounded` is 4, `-2.5 rounded` is
 * -3): Squeak's `(self + (self sign / 2)) truncated`, and for a Float its exact variant
 * (`fractionPart abs < 0.5` keeps the truncation, else one more away from zero).
 */
export function rounded(value: NumberValue): StInteger {
  const kind = numberKind(value);
  if (kind === INTEGER) return value as StInteger;
  if (kind === FLOAT) {
    const x = floatValue(value as Float | number);
    const whole = Math.trunc(x);
    return integerFromDouble(Math.abs(x - whole) < 0.5 ? whole : whole + Math.sign(x));
  }
  const exact = exactRatio(value, kind);
  const half: Ratio = { n: exact.n < 0n ? -1n : 1n, d: 2n };
  return normalizeInteger(ratioTruncate(ratioAdd(exact, half)));
}

/**
 * `fractionPart`: what `integerPart` leaves. A Float keeps the sign of the receiver (`-3.0
 * fractionPart` is `-0.0`, as C's `modf`, which Squeak's primitive uses); an Integer answers 0,
 * a ScaledDecimal keeps its scale.
 */
export function fractionPart(value: NumberValue): NumberValue {
  const kind = numberKind(value);
  if (kind === INTEGER) return 0;
  if (kind === FLOAT) {
    const x = floatValue(value as Float | number);
    if (Number.isNaN(x)) return float(x);
    const part = Number.isFinite(x) ? x - Math.trunc(x) : 0;
    return float(part === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : part);
  }
  const exact = exactRatio(value, kind);
  return exactOfKind(ratioSubtract(exact, { n: ratioTruncate(exact), d: 1n }), kind, scaleOf(value, kind));
}

/**
 * `integerPart`: the receiver without its fraction part. An Integer or Fraction answers an
 * Integer (`truncated`); a Float answers a Float, a ScaledDecimal a ScaledDecimal.
 */
export function integerPart(value: NumberValue): NumberValue {
  const kind = numberKind(value);
  if (kind === INTEGER || kind === FRACTION) return truncated(value);
  if (kind === FLOAT) {
    const x = floatValue(value as Float | number);
    return float(x - floatValue(fractionPart(value) as Float));
  }
  return exactOfKind({ n: ratioTruncate(exactRatio(value, kind)), d: 1n }, SCALED, scaleOf(value, kind));
}
