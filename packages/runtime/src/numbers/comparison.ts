import { mustBeBoolean } from "../blocks/evaluation.js";
import { send } from "../kernel/send.js";
import type { Float } from "./float.js";
import type { StInteger } from "./integer-math.js";
import { adapt } from "./number-adapting.js";
import {
  exactRatio,
  FLOAT,
  floatValue,
  INTEGER,
  kindOf,
  NOT_A_NUMBER,
  type NumberKind,
  type NumberValue,
  numberKind,
} from "./number-values.js";
import { doubleToRatio, ratioCompare } from "./rational.js";

/**
 * Comparing numbers, exported for generated code. Every comparison is exact, across kinds, as in
 * Squeak (which converts a Float to the Fraction it denotes rather than losing bits): `3 = 3.0`,
 * `(1/2) = 0.5` and `(1/2) = 0.5s1` are true, `(1/3) = (1/3) asFloat` is false, and
 * `(2 raisedTo: 60) + 1 > (2 raisedTo: 60) asFloat` is true. `Float nan` is unordered: every
 * comparison with it is false except `~=`. Two numbers held as JavaScript numbers (SmallIntegers
 * and raw Floats) compare without allocating.
 */

/** -1, 0 or 1 as a finite double `x` is below, equal to or above the exact number `y`. */
function compareDoubleToExact(x: number, y: NumberValue, kindY: NumberKind): number {
  if (kindY === INTEGER) {
    const integer = y as StInteger;
    return x < integer ? -1 : x > integer ? 1 : 0;
  }
  return ratioCompare(doubleToRatio(x), exactRatio(y, kindY));
}

/**
 * -1, 0 or 1 as `a` is less than, equal to or greater than `b`, exactly; NaN when they are
 * unordered (a NaN is involved).
 */
export function compareNumbers(a: NumberValue, kindA: NumberKind, b: NumberValue, kindB: NumberKind): number {
  if (kindA === FLOAT || kindB === FLOAT) {
    if (kindA === FLOAT && kindB === FLOAT) {
      const x = floatValue(a as Float | number);
      const y = floatValue(b as Float | number);
      return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN;
    }
    const x = floatValue((kindA === FLOAT ? a : b) as Float | number);
    const orientation = kindA === FLOAT ? 1 : -1;
    if (Number.isNaN(x)) return Number.NaN;
    if (!Number.isFinite(x)) return x > 0 ? orientation : -orientation;
    return orientation * compareDoubleToExact(x, kindA === FLOAT ? b : a, kindA === FLOAT ? kindB : kindA);
  }
  if (kindA === INTEGER && kindB === INTEGER) {
    const x = a as StInteger;
    const y = b as StInteger;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return ratioCompare(exactRatio(a, kindA), exactRatio(b, kindB));
}

/** The comparison of any two operands: an ordering, or the answer when one is not a number. */
function ordering(
  a: unknown,
  b: unknown,
  selector: string,
): { readonly order: number } | { readonly answer: unknown } {
  const kindA = kindOf(a);
  if (kindA === NOT_A_NUMBER) return { answer: send(a, selector, b) };
  const kindB = kindOf(b);
  if (kindB === NOT_A_NUMBER) return { answer: adapt(a, kindA, b, selector, true) };
  return { order: compareNumbers(a as NumberValue, kindA, b as NumberValue, kindB) };
}

/** Squeak's `<` on numbers. */
export function lessThan(a: NumberValue, b: NumberValue): boolean;
export function lessThan(a: unknown, b: unknown): unknown;
export function lessThan(a: unknown, b: unknown): unknown {
  if (typeof a === "number" && typeof b === "number") return a < b;
  const result = ordering(a, b, "<");
  return "order" in result ? result.order < 0 : result.answer;
}

/** Squeak's `>` on numbers. */
export function greaterThan(a: NumberValue, b: NumberValue): boolean;
export function greaterThan(a: unknown, b: unknown): unknown;
export function greaterThan(a: unknown, b: unknown): unknown {
  if (typeof a === "number" && typeof b === "number") return a > b;
  const result = ordering(a, b, ">");
  return "order" in result ? result.order > 0 : result.answer;
}

/** Squeak's `<=` on numbers. */
export function lessOrEqual(a: NumberValue, b: NumberValue): boolean;
export function lessOrEqual(a: unknown, b: unknown): unknown;
export function lessOrEqual(a: unknown, b: unknown): unknown {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  const result = ordering(a, b, "<=");
  return "order" in result ? result.order <= 0 : result.answer;
}

/** Squeak's `>=` on numbers. */
export function greaterOrEqual(a: NumberValue, b: NumberValue): boolean;
export function greaterOrEqual(a: unknown, b: unknown): unknown;
export function greaterOrEqual(a: unknown, b: unknown): unknown {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  const result = ordering(a, b, ">=");
  return "order" in result ? result.order >= 0 : result.answer;
}

/** Squeak's `=` on numbers: equal values of any kinds; false for anything that is not a number. */
export function numberEquals(a: NumberValue, b: unknown): boolean;
export function numberEquals(a: unknown, b: unknown): unknown;
export function numberEquals(a: unknown, b: unknown): unknown {
  if (typeof a === "number" && typeof b === "number") return a === b;
  const kindA = kindOf(a);
  if (kindA === NOT_A_NUMBER) return send(a, "=", b);
  const kindB = kindOf(b);
  if (kindB === NOT_A_NUMBER) return false;
  return compareNumbers(a as NumberValue, kindA, b as NumberValue, kindB) === 0;
}

/** Squeak's `~=` on numbers: the negation of `=`. */
export function numberNotEquals(a: NumberValue, b: unknown): boolean;
export function numberNotEquals(a: unknown, b: unknown): unknown;
export function numberNotEquals(a: unknown, b: unknown): unknown {
  if (typeof a === "number" && typeof b === "number") return a !== b;
  if (kindOf(a) === NOT_A_NUMBER) return send(a, "~=", b);
  return numberEquals(a, b) !== true;
}

/** Squeak's `max:` (Magnitude): the receiver if it is greater than `other`, else `other`. */
export function maxOf(a: unknown, b: unknown): unknown {
  return mustBeBoolean(greaterThan(a, b)) ? a : b;
}

/** Squeak's `min:` (Magnitude): the receiver if it is less than `other`, else `other`. */
export function minOf(a: unknown, b: unknown): unknown {
  return mustBeBoolean(lessThan(a, b)) ? a : b;
}

/** Squeak's `between:and:` (Magnitude): `min <= x` and `x <= max`. */
export function between(value: unknown, min: unknown, max: unknown): boolean {
  return mustBeBoolean(lessOrEqual(min, value)) && mustBeBoolean(lessOrEqual(value, max));
}

/** Squeak's `sign` on numbers: 1, -1 or 0 (also for `-0.0` and `Float nan`). */
export function sign(value: NumberValue): number {
  if (typeof value === "number") return value > 0 ? 1 : value < 0 ? -1 : 0;
  const kind = numberKind(value);
  if (kind === FLOAT) return sign(floatValue(value as Float));
  const n = exactRatio(value, kind).n;
  return n > 0n ? 1 : n < 0n ? -1 : 0;
}
