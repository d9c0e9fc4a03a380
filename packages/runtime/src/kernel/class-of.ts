import { requireClass, type SmalltalkClass } from "./class.js";

/** SmallInteger's range in 64-bit Squeak and Pharo: -2^60 to 2^60 - 1. */
export const SMALL_INTEGER_MIN = -(2n ** 60n);
/** The largest SmallInteger in 64-bit Squeak and Pharo (`SmallInteger maxVal`). */
export const SMALL_INTEGER_MAX = 2n ** 60n - 1n;

interface PrimitiveClasses {
  readonly SmallInteger: SmalltalkClass;
  readonly LargePositiveInteger: SmalltalkClass;
  readonly LargeNegativeInteger: SmalltalkClass;
  readonly Float: SmalltalkClass;
  readonly ByteString: SmalltalkClass;
  readonly WideString: SmalltalkClass;
  readonly True: SmalltalkClass;
  readonly False: SmalltalkClass;
  readonly UndefinedObject: SmalltalkClass;
  readonly BlockClosure: SmalltalkClass;
  readonly Array: SmalltalkClass;
  readonly ByteArray: SmalltalkClass;
  readonly JavaScriptObject: SmalltalkClass;
  readonly Class: SmalltalkClass;
}

let primitives: PrimitiveClasses | undefined;

/** The classes of primitive values, looked up once every class module has loaded. */
function primitiveClasses(): PrimitiveClasses {
  if (primitives !== undefined) return primitives;
  primitives = {
    SmallInteger: requireClass("SmallInteger"),
    LargePositiveInteger: requireClass("LargePositiveInteger"),
    LargeNegativeInteger: requireClass("LargeNegativeInteger"),
    Float: requireClass("Float"),
    ByteString: requireClass("ByteString"),
    WideString: requireClass("WideString"),
    True: requireClass("True"),
    False: requireClass("False"),
    UndefinedObject: requireClass("UndefinedObject"),
    BlockClosure: requireClass("BlockClosure"),
    Array: requireClass("Array"),
    ByteArray: requireClass("ByteArray"),
    JavaScriptObject: requireClass("JavaScriptObject"),
    Class: requireClass("Class"),
  };
  return primitives;
}

/** Whether a string holds only byte characters (Squeak's ByteString, as opposed to WideString). */
export function isByteString(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is the point
  return !/[^\u0000-\u00ff]/.test(value);
}

/** The class of an object that is not a primitive value: its constructor when that is a Smalltalk class. */
function classOfObject(value: object, classes: PrimitiveClasses): SmalltalkClass {
  const maker = (value as { constructor?: unknown }).constructor;
  if (typeof maker === "function" && Object.hasOwn(maker, "$stName")) {
    return maker as SmalltalkClass;
  }
  if (Array.isArray(value)) return classes.Array;
  if (value instanceof Uint8Array) return classes.ByteArray;
  return classes.JavaScriptObject;
}

/**
 * The class used to find methods for `value`. It equals {@link classOf} except for strings, which
 * all dispatch through `ByteString` (WideString understands the same protocol), so that a send
 * never scans its receiver.
 */
export function dispatchClassOf(value: unknown): SmalltalkClass {
  const classes = primitives ?? primitiveClasses();
  switch (typeof value) {
    case "number":
      return Number.isInteger(value) ? classes.SmallInteger : classes.Float;
    case "string":
      return classes.ByteString;
    case "boolean":
      return value ? classes.True : classes.False;
    case "undefined":
      return classes.UndefinedObject;
    case "bigint":
      return largeIntegerClass(value, classes);
    case "function":
      return Object.hasOwn(value, "$stName") ? classes.Class : classes.BlockClosure;
    case "object":
      return value === null ? classes.UndefinedObject : classOfObject(value, classes);
    default:
      return classes.JavaScriptObject;
  }
}

function largeIntegerClass(value: bigint, classes: PrimitiveClasses): SmalltalkClass {
  if (value >= SMALL_INTEGER_MIN && value <= SMALL_INTEGER_MAX) return classes.SmallInteger;
  return value > 0n ? classes.LargePositiveInteger : classes.LargeNegativeInteger;
}

/**
 * The Smalltalk class of any value (`class`): `3` is a SmallInteger, `2 ** 70` (a bigint) a
 * LargePositiveInteger, `'abc'` a ByteString, `null` the UndefinedObject, a function a
 * BlockClosure, a JavaScript array an Array, a `Uint8Array` a ByteArray. For a class it answers
 * `Class`, whose protocol every class shares; `metaclassOf` answers the metaclass object itself.
 */
export function classOf(value: unknown): SmalltalkClass {
  if (typeof value === "string") {
    const classes = primitives ?? primitiveClasses();
    return isByteString(value) ? classes.ByteString : classes.WideString;
  }
  return dispatchClassOf(value);
}
