/**
 * The type catalogue: what st2ts knows about the runtime packages' classes, read from their
 * `.d.ts` files at build time (design rule 8) and shipped as JSON. The transpiler never starts a
 * TypeScript type checker; it looks selectors up here.
 *
 * @module
 */

/** A type as the transpiler reasons about it (normalised from the TypeScript declarations). */
export type TypeRef =
  | { readonly kind: "unknown" }
  | { readonly kind: "void" }
  | { readonly kind: "nil" }
  | { readonly kind: "boolean" }
  | { readonly kind: "number" }
  | { readonly kind: "bigint" }
  | { readonly kind: "string" }
  | { readonly kind: "block" }
  | { readonly kind: "array" }
  | { readonly kind: "bytes" }
  | { readonly kind: "instance"; readonly className: string }
  | { readonly kind: "class"; readonly className: string }
  | { readonly kind: "union"; readonly members: readonly TypeRef[] };

/**
 * Whether calling a method may suspend the calling process: `never`; `always` (it answers a
 * Promise); `maybe` (it answers a value or a Promise: the caller must await it); or `blocks` (it
 * answers a value or a Promise only because it evaluates block arguments: it suspends exactly
 * when one of the blocks passed to it may suspend).
 */
export type Suspension = "never" | "always" | "maybe" | "blocks";

/** One method of a catalogued class. */
export interface MethodEntry {
  /** The Smalltalk selector (`connectTo:port:`). */
  readonly selector: string;
  /** The TypeScript member name (`connectToPort`). */
  readonly name: string;
  /** The parameter types, one per selector argument. */
  readonly params: readonly TypeRef[];
  /** The answer's type (after awaiting, when the method suspends). */
  readonly returns: TypeRef;
  /** Whether the method may suspend. */
  readonly suspends: Suspension;
  /**
   * The method is not a member of the class's TypeScript declaration (an extension method added
   * with `extendClass`): calls go through `rt.send`.
   */
  readonly dispatched?: boolean;
}

/** A Smalltalk class that a runtime package exports. */
export interface ClassEntry {
  /** The Smalltalk class name (`Socket`, `Error`). */
  readonly name: string;
  /** The package that exports it. */
  readonly module: string;
  /** The export's name (`Socket`, `StError`). */
  readonly exportName: string;
  /** The Smalltalk superclass name, or null for Object. */
  readonly superclass: string | null;
  /** How many type parameters the TypeScript class has (they are given as `unknown`). */
  readonly typeParameters?: number;
  /** Instance-side methods by selector (own methods only; look up the chain for inherited ones). */
  readonly instance: Readonly<Record<string, MethodEntry>>;
  /** Class-side methods by selector (own static methods only). */
  readonly classSide: Readonly<Record<string, MethodEntry>>;
  /**
   * The instance-side names the TypeScript class declares besides its selector methods (fields,
   * internal `$` members, accessors): a generated subclass must not reuse them.
   */
  readonly reserved?: readonly string[];
  /** The static names the class declares besides its class-side selector methods (`$stName`, `$category`, ...). */
  readonly reservedStatic?: readonly string[];
  /**
   * True when the JavaScript superclass is not the Smalltalk superclass (`Exception` extends
   * JavaScript's `Error`): the superclass's methods are then not inherited members.
   */
  readonly detached?: boolean;
}

/** A Smalltalk global that is an object, not a class (`Transcript`, `Processor`). */
export interface GlobalEntry {
  /** The Smalltalk name. */
  readonly name: string;
  /** The package that exports it. */
  readonly module: string;
  /** The export's name. */
  readonly exportName: string;
  /** The Smalltalk class of the object. */
  readonly className: string;
}

/** The whole catalogue. */
export interface Catalogue {
  /** The packages read, with their versions. */
  readonly packages: Readonly<Record<string, string>>;
  /** Every Smalltalk class, by Smalltalk name. */
  readonly classes: Readonly<Record<string, ClassEntry>>;
  /** Every global object, by Smalltalk name. */
  readonly globals: Readonly<Record<string, GlobalEntry>>;
}
