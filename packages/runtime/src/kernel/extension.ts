import type { SmalltalkClass } from "./class.js";
import { flushMethodCache, type Method } from "./method-lookup.js";

/**
 * Adds instance methods to an existing class (Smalltalk extension methods, e.g. the process
 * package's `BlockClosure>>fork`, or a fileIn's `!String methodsFor: 'x'!`). `methods` maps member
 * names (by the naming rule) to functions called with the receiver as `this`. Replaces a method
 * of the same name, as redefining a Smalltalk method does, and flushes the method cache.
 */
export function extendClass(cls: SmalltalkClass, methods: Readonly<Record<string, Method>>): void {
  defineAll(cls.prototype as object, methods);
}

/** Adds class-side methods (static members) to an existing class, as {@link extendClass} does. */
export function extendClassSide(cls: SmalltalkClass, methods: Readonly<Record<string, Method>>): void {
  defineAll(cls, methods);
}

function defineAll(holder: object, methods: Readonly<Record<string, Method>>): void {
  for (const [name, method] of Object.entries(methods)) {
    Object.defineProperty(holder, name, {
      value: method,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  flushMethodCache();
}
