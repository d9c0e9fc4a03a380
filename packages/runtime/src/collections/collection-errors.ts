import { KeyNotFound, NotFound, SubscriptOutOfBounds } from "../exceptions/exception-classes.js";
import { articleFor } from "../kernel/class.js";
import { classOf } from "../kernel/class-of.js";
import { isPharo } from "../kernel/dialect.js";
import { errorSubscriptBounds, signalError } from "../text/primitive-errors.js";
import { CollectionIsEmpty } from "./collection-is-empty.js";

/**
 * The errors collections signal beyond the indexing primitives' (`text/primitive-errors.ts`),
 * with Squeak's classes and texts (Pharo's under the Pharo dialect where they differ). Each
 * signals from synchronous code and never returns: these are Errors, which cannot be resumed.
 */

function unreachable(): never {
  throw new TypeError("a non-resumable Error was resumed");
}

/** `errorEmptyCollection`: Squeak 'this collection is empty'; Pharo signals CollectionIsEmpty. */
export function errorEmptyCollection(collection: unknown): never {
  if (!isPharo()) return signalError("this collection is empty");
  CollectionIsEmpty.signalWith(collection);
  return unreachable();
}

/** `errorNotFound:` — NotFound for `object` (a missing element, or the block of a failed `detect:`) in `collection`. */
export function errorNotFound(object: unknown, collection: unknown): never {
  NotFound.signalForIn(object, collection);
  return unreachable();
}

/** `errorKeyNotFound:` — KeyNotFound for `key` in `dictionary`. */
export function errorKeyNotFound(key: unknown, dictionary: unknown): never {
  KeyNotFound.signalForIn(key, dictionary);
  return unreachable();
}

/**
 * OrderedCollection's `errorNoSuchElement`: Squeak's 'attempt to index a non-existent element in
 * an OrderedCollection', signalled as a SubscriptOutOfBounds (an Error) so that handlers for
 * either catch it; Pharo's OrderedCollection signals `errorSubscriptBounds:` for `index`.
 */
export function errorNoSuchElement(collection: unknown, index: unknown): never {
  if (isPharo()) return errorSubscriptBounds(index);
  const name = classOf(collection).$stName;
  new SubscriptOutOfBounds(
    `attempt to index a non-existent element in ${articleFor(name)} ${name}`,
  ).signalSync();
  return unreachable();
}

/** `errorNotKeyed` — 'Instances of Bag do not respond to keyed accessing messages.' */
export function errorNotKeyed(receiver: unknown): never {
  return signalError(`Instances of ${classOf(receiver).$stName} do not respond to keyed accessing messages.`);
}

/** `errorDifferentSize` — 'otherCollection must be the same size' (`with:do:`, `with:collect:`). */
export function errorDifferentSize(): never {
  return signalError("otherCollection must be the same size");
}

/** `errorValueNotFound` — 'value not found' (`keyAtValue:`). */
export function errorValueNotFound(): never {
  return signalError("value not found");
}
