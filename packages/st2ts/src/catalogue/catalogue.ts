/**
 * Lookups in the type catalogue, extended with the classes of the program being transpiled.
 *
 * @module
 */

import type { Catalogue, ClassEntry, GlobalEntry, MethodEntry, Suspension } from "./types.js";

const SUSPENSIONS: readonly Suspension[] = ["never", "blocks", "maybe", "always"];

/** The more suspending of two suspensions (`never` < `blocks` < `maybe` < `always`). */
export function maxSuspension(a: Suspension, b: Suspension): Suspension {
  return SUSPENSIONS.indexOf(a) >= SUSPENSIONS.indexOf(b) ? a : b;
}

/** A method found for a receiver class, with the class that defines it. */
export interface FoundMethod {
  /** The method. */
  readonly entry: MethodEntry;
  /** The class whose table holds it (the receiver's class or a superclass). */
  readonly owner: ClassEntry;
}

/**
 * The classes and globals st2ts knows: the runtime packages' catalogue plus the classes the
 * program defines (added with {@link TypeCatalogue.withClasses}).
 */
export class TypeCatalogue {
  readonly #classes: ReadonlyMap<string, ClassEntry>;
  readonly #globals: ReadonlyMap<string, GlobalEntry>;

  /** A catalogue over `data`. */
  constructor(data: Catalogue, extraClasses: readonly ClassEntry[] = []) {
    const classes = new Map(Object.entries(data.classes));
    for (const entry of extraClasses) classes.set(entry.name, entry);
    this.#classes = classes;
    this.#globals = new Map(Object.entries(data.globals));
    this.data = data;
  }

  /** The runtime packages' catalogue this one extends. */
  readonly data: Catalogue;

  #suspensions: Map<string, Suspension> | undefined;

  /**
   * How a send of `selector` to a receiver of unknown class may suspend: the most any
   * implementor (of any class, either side) may. A selector nobody implements does not suspend
   * (the send ends in doesNotUnderstand:).
   */
  selectorSuspension(selector: string): Suspension {
    if (this.#suspensions === undefined) {
      const suspensions = new Map<string, Suspension>();
      for (const entry of this.#classes.values()) {
        for (const method of [...Object.values(entry.instance), ...Object.values(entry.classSide)]) {
          suspensions.set(
            method.selector,
            maxSuspension(suspensions.get(method.selector) ?? "never", method.suspends),
          );
        }
      }
      this.#suspensions = suspensions;
    }
    return this.#suspensions.get(selector) ?? "never";
  }

  /** This catalogue with `classes` (the program's own) added or replacing same-named ones. */
  withClasses(classes: readonly ClassEntry[]): TypeCatalogue {
    return new TypeCatalogue(this.data, [...this.userClasses(), ...classes]);
  }

  /** The classes added on top of the runtime catalogue. */
  userClasses(): ClassEntry[] {
    return [...this.#classes.values()].filter((entry) => this.data.classes[entry.name] !== entry);
  }

  /** The class named `name`, if known. */
  classNamed(name: string): ClassEntry | undefined {
    return this.#classes.get(name);
  }

  /** The global object named `name` (`Transcript`), if known. */
  globalNamed(name: string): GlobalEntry | undefined {
    return this.#globals.get(name);
  }

  /** The superclass chain of `name`, starting with the class itself. */
  *chain(name: string): Generator<ClassEntry> {
    const seen = new Set<string>();
    for (let entry = this.#classes.get(name); entry !== undefined; ) {
      if (seen.has(entry.name)) return;
      seen.add(entry.name);
      yield entry;
      entry = entry.superclass === null ? undefined : this.#classes.get(entry.superclass);
    }
  }

  /** Whether `name` is `ancestor` or a subclass of it. */
  inheritsFromOrIs(name: string, ancestor: string): boolean {
    for (const entry of this.chain(name)) if (entry.name === ancestor) return true;
    return false;
  }

  /** The instance-side method instances of `className` run for `selector`. */
  lookupInstance(className: string, selector: string): FoundMethod | undefined {
    for (const owner of this.chain(className)) {
      const entry = owner.instance[selector];
      if (entry !== undefined) return { entry, owner };
    }
    return undefined;
  }

  /** The class-side method `className` runs for `selector` (its statics, then the Class protocol). */
  lookupClassSide(className: string, selector: string): FoundMethod | undefined {
    for (const owner of this.chain(className)) {
      const entry = owner.classSide[selector];
      if (entry !== undefined) return { entry, owner };
    }
    return this.lookupInstance("Class", selector);
  }
}
