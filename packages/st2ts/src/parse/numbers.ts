/**
 * Number literal values, following Pharo's NumberParser: radix digits with either letter
 * case, exponents in the literal's base, integer results for integral exponents, scaled
 * decimals, and the errors that the greedy grammar token leaves to this pass.
 *
 * @module
 */

import type { DiagnosticCodeValue } from "../diagnostics.js";
import { DiagnosticCode } from "../diagnostics.js";

/** The value of a number token. */
export type NumberValue =
  | { readonly type: "integer"; readonly value: bigint }
  | { readonly type: "float"; readonly value: number }
  | {
      readonly type: "scaledDecimal";
      readonly numerator: bigint;
      readonly denominator: bigint;
      readonly scale: number;
    };

/** A problem with a number token, positioned relative to the token start. */
export interface NumberProblem {
  /** The diagnostic code. */
  readonly code: DiagnosticCodeValue;
  /** The message. */
  readonly message: string;
  /** Start offset in the token. */
  readonly start: number;
  /** End offset in the token. */
  readonly end: number;
  /** Whether the problem is only a warning (the value is still usable). */
  readonly warning: boolean;
}

/** The result of {@link readNumber}: a value (possibly with warnings) or errors. */
export interface NumberResult {
  /** The value, unless an error was found. */
  readonly value: NumberValue | undefined;
  /** Problems found. */
  readonly problems: readonly NumberProblem[];
}

/** Pharo's `NumberParser>>maxExponent` default. */
const MAX_EXPONENT = 10000;

