/**
 * The class model. Every Smalltalk class is a JavaScript class (a constructor function) carrying
 * its Smalltalk metadata in static members:
 *
 * - `$stName`: the Smalltalk class name (`OrderedCollection`). Every class declares its own.
 * - `$stSuperclass` (optional): the Smalltalk superclass when it differs from the JavaScript one
 *   (`Exception` extends the JavaScript `Error` so that stack traces work, but its Smalltalk
 *   superclass is `Object`).
 * - `$category` (optional): the Smalltalk category.
 *
 * Values that are not objects of these classes (numbers, strings, booleans, `null`, functions,
 * arrays, `Uint8Array`s) have classes too: {@link classOf} answers `SmallInteger`, `ByteString`,
 * `True`, `UndefinedObject`, `BlockClosure`, `Array`, `ByteArray`, .... Those classes are never
 * instantiated; their prototype methods are written with a typed `this` (`this: string`) and are
 * called with the primitive value as receiver.
 *
 * This module is the leaf of the runtime's module graph: it imports nothing. Classes that other modules need late (a superclass
 * that answers a subclass instance, `classOf` answering `SmallInteger`) are found through the
 * registry ({@link registerClass}, {@link classNamed}), never through an import that points down
 * the hierarchy.
 */

/** A Smalltalk class: a constructor with Smalltalk metadata. */
export interface SmalltalkClass {
  new (...args: any[]): unknown;
  readonly $stName: string;
  readonly $stSuperclass?: SmalltalkClass | null;
  readonly $category?: string;
  readonly prototype: unknown;
}

const registry = new Map<string, SmalltalkClass>();

/** Registers `cls` under its `$stName` so that {@link classNamed} finds it (`Smalltalk at:`). */
export function registerClass<C extends SmalltalkClass>(cls: C): C {
  registry.set(cls.$stName, cls);
  return cls;
}

/** The registered class named `name`, or `undefined` (`Smalltalk at: name ifAbsent: [nil]`). */
export function classNamed(name: string): SmalltalkClass | undefined {
  return registry.get(name);
}

/** The registered class named `name`; a missing one is a programming error in the runtime. */
export function requireClass(name: string): SmalltalkClass {
  const cls = registry.get(name);
  if (cls === undefined) throw new TypeError(`Smalltalk class ${name} is not loaded`);
  return cls;
}

/** Every registered class, in registration order. */
export function registeredClasses(): SmalltalkClass[] {
  return [...registry.values()];
}

/** Whether `value` is a Smalltalk class (a constructor that declares its own `$stName`). */
export function isSmalltalkClass(value: unknown): value is SmalltalkClass {
  return typeof value === "function" && Object.hasOwn(value, "$stName");
}

/** The Smalltalk superclass of `cls` (`superclass`), or `null` for `Object`. */
export function superclassOf(cls: SmalltalkClass): SmalltalkClass | null {
  if (Object.hasOwn(cls, "$stSuperclass")) return cls.$stSuperclass ?? null;
  const parent: unknown = Object.getPrototypeOf(cls);
  return isSmalltalkClass(parent) ? parent : null;
}

/** Whether `cls` is `ancestor` or inherits from it (`includesBehavior:`). */
export function inheritsFromOrIs(cls: SmalltalkClass, ancestor: SmalltalkClass): boolean {
  for (let c: SmalltalkClass | null = cls; c !== null; c = superclassOf(c)) if (c === ancestor) return true;
  return false;
}

/** The article Squeak puts before a class name in `printString` (`a Socket`, `an Array`). */
export function articleFor(className: string): string {
  return /^[AEIOU]/i.test(className) ? "an" : "a";
}
