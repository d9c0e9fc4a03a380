/**
 * Variables and the scopes that declare them.
 *
 * @module
 */

import type {
  AssignmentNode,
  BlockNode,
  DoItNode,
  MethodNode,
  SourceSpan,
  VariableNode,
} from "../ast/nodes.js";
import type { ClassEntry, GlobalEntry } from "../catalogue/types.js";
import { NEVER, type StType } from "./types.js";

/** What a name refers to. */
export type BindingKind =
  /** A do-it's or method's declared temporary. */
  | "temporary"
  /** A method argument (read-only). */
  | "argument"
  /** A block parameter (read-only). */
  | "blockParameter"
  /** A block's declared temporary. */
  | "blockTemporary"
  /** An undeclared lowercase name in a do-it: auto-declared, as a Workspace does. */
  | "workspace"
  /** An instance variable of the method's class. */
  | "instanceVariable"
  /** A class variable, shared by the class and its subclasses. */
  | "classVariable"
  /** A class-side instance variable (one per class). */
  | "classInstanceVariable"
  /** A class (from the runtime packages or the program). */
  | "class"
  /** A global object (`Transcript`, `Processor`). */
  | "global"
  /** `self`, `super` or `thisContext`. */
  | "pseudo";

/** A function that generated code has: a do-it, a method, or a block that is not inlined. */
export interface FunctionInfo {
  readonly kind: "doIt" | "method" | "block";
  readonly node: DoItNode | MethodNode | BlockNode;
  /** The function this one is nested in (undefined for do-its and methods). */
  readonly parent: FunctionInfo | undefined;
  /** The do-it or method this function belongs to (itself for those). */
  readonly home: FunctionInfo;
  /** Whether the function may suspend (it is emitted `async` and awaited). */
  suspends: boolean;
  /** Whether a block inside it (transitively) contains `^` (only set on homes). */
  hasNonLocalReturn: boolean;
}

/** A variable (or constant name) and everything st2ts learns about it. */
export interface Binding {
  /** The Smalltalk name. */
  readonly name: string;
  /** What it is. */
  readonly kind: BindingKind;
  /** The function that declares it (undefined for module-level names). */
  readonly owner: FunctionInfo | undefined;
  /** Where it is declared (undefined for auto-declared and global names). */
  readonly declaration: SourceSpan | undefined;
  /** The identifier in generated code. */
  tsName: string;
  /** Its inferred type (the join of everything assigned to it, nil included when read unassigned). */
  type: StType;
  /** Whether some read may happen before any assignment (then it is declared `T | null`). */
  nullable: boolean;
  /**
   * Whether it is an inlined `ifNotNil: [:v | ...]` parameter: assigned the receiver, nil
   * included, and only read where TypeScript's test narrows it (declared `T | null`).
   */
  narrowedByTest: boolean;
  /** Its assignments. */
  readonly assignments: AssignmentNode[];
  /** Its reads. */
  readonly reads: VariableNode[];
  /** For classes: the catalogue entry. */
  readonly classEntry: ClassEntry | undefined;
  /** For global objects: the catalogue entry. */
  readonly globalEntry: GlobalEntry | undefined;
}

/** A new binding with nothing learnt yet. */
export function newBinding(
  name: string,
  kind: BindingKind,
  owner: FunctionInfo | undefined,
  declaration: SourceSpan | undefined,
  entries: { classEntry?: ClassEntry; globalEntry?: GlobalEntry } = {},
): Binding {
  return {
    name,
    kind,
    owner,
    declaration,
    tsName: name,
    type: NEVER,
    nullable: false,
    narrowedByTest: false,
    assignments: [],
    reads: [],
    classEntry: entries.classEntry,
    globalEntry: entries.globalEntry,
  };
}

/** A lexical scope: a function's, or an inlined block's inside it. */
export class Scope {
  readonly #names = new Map<string, Binding>();
  /** The function the scope belongs to (undefined for the module scope). */
  readonly owner: FunctionInfo | undefined;
  /** The enclosing scope. */
  readonly parent: Scope | undefined;

  /** A scope of `owner` inside `parent`. */
  constructor(owner: FunctionInfo | undefined, parent: Scope | undefined) {
    this.owner = owner;
    this.parent = parent;
  }

  /** Declares `binding` here; answers the binding it shadows in this same scope, if any. */
  declare(binding: Binding): Binding | undefined {
    const previous = this.#names.get(binding.name);
    this.#names.set(binding.name, binding);
    return previous;
  }

  /** The binding `name` refers to from this scope, searching outwards. */
  lookup(name: string): Binding | undefined {
    for (let scope: Scope | undefined = this; scope !== undefined; scope = scope.parent) {
      const found = scope.#names.get(name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** The bindings declared in this scope. */
  bindings(): Binding[] {
    return [...this.#names.values()];
  }
}
