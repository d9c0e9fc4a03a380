import { articleFor, inheritsFromOrIs, registerClass, type SmalltalkClass, superclassOf } from "./class.js";
import { StObject } from "./object.js";
import type { PrintStream } from "./printing.js";
import { canUnderstand } from "./send.js";

const metaclasses = new WeakMap<SmalltalkClass, Metaclass>();

/** The metaclass object of `cls` (`Foo class`): unique per class, prints as `Foo class`. */
export function metaclassOf(cls: SmalltalkClass): Metaclass {
  let metaclass = metaclasses.get(cls);
  if (metaclass === undefined) {
    metaclass = new Metaclass(cls);
    metaclasses.set(cls, metaclass);
  }
  return metaclass;
}

/**
 * `Class`: the protocol every Smalltalk class answers on its class side (`Socket name`,
 * `OrderedCollection new`, `Foo superclass`), after its own static methods. Never instantiated:
 * its methods run with the class itself as `this`.
 */
export class Class extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Class";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-Classes";
  static {
    registerClass(this);
  }

  /** @selector name — the class name. */
  name(this: SmalltalkClass): string {
    return this.$stName;
  }

  /** @selector printOn: — writes the class name. */
  override printOn(this: SmalltalkClass, stream: PrintStream): SmalltalkClass {
    stream.nextPutAll(this.$stName);
    return this;
  }

  /** @selector class — the metaclass (`Foo class`). */
  override class(this: SmalltalkClass): unknown {
    return metaclassOf(this);
  }

  /** @selector superclass — the superclass, or nil for Object. */
  superclass(this: SmalltalkClass): SmalltalkClass | null {
    return superclassOf(this);
  }

  /** @selector category — the class's category. */
  category(this: SmalltalkClass): string | null {
    return this.$category ?? null;
  }

  /** @selector inheritsFrom: — whether `aClass` is a strict superclass. */
  inheritsFrom(this: SmalltalkClass, aClass: SmalltalkClass): boolean {
    return this !== aClass && inheritsFromOrIs(this, aClass);
  }

  /** @selector includesBehavior: — whether the class is `aClass` or inherits from it. */
  includesBehavior(this: SmalltalkClass, aClass: SmalltalkClass): boolean {
    return inheritsFromOrIs(this, aClass);
  }

  /** @selector canUnderstand: — whether instances understand `selector`. */
  canUnderstand(this: SmalltalkClass, selector: unknown): boolean {
    return canUnderstand(this, String(selector));
  }

  /** @selector isClass — true. */
  override isClass(): boolean {
    return true;
  }

  /** @selector new — a new instance, initialized (`basicNew initialize`). */
  new(this: SmalltalkClass): unknown {
    const instance = new this();
    const initialize = (instance as { initialize?: () => unknown }).initialize;
    const result = typeof initialize === "function" ? initialize.call(instance) : instance;
    return result instanceof Promise ? result.then(() => instance) : instance;
  }

  /** @selector basicNew — a new instance without `initialize`. */
  basicNew(this: SmalltalkClass): unknown {
    return new this();
  }
}

/** `Metaclass`: the class of a class (`Foo class`), which prints as `Foo class`. */
export class Metaclass extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Metaclass";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-Classes";
  static {
    registerClass(this);
  }

  readonly #soleInstance: SmalltalkClass;

  /** The metaclass of `soleInstance`; use {@link metaclassOf} to get the unique one. */
  constructor(soleInstance: SmalltalkClass) {
    super();
    this.#soleInstance = soleInstance;
  }

  /** @selector soleInstance — the class this is the metaclass of. */
  soleInstance(): SmalltalkClass {
    return this.#soleInstance;
  }

  /** @selector name — `Foo class`. */
  name(): string {
    return `${this.#soleInstance.$stName} class`;
  }

  /** @selector printOn: — writes `Foo class`. */
  override printOn(stream: PrintStream): this {
    stream.nextPutAll(this.name());
    return this;
  }

  /** @selector isMeta — true. */
  isMeta(): boolean {
    return true;
  }
}

/** `JavaScriptObject`: the class of JavaScript values that are not Smalltalk objects. */
export class JavaScriptObject extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "JavaScriptObject";
  static {
    registerClass(this);
  }

  /** @selector printOn: — `a JavaScriptObject(...)` with JavaScript's own rendering. */
  override printOn(this: unknown, stream: PrintStream): unknown {
    const name = JavaScriptObject.$stName;
    stream.nextPutAll(`${articleFor(name)} ${name}(${String(this)})`);
    return this;
  }
}
