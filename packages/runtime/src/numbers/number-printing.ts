import { StError } from "../exceptions/exception-classes.js";
import { isPharo } from "../kernel/dialect.js";
import type { Float } from "./float.js";
import { printFloat, shortestDigits, storeFloat } from "./float-printing.js";
import { bigAbs, powerOfTen, type StInteger, toBigInt } from "./integer-math.js";
import {
  exactRatio,
  FLOAT,
  FRACTION,
  floatValue,
  INTEGER,
  type NumberKind,
  type NumberValue,
  numberKind,
  scaleOf,
} from "./number-values.js";
import { doubleToRatio, type Ratio } from "./rational.js";

/**
 * The printed forms of numbers, as Squeak writes them: `printString` (`printOn:base:`),
 * `storeString` (`storeOn:base:`), `printShowingDecimalPlaces:`, and the Integer formats
 * (`printPaddedWith:to:`, `printStringRadix:`, `asStringWithCommas`). Integer digits beyond 9
 * are upper case (`255 printString: 16` is `'FF'`); a Fraction prints as `(1/3)`, a
 * ScaledDecimal as `1.50s2`.
 */

/** Squeak's error for a base that cannot print (its own methods misbehave there). */
function checkBase(base: number): boolean {
  if (Number.isInteger(base) && base >= 2 && base <= 36) return true;
  new StError(`Invalid base: ${String(base)}`).signalSync();
  return false;
}

/** The digits of an Integer in `base`, with a leading `-` when negative (`printOn:base:`). */
export function printInteger(value: StInteger, base: number): string {
  if (!checkBase(base)) return "";
  // A whole number beyond 2^53 (from JavaScript, never from arithmetic) prints all its digits.
  const integer = typeof value === "number" && !Number.isSafeInteger(value) ? BigInt(value) : value;
  return base === 10 ? String(integer) : integer.toString(base).toUpperCase();
}

/** `storeOn:base:` of an Integer: `16rFF`, `-16rFF`, `255`. */
function storeInteger(value: StInteger, base: number): string {
  const negative = value < 0;
  const digits = printInteger(negative ? -toBigInt(value) : value, base);
  return `${negative ? "-" : ""}${base === 10 ? "" : `${base}r`}${digits}`;
}

/** The decimal digits of `|value|` truncated or rounded to `places` fraction digits. */
function decimalDigits(value: Ratio, places: number, round: boolean): { whole: bigint; fraction: bigint } {
  const magnitude = bigAbs(value.n);
  const scaling = powerOfTen(places);
  let whole = magnitude / value.d;
  const rest = magnitude - whole * value.d;
  let fraction = round ? (rest * scaling * 2n + value.d) / (value.d * 2n) : (rest * scaling) / value.d;
  if (fraction === scaling) {
    whole += 1n;
    fraction = 0n;
  }
  return { whole, fraction };
}

/**
 * An exact value in decimal with `places` fraction digits. Rounding (halves away from zero,
 * Squeak's `Fraction>>printOn:showingDecimalPlaces:`) shows no sign on a result of zero;
 * truncating (`printTruncatedOn:showingDecimalPlaces:`) shows the sign of any negative value.
 */
function decimal(value: Ratio, places: number, round: boolean): string {
  const { whole, fraction } = decimalDigits(value, Math.max(places, 0), round);
  const negative = value.n < 0n && (!round || whole > 0n || fraction > 0n);
  const wholeText = `${negative ? "-" : ""}${whole}`;
  if (places <= 0) {
    // `rounded` and `truncated` print as Integers: no sign on zero.
    return whole === 0n ? "0" : wholeText;
  }
  return `${wholeText}.${fraction.toString().padStart(places, "0")}`;
}

/**
 * A ScaledDecimal's digits: Squeak truncates to the scale (`(2/3) asScaledDecimal: 2` prints
 * `0.66s2`), Pharo rounds (`0.67s2`).
 */
function printScaled(value: Ratio, scale: number): string {
  return `${decimal(value, scale, isPharo())}s${scale}`;
}

/** `printOn:base:` of any number: what `printString` (base 10) and `printStringBase:` answer. */
export function printNumber(value: NumberValue, base: number): string {
  const kind = numberKind(value);
  switch (kind) {
    case INTEGER:
      return printInteger(value as StInteger, base);
    case FLOAT:
      return checkBase(base) ? printFloat(floatValue(value as Float | number), base) : "";
    case FRACTION: {
      const { n, d } = exactRatio(value, kind);
      return `(${printInteger(n, base)}/${printInteger(d, base)})`;
    }
    default:
      if (base !== 10) new StError("ScaledDecimals should be printed only in base 10").signalSync();
      return printScaled(exactRatio(value, kind), scaleOf(value, kind));
  }
}

