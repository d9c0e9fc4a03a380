/**
 * `@smalltalk-sockets/runtime`: the Smalltalk kernel that st2ts's generated code and the other
 * SmalltalkSockets packages stand on.
 */

export * from "./blocks/block-closure.js";
// Blocks.
export * from "./blocks/evaluation.js";
export * from "./blocks/unwind-protection.js";
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
export * from "./kernel/dialect.js";
export * from "./kernel/extension.js";
export * from "./kernel/identity.js";
// `then` is exported as `andThen`: a module namespace with a `then` export is a thenable, so
// `await import("@smalltalk-sockets/runtime")` (and vitest's loader) would call it.
export { isPromise, type MaybePromise, then as andThen } from "./kernel/maybe-promise.js";
export * from "./kernel/message.js";
export * from "./kernel/method-lookup.js";
export * from "./kernel/naming.js";
export * from "./kernel/object.js";
export * from "./kernel/printing.js";
export * from "./kernel/send.js";
export * from "./kernel/undefined-object.js";
