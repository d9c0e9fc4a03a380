import { requireClass } from "../kernel/class.js";
import type { Float } from "./float.js";
import type { Fraction } from "./fraction.js";
import { normalizeInteger, type StInteger, toBigInt } from "./integer-math.js";
import { doubleToRatio, type Ratio, ratio, ratioToDouble } from "./rational.js";
import type { ScaledDecimal } from "./scaled-decimal.js";

/**
 * How the values of the number tower are represented, recognised, converted and made.
 *
 * - Integer: a safe integer JavaScript number (SmallInteger) or a bigint beyond ±(2^53 - 1);
 *   `classOf` answers SmallInteger up to ±2^60 and LargePositive/NegativeInteger beyond.
 * - Float: a `Float` object whose `$float` holds the double, so that `3 + 4.0` is `7.0`; a raw
 *   non-integer JavaScript number met at run time counts as a Float too.
 * - Fraction: a `Fraction` holding a reduced numerator and a denominator above 1.
 * - ScaledDecimal: a `ScaledDecimal` holding an exact rational and a scale.
 *
 * The kinds are ordered by Squeak's generality: an operation on two numbers answers the kind of
 * the more general one (Integer < Fraction < ScaledDecimal < Float). The classes are reached late
 * (`requireClass`), because the class modules import the arithmetic that this module serves.
 */

/** Any number of the tower (a non-integer `number` is a raw Float). */
export type NumberValue = StInteger | Float | Fraction | ScaledDecimal;

/** The kind of an Integer (SmallInteger, LargePositiveInteger, LargeNegativeInteger). */
export const INTEGER = 0;
/** The kind of a Fraction. */
export const FRACTION = 1;
/** The kind of a ScaledDecimal. */
export const SCALED = 2;
/** The kind of a Float (boxed or raw). */
export const FLOAT = 3;
/** What {@link kindOf} answers for anything that is not a number. */
export const NOT_A_NUMBER = -1;

/** The kind of a number; a larger kind is more general. */
export type NumberKind = typeof INTEGER | typeof FRACTION | typeof SCALED | typeof FLOAT;

/** A number kind, or {@link NOT_A_NUMBER}. */
export type Kind = NumberKind | typeof NOT_A_NUMBER;

interface TowerClasses {
  readonly Float: typeof Float;
  readonly Fraction: typeof Fraction;
  readonly ScaledDecimal: typeof ScaledDecimal;
}

let classes: TowerClasses | undefined;

function towerClasses(): TowerClasses {
  classes ??= {
    Float: requireClass("Float") as unknown as typeof Float,
    Fraction: requireClass("Fraction") as unknown as typeof Fraction,
    ScaledDecimal: requireClass("ScaledDecimal") as unknown as typeof ScaledDecimal,
  };
  return classes;
}

/** The kind of `value`: which class of the number tower it belongs to, or {@link NOT_A_NUMBER}. */
export function kindOf(value: unknown): Kind {
  switch (typeof value) {
    case "number":
      return Number.isInteger(value) ? INTEGER : FLOAT;
    case "bigint":
      return INTEGER;
    case "object": {
      if (value === null) return NOT_A_NUMBER;
      const tower = classes ?? towerClasses();
      if (value instanceof tower.Float) return FLOAT;
      if (value instanceof tower.Fraction) return FRACTION;
      if (value instanceof tower.ScaledDecimal) return SCALED;
      return NOT_A_NUMBER;
    }
    default:
      return NOT_A_NUMBER;
  }
}

/** The kind of a value known to be a number. */
export function numberKind(value: NumberValue): NumberKind {
  return kindOf(value) as NumberKind;
}

/** Whether `value` is a number of the tower (`isNumber`). */
export function isNumberValue(value: unknown): value is NumberValue {
  return kindOf(value) !== NOT_A_NUMBER;
}

/** A Float holding `value` (`3.5`, `Float nan`); the one way the runtime makes Floats. */
export function float(value: number): Float {
  return new (classes ?? towerClasses()).Float(value);
}

/** The exact number `n / d`: an Integer when it is whole, else a reduced Fraction (`d` ≠ 0). */
export function fromRatio(value: Ratio): StInteger | Fraction {
  if (value.d === 1n) return normalizeInteger(value.n);
  return new (classes ?? towerClasses()).Fraction(value.n, value.d);
}

/** The exact number `n / d` (see {@link fromRatio}); `d` must not be zero. */
export function rational(n: bigint, d: bigint): StInteger | Fraction {
  return fromRatio(ratio(n, d));
}

/** A ScaledDecimal of the exact value `value` shown with `scale` decimal places. */
export function scaledFromRatio(value: Ratio, scale: number): ScaledDecimal {
  return new (classes ?? towerClasses()).ScaledDecimal(value.n, value.d, scale);
}

/** The double of a Float, boxed or raw. */
export function floatValue(value: Float | number): number {
  return typeof value === "number" ? value : value.$float;
}

/** The exact value of a number that is not a Float. */
export function exactRatio(value: NumberValue, kind: NumberKind): Ratio {
  switch (kind) {
    case INTEGER:
      return { n: toBigInt(value as StInteger), d: 1n };
    case FRACTION: {
      const fraction = value as Fraction;
      return { n: fraction.$numerator, d: fraction.$denominator };
    }
    case SCALED: {
      const scaled = value as ScaledDecimal;
      return { n: scaled.$numerator, d: scaled.$denominator };
    }
    default:
      return doubleToRatio(floatValue(value as Float | number));
  }
}

/** The nearest double to a number of any kind (`asFloat`, without the box). */
export function toDouble(value: NumberValue, kind: NumberKind): number {
  switch (kind) {
    case INTEGER:
      return Number(value);
    case FLOAT:
      return floatValue(value as Float | number);
    default: {
      const exact = exactRatio(value, kind);
      return ratioToDouble(exact.n, exact.d);
    }
  }
}

/** The scale of a ScaledDecimal; 0 for the other kinds, which take the other operand's scale. */
export function scaleOf(value: NumberValue, kind: NumberKind): number {
  return kind === SCALED ? (value as ScaledDecimal).$scale : 0;
}

/** Whether a number is zero (`isZero`), `-0.0` included. */
export function isZeroValue(value: NumberValue, kind: NumberKind): boolean {
  switch (kind) {
    case INTEGER:
      return value === 0 || value === 0n;
    case FLOAT:
      return floatValue(value as Float | number) === 0;
    default:
      return exactRatio(value, kind).n === 0n;
  }
}

/**
 * The exact value `value` as a number of `kind` (Fraction or ScaledDecimal with `scale`): what
 * an operation on exact operands answers.
 */
export function exactOfKind(
  value: Ratio,
  kind: NumberKind,
  scale: number,
): StInteger | Fraction | ScaledDecimal {
  return kind === SCALED ? scaledFromRatio(value, scale) : fromRatio(value);
}
