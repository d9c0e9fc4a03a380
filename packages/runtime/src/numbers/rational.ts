import { bigAbs, bigGcd, bitLength, floorDivide, lowBit } from "./integer-math.js";

/**
 * Exact rational numbers as pairs of bigints, the common ground of Integer, Fraction and
 * ScaledDecimal arithmetic, and the exact conversions between them and IEEE doubles (Float): a
 * rational to the nearest double (`Fraction>>asFloat`, ties to even) and a finite double to the
 * rational it denotes exactly (`Float>>asTrueFraction`).
 */

/** An exact rational `n / d` in lowest terms with `d > 0`. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

/** The rational `n / d` in lowest terms (`d` must not be zero). */
export function ratio(n: bigint, d: bigint): Ratio {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const divisor = bigGcd(n, d);
  return divisor === 1n ? { n, d } : { n: n / divisor, d: d / divisor };
}

/** `a + b`. */
export function ratioAdd(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}

/** `a - b`. */
export function ratioSubtract(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d - b.n * a.d, a.d * b.d);
}

/** `a * b`. */
export function ratioMultiply(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.n, a.d * b.d);
}

/** `a / b` (`b` must not be zero). */
export function ratioDivide(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d, a.d * b.n);
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function ratioCompare(a: Ratio, b: Ratio): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The largest integer not above `a` (`floor`). */
export function ratioFloor(a: Ratio): bigint {
  return floorDivide(a.n, a.d);
}

/** `a` with its fraction part dropped (`truncated`). */
export function ratioTruncate(a: Ratio): bigint {
  return a.n / a.d;
}

const scratch = new DataView(new ArrayBuffer(8));

/** The biased exponent field and the 52-bit fraction field of a double. */
function fields(x: number): { exponent: number; fraction: bigint } {
  scratch.setFloat64(0, x);
  const high = scratch.getUint32(0);
  const low = scratch.getUint32(4);
  return { exponent: (high >>> 20) & 0x7ff, fraction: (BigInt(high & 0xfffff) << 32n) | BigInt(low) };
}

/**
 * A finite, non-zero double as `significand * 2^exponent` with an integer significand of at most
 * 53 bits (`significandAsInteger`, `exponent - 52`); the sign is dropped.
 */
export function decompose(x: number): { significand: bigint; exponent: number } {
  const { exponent, fraction } = fields(x);
  if (exponent === 0) return { significand: fraction, exponent: -1074 };
  return { significand: fraction | (1n << 52n), exponent: exponent - 1075 };
}

/** The binary exponent of a finite, non-zero double: `floor(log2(|x|))` (`exponent`). */
export function binaryExponent(x: number): number {
  const { significand, exponent } = decompose(x);
  return exponent + bitLength(significand) - 1;
}

/** The two 32-bit halves of a double's bit pattern, the material of `Float>>hash`. */
export function doubleWords(x: number): [number, number] {
  scratch.setFloat64(0, x);
  return [scratch.getUint32(0), scratch.getUint32(4)];
}

/** The rational a finite double denotes exactly (`asTrueFraction`). */
export function doubleToRatio(x: number): Ratio {
  if (x === 0) return { n: 0n, d: 1n };
  const { significand, exponent } = decompose(x);
  const signed = x < 0 ? -significand : significand;
  if (exponent >= 0) return { n: signed << BigInt(exponent), d: 1n };
  const zeros = Math.min(lowBit(significand) - 1, -exponent);
  return { n: signed >> BigInt(zeros), d: 1n << BigInt(-exponent - zeros) };
}

/** The double nearest to `n / d` (ties to even, overflow to ±Infinity, gradual underflow). */
export function ratioToDouble(n: bigint, d: bigint): number {
  const negative = n < 0n !== d < 0n;
  const a = bigAbs(n);
  const b = bigAbs(d);
  if (a === 0n) return negative ? -0 : 0;
  const highA = bitLength(a);
  const highB = bitLength(b);
  // Both operands exact as doubles: one correctly rounded division does it.
  if (highA <= 53 && highB <= 53) return (negative ? -Number(a) : Number(a)) / Number(b);
  // A quotient with 55 or 56 bits, plus whether anything was left over (the sticky bit).
  let shift = highA - highB - 55;
  const quotient = shift >= 0 ? a / (b << BigInt(shift)) : (a << BigInt(-shift)) / b;
  const sticky = shift >= 0 ? a % (b << BigInt(shift)) !== 0n : (a << BigInt(-shift)) % b !== 0n;
  const bits = bitLength(quotient);
  const exponent = shift + bits - 1;
  // 53 significant bits for a normal double, fewer below 2^-1022 (subnormals).
  const precision = exponent >= -1022 ? 53 : 53 - (-1022 - exponent);
  const drop = bits - Math.max(precision, 0);
  let mantissa = quotient >> BigInt(drop);
  const half = (quotient >> BigInt(drop - 1)) & 1n;
  const below = sticky || (quotient & ((1n << BigInt(drop - 1)) - 1n)) !== 0n;
  if (half === 1n && (below || (mantissa & 1n) === 1n)) mantissa += 1n;
  shift += drop;
  const magnitude = shift > 1023 ? Number.POSITIVE_INFINITY : Number(mantissa) * 2 ** shift;
  return negative ? -magnitude : magnitude;
}
