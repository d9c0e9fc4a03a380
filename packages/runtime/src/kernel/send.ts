import { isSmalltalkClass, requireClass, type SmalltalkClass } from "./class.js";
import { dispatchClassOf } from "./class-of.js";
import { lookupClassMethod, lookupMethod, type Method } from "./method-lookup.js";
import { selectorArity } from "./naming.js";

/**
 * The method `receiver` runs for `selector`, or `undefined`. A class receiver finds its
 * class-side (static) methods first, then the protocol every class shares (`Class`).
 */
export function lookupFor(receiver: unknown, selector: string): Method | undefined {
  if (isSmalltalkClass(receiver)) {
    return lookupClassMethod(receiver, selector) ?? lookupMethod(dispatchClassOf(receiver), selector);
  }
  return lookupMethod(dispatchClassOf(receiver), selector);
}

/**
 * Sends `selector` to `receiver` with `args` (dynamic dispatch through the selector tables,
 * design rule 7). A receiver that does not understand the message gets `doesNotUnderstand:`,
 * which by default signals a resumable MessageNotUnderstood. Answers what the method answers
 * (a Promise when it suspends).
 */
export function send(receiver: unknown, selector: string, ...args: unknown[]): unknown {
  const method = lookupFor(receiver, selector);
  if (method !== undefined) return method.apply(receiver, args);
  return doesNotUnderstand(receiver, selector, args);
}

/** Sends `doesNotUnderstand:` with a Message for `selector` and `args`. */
export function doesNotUnderstand(receiver: unknown, selector: string, args: readonly unknown[]): unknown {
  const Message = requireClass("Message") as unknown as new (selector: string, args: unknown[]) => unknown;
  const handler = lookupFor(receiver, "doesNotUnderstand:");
  if (handler === undefined) throw new TypeError(`doesNotUnderstand: is missing for ${selector}`);
  return handler.call(receiver, new Message(selector, [...args]));
}

/**
 * `perform:withArguments:`: like {@link send}, but a wrong argument count signals an Error as
 * Squeak does ('wrong number of arguments').
 */
export function perform(receiver: unknown, selector: string, args: readonly unknown[]): unknown {
  if (selectorArity(selector) !== args.length) {
    const StError = requireClass("Error") as unknown as new (text: string) => { signal(): unknown };
    return new StError("wrong number of arguments").signal();
  }
  return send(receiver, selector, ...args);
}

/** Whether `receiver` understands `selector` (`respondsTo:`). */
export function respondsTo(receiver: unknown, selector: string): boolean {
  return lookupFor(receiver, selector) !== undefined;
}

/** Whether instances of `cls` understand `selector` (`canUnderstand:`). */
export function canUnderstand(cls: SmalltalkClass, selector: string): boolean {
  return lookupMethod(cls, selector) !== undefined;
}
