import { bitLength } from "./integer-math.js";

/**
 * Randomness over Integers: uniform random Integers of any size (`atRandom`, which Squeak draws
 * from a shared Random; here from `Math.random`, not seedable) and the primality test of
 * `isPrime` (Squeak's: trial division up to 2^30, Miller-Rabin above).
 */

/** 32 random bits. */
function randomWord(): bigint {
  return BigInt(Math.floor(Math.random() * 0x100000000));
}

/** A uniformly random bigint in `[0, bound)`; `bound` must be positive. */
export function randomBelow(bound: bigint): bigint {
  if (bound <= 0x20000000000000n) return BigInt(Math.floor(Math.random() * Number(bound)));
  const bits = bitLength(bound);
  const words = Math.ceil(bits / 32);
  const excess = BigInt(words * 32 - bits);
  for (;;) {
    let candidate = 0n;
    for (let word = 0; word < words; word += 1) candidate = (candidate << 32n) | randomWord();
    candidate >>= excess;
    if (candidate < bound) return candidate;
  }
}

/** `base ^ exponent mod modulus`, by squaring. */
function powerModulo(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  base %= modulus;
  for (let rest = exponent; rest > 0n; rest >>= 1n) {
    if (rest & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
  }
  return result;
}

/** Whether `witness` fails to prove the odd `n` (written `2^k * q + 1`) composite. */
function passesMillerRabin(n: bigint, witness: bigint, k: number, q: bigint): boolean {
  let x = powerModulo(witness, q, n);
  if (x === 1n || x === n - 1n) return true;
  for (let round = 1; round < k; round += 1) {
    x = (x * x) % n;
    if (x === n - 1n) return true;
  }
  return false;
}

/** Bases that make Miller-Rabin exact below 3.3 * 10^24. */
const DETERMINISTIC_BASES = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n, 41n];
const DETERMINISTIC_LIMIT = 3317044064679887385961981n;

/**
 * Whether `n` is prime: trial division by 6k ± 1 below 2^30, as Squeak's `isPrime`; above,
 * Miller-Rabin, exact below 3.3 * 10^24 and with 25 random bases more beyond (a false answer
 * less likely than 10^-15, as Squeak's `isProbablyPrime`).
 */
export function isProbablePrime(n: bigint): boolean {
  if (n <= 3n) return n >= 2n;
  if (n % 2n === 0n || n % 3n === 0n) return false;
  if (n < 0x40000000n) {
    const value = Number(n);
    for (let probe = 5; probe * probe <= value; probe += 6) {
      if (value % probe === 0 || value % (probe + 2) === 0) return false;
    }
    return true;
  }
  let q = (n - 1n) >> 1n;
  let k = 1;
  while ((q & 1n) === 0n) {
    q >>= 1n;
    k += 1;
  }
  if (!DETERMINISTIC_BASES.every((base) => passesMillerRabin(n, base, k, q))) return false;
  if (n < DETERMINISTIC_LIMIT) return true;
  for (let round = 0; round < 25; round += 1) {
    if (!passesMillerRabin(n, 2n + randomBelow(n - 3n), k, q)) return false;
  }
  return true;
}
