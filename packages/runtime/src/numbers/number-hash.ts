import type { Float } from "./float.js";
import { type StInteger, toBigInt } from "./integer-math.js";
import { exactRatio, FLOAT, floatValue, INTEGER, type NumberValue, numberKind } from "./number-values.js";
import { doubleToRatio, doubleWords, ratioCompare, ratioToDouble } from "./rational.js";

/**
 * `hash` of numbers, consistent with `=` across kinds as Squeak guarantees it: an Integer hashes
 * to itself (SmallInteger>>hash), a whole Float to the hash of its Integer (`3.0 hash = 3 hash`),
 * a Fraction equal to a Float to that Float's hash, a ScaledDecimal to the hash of its exact
 * value. The answer is always a JavaScript number: an Integer beyond ±(2^53 - 1) is folded.
 */

/** A prime below 2^30 to fold large Integers with. */
const FOLD = 1073741789n;

function integerHash(value: StInteger): number {
  // `+ 0` makes the hash of -0.0 that of 0.
  if (typeof value === "number" && Number.isSafeInteger(value)) return value + 0;
  return Number(toBigInt(value) % FOLD);
}

/** Squeak's `Float>>hash` for a Float that is not whole: both words of the bit pattern. */
function bitsHash(x: number): number {
  const [high, low] = doubleWords(x);
  return (high >>> 4) + (low >>> 4);
}

/** The hash of any number (see the module comment). */
export function numberHash(value: NumberValue): number {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  const kind = numberKind(value);
  if (kind === INTEGER) return integerHash(value as StInteger);
  if (kind === FLOAT) {
    const x = floatValue(value as Float | number);
    if (Number.isFinite(x) && Number.isInteger(x))
      return integerHash(Number.isSafeInteger(x) ? x : BigInt(x));
    return bitsHash(x);
  }
  const exact = exactRatio(value, kind);
  if (exact.d === 1n) return integerHash(exact.n);
  const nearest = ratioToDouble(exact.n, exact.d);
  if (Number.isFinite(nearest) && ratioCompare(doubleToRatio(nearest), exact) === 0) return bitsHash(nearest);
  return (integerHash(exact.n) * 31 + integerHash(exact.d)) % 0x3fffffff;
}
