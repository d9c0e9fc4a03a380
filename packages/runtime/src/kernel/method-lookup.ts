import { isSmalltalkClass, type SmalltalkClass, superclassOf } from "./class.js";
import { selectorArity, selectorToName } from "./naming.js";

/** A compiled method as the runtime holds it: a function called with the receiver as `this`. */
export type Method = (this: any, ...args: any[]) => unknown;

/** A class's explicit selector-to-name table, for the few names that deviate from the rule. */
export type SelectorTable = Readonly<Record<string, string>>;

interface ClassWithTables extends SmalltalkClass {
  readonly $selectors?: SelectorTable;
  readonly $classSelectors?: SelectorTable;
}

interface MethodCache {
  readonly generation: number;
  readonly methods: Map<string, Method | null>;
}

const instanceCaches = new WeakMap<SmalltalkClass, MethodCache>();
const classSideCaches = new WeakMap<SmalltalkClass, MethodCache>();
let generation = 0;

/**
 * Forgets every cached lookup. Called whenever methods are added to a class after it was defined
 * (extension methods), as Squeak flushes its method cache.
 */
export function flushMethodCache(): void {
  generation += 1;
}

function ownTableEntry(cls: SmalltalkClass, key: "$selectors" | "$classSelectors", selector: string) {
  if (!Object.hasOwn(cls, key)) return undefined;
  const table = (cls as ClassWithTables)[key];
  return table !== undefined && Object.hasOwn(table, selector) ? table[selector] : undefined;
}

/** The member names to try for `selector`: a declared name, the rule's name, then its `$` form. */
function candidateNames(cls: SmalltalkClass, selector: string, classSide: boolean): string[] {
  const key = classSide ? "$classSelectors" : "$selectors";
  for (let c: SmalltalkClass | null = cls; c !== null; c = superclassOf(c)) {
    const declared = ownTableEntry(c, key, selector);
    if (declared !== undefined) return [declared];
  }
  const name = selectorToName(selector, classSide);
  return name.endsWith("$") ? [name] : [name, `${name}$`];
}

function findOwn(holder: object, name: string, arity: number): Method | undefined {
  const descriptor = Object.getOwnPropertyDescriptor(holder, name);
  const value: unknown = descriptor?.value;
  // The arity check keeps `priority` (a getter, no argument) from answering `priority:`.
  if (typeof value === "function" && value.length === arity && !isSmalltalkClass(value))
    return value as Method;
  return undefined;
}

function cacheFor(caches: WeakMap<SmalltalkClass, MethodCache>, cls: SmalltalkClass) {
  let cache = caches.get(cls);
  if (cache === undefined || cache.generation !== generation) {
    cache = { generation, methods: new Map() };
    caches.set(cls, cache);
  }
  return cache.methods;
}

/**
 * The method that instances of `cls` run for `selector`, searching `cls` and its superclasses
 * (`lookupSelector:`), or `undefined` when they do not understand it.
 */
export function lookupMethod(cls: SmalltalkClass, selector: string): Method | undefined {
  const cache = cacheFor(instanceCaches, cls);
  const cached = cache.get(selector);
  if (cached !== undefined) return cached ?? undefined;
  const arity = selectorArity(selector);
  const names = candidateNames(cls, selector, false);
  let found: Method | undefined;
  search: for (let c: SmalltalkClass | null = cls; c !== null; c = superclassOf(c)) {
    for (const name of names) {
      found = findOwn(c.prototype as object, name, arity);
      if (found !== undefined) break search;
    }
  }
  cache.set(selector, found ?? null);
  return found;
}

/**
 * The class-side method that `cls` runs for `selector`: a static member of `cls` or one of its
 * superclasses, or `undefined` (the caller then tries the Behavior protocol every class shares).
 */
export function lookupClassMethod(cls: SmalltalkClass, selector: string): Method | undefined {
  const cache = cacheFor(classSideCaches, cls);
  const cached = cache.get(selector);
  if (cached !== undefined) return cached ?? undefined;
  const arity = selectorArity(selector);
  const names = candidateNames(cls, selector, true);
  let found: Method | undefined;
  search: for (let c: SmalltalkClass | null = cls; c !== null; c = superclassOf(c)) {
    for (const name of names) {
      found = findOwn(c, name, arity);
      if (found !== undefined) break search;
    }
  }
  cache.set(selector, found ?? null);
  return found;
}
