import { StError, SubscriptOutOfBounds } from "../exceptions/exception-classes.js";
import { classOf } from "../kernel/class-of.js";

/**
 * The errors Squeak's indexing primitives fall back to (`Object>>errorSubscriptBounds:`,
 * `errorImproperStore`, `errorNonIntegerIndex`, `errorNotIndexable`, `shouldNotImplement`), with
 * Squeak's texts. Each signals from synchronous code and never returns: an Error cannot be
 * resumed, so its handler either unwinds or the error ends the computation.
 */

function unreachable(): never {
  throw new TypeError("a non-resumable Error was resumed");
}

/** Signals an Error with `text` (`self error: text`). */
export function signalError(text: string): never {
  new StError(text).signalSync();
  return unreachable();
}

/** Signals SubscriptOutOfBounds for `index` ('subscript is out of bounds: 7'). */
export function errorSubscriptBounds(index: unknown): never {
  SubscriptOutOfBounds.signalFor(index);
  return unreachable();
}

/** Signals the Error for storing an element the collection cannot hold. */
export function errorImproperStore(): never {
  return signalError("Improper store into indexable object");
}

/** Signals the Error for an index that is not a number. */
export function errorNonIntegerIndex(): never {
  return signalError("only integers should be used as indices");
}

/** Signals the Error Pharo's `Object>>size` gives an object that has no indexed elements. */
export function errorNotIndexable(receiver: unknown): never {
  return signalError(`Instances of ${classOf(receiver).$stName} are not indexable`);
}

/** Signals the Error for a message its receiver's class deliberately does not implement. */
export function shouldNotImplement(selector: string, receiver: unknown): never {
  return signalError(`${selector} is not a message appropriate for a ${classOf(receiver).$stName}`);
}

/** A Smalltalk integer argument (a position, a count) as a JavaScript number. */
export function integerArgument(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return errorNonIntegerIndex();
}

/** Signals the Error for an abstract method that the receiver's class should have overridden. */
export function subclassResponsibility(selector: string, receiver: unknown): never {
  return signalError(`My ${classOf(receiver).$stName} subclass should have overridden ${selector}`);
}

function floatValue(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "object" && value !== null && "$float" in value) {
    return (value as { readonly $float: number }).$float;
  }
  return undefined;
}

/**
 * The 0-based position of the 1-based Smalltalk `index` in a collection of `size` elements. A
 * Float index is truncated (`asInteger`), as Squeak's `Object>>at:` fallback does; an index out
 * of range signals SubscriptOutOfBounds, anything else that is not a number an Error.
 */
export function checkedIndex(index: unknown, size: number): number {
  if (typeof index === "bigint") return errorSubscriptBounds(index);
  const number = floatValue(index);
  if (number === undefined) return errorNonIntegerIndex();
  const integer = Math.trunc(number);
  if (!(integer >= 1 && integer <= size)) return errorSubscriptBounds(integer);
  return integer - 1;
}