/** A ScaledDecimal that its digits denote exactly stores as printed, else as `(1/3s2)`. */
function storeScaled(value: NumberValue, kind: NumberKind): string {
  const exact = exactRatio(value, kind);
  const scale = scaleOf(value, kind);
  if (powerOfTen(scale) % exact.d === 0n) return printScaled(exact, scale);
  return `(${storeInteger(exact.n, 10)}/${storeInteger(exact.d, 10)}s${scale})`;
}

/**
 * `storeOn:base:` of any number: an expression in `base` that reads back as the same number
 * (`16rFF`, `16r1.8`, `Float nan`, `(16r1/16r3)`).
 */
export function storeNumber(value: NumberValue, base: number): string {
  const kind = numberKind(value);
  switch (kind) {
    case INTEGER:
      return storeInteger(value as StInteger, base);
    case FLOAT:
      return checkBase(base) ? storeFloat(floatValue(value as Float | number), base) : "";
    case FRACTION: {
      const { n, d } = exactRatio(value, kind);
      return `(${storeInteger(n, base)}/${storeInteger(d, base)})`;
    }
    default:
      if (base !== 10) new StError("ScaledDecimals should be printed only in base 10").signalSync();
      return storeScaled(value, kind);
  }
}

/**
 * `storeString` (`storeOn:`) of any number: the `printString` of an Integer or Fraction (Pharo
 * puts a space before a negative Integer: `' -5'`), `storeOn:base: 10` of a Float (`Float nan`),
 * `(1/3s2)` for a ScaledDecimal whose digits do not denote it exactly.
 */
export function storeString(value: NumberValue): string {
  const kind = numberKind(value);
  switch (kind) {
    case INTEGER:
      return `${isPharo() && (value as StInteger) < 0 ? " " : ""}${printInteger(value as StInteger, 10)}`;
    case FLOAT:
      return storeFloat(floatValue(value as Float | number), 10);
    case FRACTION:
      return printNumber(value, 10);
    default:
      return storeScaled(value, kind);
  }
}

/**
 * `printShowingDecimalPlaces:`: the value in decimal with exactly `places` fraction digits (none
 * and no point for 0), rounded half away from zero. A Float rounds its exact binary value, and
 * shows zeros past its shortest digits (`0.1 printShowingDecimalPlaces: 20` ends in zeros).
 */
export function printShowingDecimalPlaces(value: NumberValue, places: number): string {
  const kind = numberKind(value);
  if (kind !== FLOAT) return decimal(exactRatio(value, kind), places, true);
  const x = floatValue(value as Float | number);
  if (!Number.isFinite(x)) return printFloat(x, 10);
  // Squeak prints the sign of any negative Float, then the digits of its magnitude.
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const magnitude = Math.abs(x);
  if (magnitude === 0) return `${sign}0${places > 0 ? `.${"0".repeat(places)}` : ""}`;
  const { digits, point } = shortestDigits(magnitude, 10);
  const shift = digits.length - point;
  const exact: Ratio =
    shift <= places
      ? { n: BigInt(digits.join("")) * powerOfTen(Math.max(0, -shift)), d: powerOfTen(Math.max(0, shift)) }
      : doubleToRatio(magnitude);
  return `${sign}${decimal(exact, places, true)}`;
}

/**
 * `printPaddedWith:to:`: the decimal digits padded on the left with `padding` to `width`
 * characters. As in Squeak the padding goes before the sign (`-5 printPaddedWith: $0 to: 3` is
 * `'0-5'`).
 */
export function printPadded(value: StInteger, padding: string, width: number, base: number): string {
  const digits = printInteger(value, base);
  return digits.length >= width ? digits : `${padding.repeat(width - digits.length)}${digits}`;
}

/**
 * `printStringRadix:`: the digits with the radix prefix (`16rFF`, `-16rFF`); base 10 included
 * (`10r255`).
 */
export function printStringRadix(value: StInteger, base: number): string {
  const negative = value < 0;
  const digits = printInteger(negative ? -toBigInt(value) : value, base);
  return `${negative ? "-" : ""}${base}r${digits}`;
}

/** `asStringWithCommas`: the decimal digits in groups of three (`-1,234,567`). */
export function withCommas(value: StInteger): string {
  const digits = String(bigAbs(toBigInt(value)));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${value < 0 ? "-" : ""}${groups.join(",")}`;
}