/** Digit value of a character (`0-9`, `A-Z`, `a-z` → 0..35), or 99. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  if (c >= 97 && c <= 122) return c - 87;
  return 99;
}

function isDecimal(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isExponentLetter(c: number): boolean {
  return c === 101 || c === 100 || c === 113; // e d q
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** The nearest double to `n / d` (`d > 0`), rounding half to even. */
export function ratioToFloat(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  const negative = n < 0n;
  const an = negative ? -n : n;
  const shift = 65 - (bitLength(an) - bitLength(d));
  let num = an;
  let den = d;
  if (shift >= 0) num <<= BigInt(shift);
  else den <<= BigInt(-shift);
  let q = num / den;
  if (num % den !== 0n) q |= 1n; // sticky bit: q has at least 64 bits, far below the ulp
  let result = Number(q);
  // Scale by 2^-shift in steps that stay within the double exponent range.
  let s = -shift;
  while (s > 0) {
    const step = Math.min(s, 1000);
    result *= 2 ** step;
    s -= step;
  }
  while (s < 0) {
    const step = Math.max(s, -1000);
    result *= 2 ** step;
    s -= step;
  }
  return negative ? -result : result;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/**
 * Reads a number token as matched by the grammar's `number` rule.
 *
 * @param text - the token text, e.g. `-16r-FF`, `1.5e-3`, `1.5s2`, `2r1e4`
 */
export function readNumber(text: string): NumberResult {
  const problems: NumberProblem[] = [];
  const error = (code: DiagnosticCodeValue, message: string, start: number, end: number): NumberResult => {
    problems.push({ code, message, start, end, warning: false });
    return { value: undefined, problems };
  };
  /** The exponent after the letter at `letterAt` (`e`, `d` or `q`, optional `-`, digits), to the token's end. */
  const readExponent = (letterAt: number): number | NumberResult => {
    let at = letterAt + 1;
    const sign = text.charCodeAt(at) === 45 ? -1 : 1;
    if (sign < 0) at++;
    const exp = text.slice(at);
    if (exp.length > 6 || Number(exp) > MAX_EXPONENT) {
      return error(
        DiagnosticCode.ExponentTooLarge,
        `exponent ${exp} is above ${MAX_EXPONENT}`,
        letterAt,
        text.length,
      );
    }
    return sign * Number(exp);
  };
  let i = 0;
  let negative = false;
  if (text.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  const intStart = i;
  while (i < text.length && isDecimal(text.charCodeAt(i))) i++;
  const intDigits = text.slice(intStart, i);
  let base = 10;
  let mantissaDigits = intDigits;
  let fractionDigits = "";
  let exponent = 0;
  let scale: number | undefined;
  let isScaled = false;

  if (text.charCodeAt(i) === 114 /* r */) {
    const radix = Number(intDigits);
    if (!(radix >= 2 && radix <= 36)) {
      return error(DiagnosticCode.InvalidRadix, `radix ${intDigits} is not in 2..36`, intStart, i + 1);
    }
    base = radix;
    i++;
    if (text.charCodeAt(i) === 45) {
      negative = !negative;
      i++;
    }
    // Digits: a letter that is not a digit in this base may start an exponent in this base.
    const readDigits = (): string | NumberResult => {
      const start = i;
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 46 /* . */) break;
        if (isExponentLetter(c) && text.charCodeAt(i + 1) === 45) break; // `e-4`: an exponent
        const v = digitValue(c);
        if (v < base) {
          i++;
          continue;
        }
        if (isExponentLetter(c)) {
          let j = i + 1;
          if (text.charCodeAt(j) === 45) j++;
          const expStart = j;
          while (j < text.length && isDecimal(text.charCodeAt(j))) j++;
          if (j > expStart && j === text.length) break; // a real exponent ends the token
        }
        if (v === 99) break;
        return error(
          DiagnosticCode.InvalidRadixDigit,
          `'${text[i]}' is not a digit in base ${base}`,
          i,
          i + 1,
        );
      }
      return text.slice(start, i);
    };
    const whole = readDigits();
    if (typeof whole !== "string") return whole;
    mantissaDigits = whole;
    if (text.charCodeAt(i) === 46) {
      i++;
      const frac = readDigits();
      if (typeof frac !== "string") return frac;
      fractionDigits = frac;
    }
    if (i < text.length) {
      // An exponent: `e`, `d` or `q`, optional `-`, decimal digits.
      const letterAt = i;
      const letter = text.charCodeAt(i);
      if (text.charCodeAt(i + 1) === 45 && digitValue(letter) < base) {
        return error(
          DiagnosticCode.AmbiguousRadixExponent,
          `'${text[i]}' is a digit in base ${base}, so '${text.slice(i + 1)}' cannot be its exponent; write ${text.slice(0, i + 1)} ${text.slice(i + 1, i + 2)} ${text.slice(i + 2)} or use an explicit exponent in a smaller base`,
          letterAt,
          text.length,
        );
      }
      const read = readExponent(letterAt);
      if (typeof read !== "number") return read;
      exponent = read;
    }
  } else {
    if (text.charCodeAt(i) === 46) {
      const start = ++i;
      while (i < text.length && isDecimal(text.charCodeAt(i))) i++;
      fractionDigits = text.slice(start, i);
    }
    const c = text.charCodeAt(i);
    if (c === 115 /* s */) {
      isScaled = true;
      const digits = text.slice(i + 1);
      scale = digits.length > 0 ? Number(digits) : fractionDigits.length;
      if (digits.length > 6) {
        return error(
          DiagnosticCode.ExponentTooLarge,
          `scale ${digits} is above ${MAX_EXPONENT}`,
          i,
          text.length,
        );
      }
    } else if (i < text.length && isExponentLetter(c)) {
      const read = readExponent(i);
      if (typeof read !== "number") return read;
      exponent = read;
    }
  }

  const bigBase = BigInt(base);
  const parseDigits = (digits: string): bigint => {
    if (base === 10) return digits.length === 0 ? 0n : BigInt(digits);
    let v = 0n;
    for (let k = 0; k < digits.length; k++) v = v * bigBase + BigInt(digitValue(digits.charCodeAt(k)));
    return v;
  };
  // value = (mantissa . fraction) * base^exponent = numerator / denominator
  let numerator = parseDigits(mantissaDigits + fractionDigits);
  let denominator = bigBase ** BigInt(fractionDigits.length);
  if (exponent > 0) numerator *= bigBase ** BigInt(exponent);
  else if (exponent < 0) denominator *= bigBase ** BigInt(-exponent);
  if (negative) numerator = -numerator;

  if (isScaled) {
    const g = gcd(numerator, denominator);
    return {
      value: {
        type: "scaledDecimal",
        numerator: g > 1n ? numerator / g : numerator,
        denominator: g > 1n ? denominator / g : denominator,
        scale: scale ?? 0,
      },
      problems,
    };
  }
  if (fractionDigits.length === 0 && numerator % denominator === 0n) {
    // 1e10 and 100e-2 are Integers ("Fractions are not valid literals").
    return { value: { type: "integer", value: numerator / denominator }, problems };
  }
  let value: number;
  if (base === 10) {
    value = Number(`${negative ? "-" : ""}${mantissaDigits || "0"}.${fractionDigits || "0"}e${exponent}`);
  } else {
    value = ratioToFloat(numerator, denominator);
  }
  if (!Number.isFinite(value)) {
    problems.push({
      code: DiagnosticCode.FloatOutOfRange,
      message: `${text} is too large for a Float; its value is ${negative ? "-" : ""}Infinity`,
      start: 0,
      end: text.length,
      warning: true,
    });
  }
  return { value: { type: "float", value }, problems };
}
