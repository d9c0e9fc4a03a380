/**
 * Identity (`==`) and identity hashes. SmallIntegers, Characters and Symbols are identical when
 * equal, as in Squeak (they are immediate or unique). Floats are immediate in 64-bit Squeak too,
 * so two Float objects with the same value are identical. Strings are JavaScript values: two equal
 * strings are identical here (JavaScript cannot tell two string objects apart).
 */

interface BoxedFloat {
  readonly $float: number;
}

function isBoxedFloat(value: unknown): value is BoxedFloat {
  return typeof value === "object" && value !== null && "$float" in value;
}

/** `==`: whether `a` and `b` are the same object. */
export function identical(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  return isBoxedFloat(a) && isBoxedFloat(b) && Object.is(a.$float, b.$float);
}

const identityHashes = new WeakMap<object, number>();
let nextIdentityHash = 1;

/** A hash of a string's characters (also String>>hash). */
export function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & 0x3fffffff;
}

/** `identityHash`: stable for the life of the object. */
export function identityHash(value: unknown): number {
  switch (typeof value) {
    case "object":
    case "function": {
      if (value === null) return 0;
      if (isBoxedFloat(value)) return stringHash(String(value.$float));
      let hash = identityHashes.get(value);
      if (hash === undefined) {
        hash = nextIdentityHash;
        nextIdentityHash = (nextIdentityHash * 1103515245 + 12345) & 0x3fffff;
        if (nextIdentityHash === 0) nextIdentityHash = 1;
        identityHashes.set(value, hash);
      }
      return hash;
    }
    case "number":
      return Number.isInteger(value) ? value & 0x3fffffff : stringHash(String(value));
    case "bigint":
      return Number(value & 0x3fffffffn);
    case "string":
      return stringHash(value);
    case "boolean":
      return value ? 3 : 2;
    default:
      return 0;
  }
}
