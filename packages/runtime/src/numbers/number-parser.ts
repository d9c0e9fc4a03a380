import { StError } from "../exceptions/exception-classes.js";
import { send } from "../kernel/send.js";
import type { Float } from "./float.js";
import { normalizeInteger, type StInteger } from "./integer-math.js";
import { float, scaledFromRatio } from "./number-values.js";
import { ratio, ratioToDouble } from "./rational.js";
import type { ScaledDecimal } from "./scaled-decimal.js";

/**
 * Reading numbers in Smalltalk literal syntax (Squeak's `SqNumberParser`, which `Number
 * readFrom:` and `String>>asNumber` use): an optional `-`; decimal digits; `r` and digits in that
 * radix, upper or lower case (`16rFF`, `16r-FF`, `36rZZ`, and `16r1e4` is 484); a fraction part
 * after `.` (`1.5`); an exponent after `e`, `d` or `q` with an optional `-`, applying in the
 * literal's base (`2r1e4` is 16); a scale after `s` (`1.5s2`, `1.5s` = `1.5s1`, `3s`). An
 * exponent makes an Integer when the value is whole (`1e10`, `100e-2`) and a Float otherwise
 * (`1e-2`); digits after a point make a Float, the nearest to the exact value. `NaN`,
 * `Infinity` and `-Infinity` read as those Floats, as `Number readFrom:` allows.
 */

/** A number read from text, and where the reading stopped. */
export interface NumberReading {
  readonly value: StInteger | Float | ScaledDecimal;
  /** The index just past the number's last character. */
  readonly end: number;
}

/** Squeak's `NumberParser>>maxExponent`: larger exponents are not read. */
const MAX_EXPONENT = 10000;

/** The value of the digit at `index` in `base`, or -1 (`Character>>digitValue`, both cases). */
function digitAt(text: string, index: number, base: number): number {
  const code = text.charCodeAt(index);
  let value = -1;
  if (code >= 48 && code <= 57) value = code - 48;
  else if (code >= 65 && code <= 90) value = code - 55;
  else if (code >= 97 && code <= 122) value = code - 87;
  return value < base ? value : -1;
}

/** The digits in `base` from `start`: their value and count. */
function digitsFrom(text: string, start: number, base: number): { value: bigint; count: number } {
  const big = BigInt(base);
  let value = 0n;
  let index = start;
  for (let digit = digitAt(text, index, base); digit >= 0; digit = digitAt(text, index, base)) {
    value = value * big + BigInt(digit);
    index += 1;
  }
  return { value, count: index - start };
}

function isLetter(text: string, index: number): boolean {
  return /[A-Za-z]/.test(text.charAt(index));
}

/** `NaN`, `Infinity` or `-Infinity` at `index` (after the sign), or null. */
function namedFloat(text: string, index: number, negative: boolean): NumberReading | null {
  if (!negative && text.startsWith("NaN", index)) return { value: float(Number.NaN), end: index + 3 };
  if (text.startsWith("Infinity", index)) {
    return { value: float(negative ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY), end: index + 8 };
  }
  return null;
}

/** The exponent after an exponent letter at `index`: its value and end, or null when none. */
function exponentAt(text: string, index: number): { value: number; end: number } | null {
  const letter = text.charAt(index);
  if (letter === "" || !"edq".includes(letter)) return null;
  const negative = text.charAt(index + 1) === "-";
  const digits = digitsFrom(text, index + 1 + (negative ? 1 : 0), 10);
  if (digits.count === 0) return null;
  const value = Number(digits.value);
  return { value: negative ? -value : value, end: index + 1 + (negative ? 1 : 0) + digits.count };
}

/**
 * Reads the number that starts at `start` in `text` (Smalltalk literal syntax, see the module
 * comment). Answers its value and end, or null when no number starts there or its exponent is
 * out of range.
 */
