/**
 * `@smalltalk-sockets/runtime`: the Smalltalk kernel that st2ts's generated code and the other
 * SmalltalkSockets packages stand on.
 */

export * from "./blocks/block-closure.js";
// Blocks.
export * from "./blocks/evaluation.js";
export * from "./blocks/unwind-protection.js";
export * from "./chronology/duration.js";
// Collections.
export * from "./collections/array.js";
export * from "./collections/arrayed-collection.js";
export * from "./collections/association.js";
export * from "./collections/bag.js";
export { Collection, type CollectionSpecies, eachOf, elementsOf } from "./collections/collection.js";
export * from "./collections/collection-is-empty.js";
export * from "./collections/dictionary.js";
export * from "./collections/hashed-collection.js";
export * from "./collections/identity-dictionary.js";
export * from "./collections/identity-set.js";
export * from "./collections/interval.js";
export * from "./collections/lookup-key.js";
export * from "./collections/ordered-collection.js";
export * from "./collections/sequenceable-collection.js";
export * from "./collections/set.js";
export * from "./collections/sorted-collection.js";
export * from "./collections/system-dictionary.js";
// Exceptions and non-local return.
export * from "./exceptions/control-flow.js";
export * from "./exceptions/exception.js";
export * from "./exceptions/exception-classes.js";
export * from "./exceptions/exception-set.js";
export * from "./exceptions/handling.js";
export * from "./exceptions/non-local-return.js";
export * from "./kernel/behavior.js";
export * from "./kernel/boolean.js";
// The class model, dispatch and naming.
export * from "./kernel/class.js";
export * from "./kernel/class-of.js";
export * from "./kernel/context.js";
export * from "./kernel/coroutine.js";
export * from "./kernel/dialect.js";
export * from "./kernel/extension.js";
export * from "./kernel/identity.js";
export { andThen, isPromise, type MaybePromise } from "./kernel/maybe-promise.js";
export * from "./kernel/message.js";
export * from "./kernel/method-lookup.js";
export * from "./kernel/naming.js";
export * from "./kernel/object.js";
export * from "./kernel/printing.js";
export * from "./kernel/send.js";
export * from "./kernel/smalltalk-image.js";
export * from "./kernel/undefined-object.js";
// Numbers.
export { add, divide, intDiv, mod, multiply, quo, rem, subtract } from "./numbers/arithmetic.js";
export {
  greaterOrEqual,
  greaterThan,
  lessOrEqual,
  lessThan,
  numberEquals,
  numberNotEquals,
} from "./numbers/comparison.js";
export * from "./numbers/domain-error.js";
export * from "./numbers/float.js";
export * from "./numbers/fraction.js";
export * from "./numbers/integer.js";
export type { StInteger } from "./numbers/integer-math.js";
export * from "./numbers/large-integer.js";
export * from "./numbers/magnitude.js";
export * from "./numbers/number.js";
export { type NumberReading, parseNumber, readNumber } from "./numbers/number-parser.js";
export { float, isNumberValue, type NumberValue, rational } from "./numbers/number-values.js";
export * from "./numbers/scaled-decimal.js";
export * from "./numbers/small-integer.js";
// Streams.
export * from "./streams/positionable-stream.js";
export * from "./streams/read-stream.js";
export * from "./streams/read-write-stream.js";
export * from "./streams/stream.js";
export * from "./streams/write-stream.js";
// Text: strings, symbols, characters, byte arrays, Latin-1 byte strings.
export * from "./text/byte-array.js";
export * from "./text/byte-string.js";
export * from "./text/character.js";
export * from "./text/latin1.js";
export * from "./text/primitive-errors.js";
export * from "./text/string.js";
export * from "./text/symbol.js";
export * from "./text/wide-string.js";
