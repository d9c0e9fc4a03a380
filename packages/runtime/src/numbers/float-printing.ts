import { isPharo } from "../kernel/dialect.js";
import { binaryExponent, decompose } from "./rational.js";

/**
 * How Squeak prints a Float (`Float>>printOn:base:`, `absPrintExactlyOn:base:`): the shortest
 * digits that read back as the same Float (Burger and Dybvig's free-format algorithm, in exact
 * integer arithmetic), in fixed notation when `1e-4 <= |x| < 1e6` (always with a fraction part:
 * `1.0`, `100.0`, `0.0001`) and in scientific notation otherwise (`1.0e6`, `2.5e-5`, `1.0e100`,
 * no `+`). `NaN`, `Infinity`, `-Infinity` and `-0.0` print as such.
 */

const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The shortest digits of a positive finite double and the position of its point. */
export interface ShortestDigits {
  /** The digit values, most significant first (no trailing zeros beyond the last needed). */
  readonly digits: readonly number[];
  /** How many digits stand before the point: the value is `0.d1d2... * base^point`. */
  readonly point: number;
}

/**
 * The shortest digits in `base` that identify the positive finite double `x` among all doubles
 * (reading them back with round-half-even gives `x`); of two candidates the nearer, a tie
 * rounding up, as Squeak's `absPrintExactlyOn:base:` does.
 */
export function shortestDigits(x: number, base: number): ShortestDigits {
  const { significand, exponent } = decompose(x);
  const big = BigInt(base);
  // A significand that is even reads its interval's bounds back as itself (round half even).
  const inclusive = (significand & 1n) === 0n;
  // r / s is x; mPlus and mMinus are the distances to the neighbouring doubles' midpoints.
  const lowerGapIsNarrower = significand === 1n << 52n && exponent > -1074;
  let r: bigint;
  let s: bigint;
  let mPlus: bigint;
  let mMinus: bigint;
  if (exponent >= 0) {
    const unit = 1n << BigInt(exponent);
    r = significand * unit * (lowerGapIsNarrower ? 4n : 2n);
    s = lowerGapIsNarrower ? 4n : 2n;
    mMinus = unit;
    mPlus = lowerGapIsNarrower ? 2n * unit : unit;
  } else {
    r = significand * (lowerGapIsNarrower ? 4n : 2n);
    s = 1n << BigInt((lowerGapIsNarrower ? 2 : 1) - exponent);
    mMinus = 1n;
    mPlus = lowerGapIsNarrower ? 2n : 1n;
  }
  // Estimate the point from the binary exponent; it is never too high and at most one too low.
  let point = Math.ceil(binaryExponent(x) / Math.log2(base) - 1e-10);
  if (point >= 0) {
    s *= big ** BigInt(point);
  } else {
    const scale = big ** BigInt(-point);
    r *= scale;
    mPlus *= scale;
    mMinus *= scale;
  }
  const high = (value: bigint) => (inclusive ? value >= s : value > s);
  if (high(r + mPlus)) {
    point += 1;
  } else {
    r *= big;
    mPlus *= big;
    mMinus *= big;
  }
  const digits: number[] = [];
  for (;;) {
    const digit = r / s;
    r %= s;
    const low = inclusive ? r <= mMinus : r < mMinus;
    const up = high(r + mPlus);
    if (low || up) {
      digits.push(up && (!low || 2n * r >= s) ? Number(digit) + 1 : Number(digit));
      return { digits, point };
    }
    digits.push(Number(digit));
    r *= big;
    mPlus *= big;
    mMinus *= big;
  }
}

/** The digits of a positive finite double laid out as Squeak does (`absPrintExactlyOn:base:`). */
function absolute(x: number, base: number): string {
  const { digits, point } = shortestDigits(x, base);
  const text = digits.map((digit) => DIGITS[digit]).join("");
  if (point >= -3 && point <= 6) {
    if (point <= 0) return `0.${"0".repeat(-point)}${text}`;
    if (text.length <= point) return `${text}${"0".repeat(point - text.length)}.0`;
    return `${text.slice(0, point)}.${text.slice(point)}`;
  }
  const mantissa = text.length === 1 ? `${text}.0` : `${text[0]}.${text.slice(1)}`;
  return `${mantissa}e${point - 1}`;
}

/** Whether a double's sign bit is set (`-0.0` included). */
function signBit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/** `Float>>printOn:base:` (and so `printString`): see the module comment. */
export function printFloat(x: number, base: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x > 0) return Number.isFinite(x) ? absolute(x, base) : "Infinity";
  const sign = signBit(x) ? "-" : "";
  if (x === 0) return `${sign}0.0`;
  return `${sign}${Number.isFinite(x) ? absolute(-x, base) : "Infinity"}`;
}

/**
 * `Float>>storeOn:base:` (and so `storeString`): the digits with a radix prefix when the base is
 * not 10 (`16r1.8`), `Float nan`, `Float infinity`, `Float infinity negated`; Pharo puts a space
 * before the minus sign of a negative Float.
 */
export function storeFloat(x: number, base: number): string {
  if (Number.isNaN(x)) return "Float nan";
  if (!Number.isFinite(x)) return x > 0 ? "Float infinity" : "Float infinity negated";
  const sign = signBit(x) ? (isPharo() ? " -" : "-") : "";
  const radix = base === 10 ? "" : `${base}r`;
  return `${sign}${radix}${x === 0 ? "0.0" : absolute(Math.abs(x), base)}`;
}
