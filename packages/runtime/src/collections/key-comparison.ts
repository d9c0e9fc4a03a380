import { identical, identityHash, stringHash } from "../kernel/identity.js";
import { send } from "../kernel/send.js";

/**
 * How a hashed collection matches keys: by Smalltalk `=` and `hash` (Set, Dictionary, Bag) or
 * by `==` and `identityHash` (IdentitySet, IdentityDictionary). As in Squeak's `scanFor:`, the
 * probe receives `=` with the stored key as argument.
 */
export interface KeyComparison {
  /** The hash that places `key` (two matching keys must answer the same). */
  hashOf(key: unknown): unknown;
  /** Whether `probe` matches the stored key `stored`. */
  matches(probe: unknown, stored: unknown): boolean;
}

function isSmallInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value);
}

/** A hash as a Map key: a bigint hash (a LargeInteger's) becomes a number when it fits. */
function normalized(hash: unknown): unknown {
  return typeof hash === "bigint" && hash >= Number.MIN_SAFE_INTEGER && hash <= Number.MAX_SAFE_INTEGER
    ? Number(hash)
    : hash;
}

/**
 * Smalltalk equality. Strings and SmallIntegers take a fast path that answers exactly what the
 * sends would (String>>hash is `stringHash`, SmallInteger>>hash is the integer itself, and `=`
 * between two of them compares values); everything else (Symbols, Characters, Floats,
 * Fractions, user objects) is asked `hash` and `=` by dynamic dispatch, so `1 = 1.0` and
 * `'abc' = #abc` find each other as in Squeak.
 */
export const EQUALITY: KeyComparison = {
  hashOf(key) {
    if (typeof key === "string") return stringHash(key);
    if (isSmallInteger(key)) return key;
    return normalized(send(key, "hash"));
  },
  matches(probe, stored) {
    if (typeof probe === "string" && typeof stored === "string") return probe === stored;
    if (isSmallInteger(probe) && isSmallInteger(stored)) return probe === stored;
    return send(probe, "=", stored) === true;
  },
};

/** Identity (`==`, `identityHash`): IdentitySet and IdentityDictionary. */
export const IDENTITY: KeyComparison = {
  hashOf: identityHash,
  matches: identical,
};
