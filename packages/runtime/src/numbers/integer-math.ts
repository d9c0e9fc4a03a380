/**
 * Exact integer arithmetic on the runtime's two Integer representations: a JavaScript integer
 * number (SmallInteger, exact within ±(2^53 - 1)) and a bigint (anything larger). Every result
 * is normalised: a value that fits a safe JavaScript integer is a number, never a bigint, so that
 * the SmallInteger fast paths see it again.
 */

/** A Smalltalk Integer as the runtime holds it: a safe integer number, or a bigint beyond that. */
export type StInteger = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** Whether `value` is a Smalltalk Integer (an integral JavaScript number, or a bigint). */
export function isStInteger(value: unknown): value is StInteger {
  return typeof value === "bigint" || Number.isInteger(value);
}

/** `value` as a number when it is a safe integer, else as it is: the one normal form of Integers. */
export function normalizeInteger(value: bigint): StInteger {
  return value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value;
}

/** `value` as a bigint. */
export function toBigInt(value: StInteger): bigint {
  return typeof value === "bigint" ? value : BigInt(value);
}

/** The absolute value of a bigint. */
export function bigAbs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

/** The number of bits of `|value|` (`highBitOfMagnitude`); 0 for 0. */
export function bitLength(value: bigint): number {
  const magnitude = bigAbs(value);
  if (magnitude === 0n) return 0;
  const hex = magnitude.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(Number.parseInt(hex[0]!, 16)));
}

/** The index of the lowest set bit of `|value|`, 1-based (`lowBit`); 0 for 0. */
export function lowBit(value: bigint): number {
  let magnitude = bigAbs(value);
  if (magnitude === 0n) return 0;
  let index = 1;
  while ((magnitude & 0xffffffffn) === 0n) {
    magnitude >>= 32n;
    index += 32;
  }
  let low = Number(magnitude & 0xffffffffn);
  while ((low & 1) === 0) {
    low >>>= 1;
    index += 1;
  }
  return index;
}

/** The quotient rounded toward negative infinity (`//`); `divisor` must not be zero. */
export function floorDivide(dividend: bigint, divisor: bigint): bigint {
  const quotient = dividend / divisor;
  return dividend % divisor !== 0n && dividend < 0n !== divisor < 0n ? quotient - 1n : quotient;
}

/** The remainder of {@link floorDivide}, with the sign of `divisor` (`\\`). */
export function floorModulo(dividend: bigint, divisor: bigint): bigint {
  const remainder = dividend % divisor;
  return remainder !== 0n && remainder < 0n !== divisor < 0n ? remainder + divisor : remainder;
}

/** The greatest common divisor of `a` and `b`, never negative (`gcd:`). */
export function bigGcd(a: bigint, b: bigint): bigint {
  a = bigAbs(a);
  b = bigAbs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The floor of the square root of a non-negative bigint (`sqrtFloor`). */
export function sqrtFloor(value: bigint): bigint {
  if (value < 2n) return value;
  let guess = 1n << BigInt((bitLength(value) >> 1) + 1);
  for (;;) {
    const next = (guess + value / guess) >> 1n;
    if (next >= guess) return guess;
    guess = next;
  }
}

/** The integer part of the `n`th root of a non-negative bigint (`nthRootTruncated:`). */
export function nthRootFloor(value: bigint, n: number): bigint {
  if (value < 2n || n === 1) return value;
  const big = BigInt(n);
  let guess = 1n << BigInt(Math.ceil(bitLength(value) / n));
  for (;;) {
    const next = ((big - 1n) * guess + value / guess ** (big - 1n)) / big;
    if (next >= guess) break;
    guess = next;
  }
  while (guess ** big > value) guess -= 1n;
  return guess;
}

/** `10 ** exponent` as a bigint. */
export function powerOfTen(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}