export function readNumber(text: string, start = 0): NumberReading | null {
  let index = start;
  let negative = text.charAt(index) === "-";
  if (negative) index += 1;
  const leading = digitsFrom(text, index, 10);
  if (leading.count === 0) return namedFloat(text, index, negative);
  index += leading.count;
  let base = 10;
  let integer = leading.value;
  if (text.charAt(index) === "r" && leading.value >= 2n && leading.value <= 36n) {
    const radix = Number(leading.value);
    const flip = text.charAt(index + 1) === "-";
    const digits = digitsFrom(text, index + 1 + (flip ? 1 : 0), radix);
    if (digits.count > 0) {
      base = radix;
      integer = digits.value;
      negative = negative !== flip;
      index += 1 + (flip ? 1 : 0) + digits.count;
    }
  }
  const big = BigInt(base);
  // A fraction part needs a digit after the point; otherwise the point ends a statement.
  let fractionDigits = 0;
  if (text.charAt(index) === "." && digitAt(text, index + 1, base) >= 0) {
    const digits = digitsFrom(text, index + 1, base);
    integer = integer * big ** BigInt(digits.count) + digits.value;
    fractionDigits = digits.count;
    index += 1 + digits.count;
  }
  const signed = negative ? -integer : integer;
  if (base === 10 && text.charAt(index) === "s") {
    const digits = digitsFrom(text, index + 1, 10);
    if (digits.count > 0 || !isLetter(text, index + 1)) {
      const scale = digits.count > 0 ? Number(digits.value) : fractionDigits;
      const value = scaledFromRatio(ratio(signed, big ** BigInt(fractionDigits)), scale);
      return { value, end: index + 1 + digits.count };
    }
  }
  const exponent = exponentAt(text, index);
  if (exponent !== null) {
    if (Math.abs(exponent.value) > MAX_EXPONENT) return null;
    index = exponent.end;
  }
  const power = (exponent?.value ?? 0) - fractionDigits;
  const exact = power >= 0 ? ratio(signed * big ** BigInt(power), 1n) : ratio(signed, big ** BigInt(-power));
  if (fractionDigits === 0 && exact.d === 1n) return { value: normalizeInteger(exact.n), end: index };
  const nearest = ratioToDouble(exact.n, exact.d);
  return { value: float(negative && nearest === 0 ? -0 : nearest), end: index };
}

/**
 * The number that `text` is, in Smalltalk literal syntax (`'16rFF'`, `'1e10'`, `'-1.5e-3'`,
 * `'1.5s2'`), or null when `text` is not exactly one number.
 */
export function parseNumber(text: string): StInteger | Float | ScaledDecimal | null {
  const reading = readNumber(text, 0);
  return reading !== null && reading.end === text.length ? reading.value : null;
}

/**
 * The Integer in `base` that starts at `start` in `text`: an optional sign and digits, without a
 * radix, fraction or exponent (`Integer readFrom:base:`); null when no digit is there.
 */
export function readInteger(text: string, start: number, base: number): NumberReading | null {
  const sign = text.charAt(start);
  const first = sign === "-" || sign === "+" ? start + 1 : start;
  const digits = digitsFrom(text, first, base);
  if (digits.count === 0) return null;
  return { value: normalizeInteger(sign === "-" ? -digits.value : digits.value), end: first + digits.count };
}

/** Squeak's text for a missing digit in `base` (`'a digit between 0 and 9 expected'`). */
export function digitExpected(base: number): string {
  return `a digit between 0 and ${"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(base - 1)} expected`;
}

/** Signals Squeak's Error for text where a number in `base` should be. */
export function readFailure(base: number): unknown {
  return new StError(`Reading a number failed: ${digitExpected(base)}`).signalSync();
}

/**
 * The class-side `readFrom:` family: what `read` finds at the start of a String, or at the
 * position of a ReadStream, which is then left just after it. When nothing is found, answers
 * what `onFailure` answers for the 1-based position of the failure.
 */
export function readFromSource(
  source: unknown,
  read: (text: string, start: number) => NumberReading | null,
  onFailure: (position: number) => unknown,
): unknown {
  const onStream = typeof source !== "string";
  const text = onStream ? String(send(source, "contents")) : source;
  const start = onStream ? Number(send(source, "position")) : 0;
  const reading = read(text, start);
  if (reading === null) return onFailure(start + 1);
  if (onStream) send(source, "position:", reading.end);
  return reading.value;
}
