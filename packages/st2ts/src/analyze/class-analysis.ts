/**
 * The analysis of a program's methods as a whole: the types of instance, class and
 * class-instance variables (the join of everything any method assigns, and nil), the answer type
 * of every method, and which methods may suspend. Both are fixpoints over all methods, since a
 * send to a program method is typed and awaited by what that method (and every override of it)
 * answers: a method is async when its body may suspend; a send to a program method suspends when
 * that method or any override below the receiver's class may (design rule 1).
 *
 * The result extends the type catalogue with the program's classes (their selector tables, with
 * the member names from the class model) and keeps each method's final {@link Analysis}.
 *
 * @module
 */

import type { ExpressionNode, MethodNode, Node } from "../ast/nodes.js";
import { walk } from "../ast/walk.js";
import { maxSuspension, type TypeCatalogue } from "../catalogue/catalogue.js";
import type { ClassEntry, MethodEntry, TypeRef } from "../catalogue/types.js";
import { type Diagnostic, DiagnosticCode, diagnosticAt } from "../diagnostics.js";
import { type Analysis, analyzeUnit, type UnitContext } from "./analyzer.js";
import type { BindingKind } from "./bindings.js";
import {
  type ProgramClass,
  type ProgramMethod,
  type ProgramModel,
  programChain,
  runtimeRoot,
} from "./class-model.js";
import { instanceOf, join, NEVER, NIL, type StType, sameType, UNKNOWN } from "./types.js";

/** What the emitter needs to know about one method. */
export interface MethodInfo {
  readonly method: ProgramMethod;
  /** Its final analysis. */
  readonly analysis: Analysis;
  /** Whether it is emitted `async` (its body may suspend, or it overrides an async method). */
  readonly async: boolean;
  /**
   * Its declared answer type: the join over its family (the method and the overrides below the
   * topmost program class that defines the selector), or `any` when it overrides a runtime method.
   */
  readonly returns: StType | "any";
  /** Whether a method of its family may suspend while it is not async: it then declares `MaybePromise`. */
  readonly maybePromise: boolean;
  /**
   * Whether it may suspend only through the blocks it is given (and is not async): its body is a
   * generator driven by `rt.drive`, so it answers at once when its blocks do.
   */
  readonly generator: boolean;
  /**
   * The functions written as generators: the method itself when it is a generator, and its
   * blocks that may suspend only through the blocks the method is given.
   */
  readonly generators: ReadonlySet<Node>;
  /** The runtime method it overrides, if any. */
  readonly overridesRuntime: MethodEntry | undefined;
}

/** The synthesized class-side `new` (`basicNew` then `initialize`) of a class that has none. */
export interface NewInfo {
  /** Whether `initialize` may suspend for some instance of the class (or a subclass). */
  readonly suspends: boolean;
}

/** The analysed program. */
export interface ClassAnalysis {
  readonly model: ProgramModel;
  /** The runtime catalogue with the program's classes (and its extensions of runtime classes). */
  readonly catalogue: TypeCatalogue;
  /** Every method of the program. */
  readonly methods: ReadonlyMap<ProgramMethod, MethodInfo>;
  /** The type of each variable, by the class that declares it (class-instance variables: the topmost one). */
  readonly variableTypes: ReadonlyMap<ProgramClass, ReadonlyMap<string, StType>>;
  /** The classes that get a synthesized `static new()`. */
  readonly news: ReadonlyMap<ProgramClass, NewInfo>;
  /** Problems found in the methods, and ST2206 warnings (not the model's). */
  readonly diagnostics: readonly Diagnostic[];
}

const MAX_ITERATIONS = 12;

/**
 * The argument types of methods that override these runtime methods: the runtime always passes
 * them a WriteStream (`printString`, `storeString`, `print:`), so their sends to it are typed
 * (and do not suspend, as the runtime's callers expect).
 */
const ARGUMENT_CONVENTIONS: Readonly<Record<string, readonly StType[]>> = {
  "printOn:": [instanceOf("WriteStream")],
  "storeOn:": [instanceOf("WriteStream")],
};

/** The selector of the synthesized class-side method. */
const NEW = "new";

/** The catalogue's TypeRef for an inferred type. */
function typeRef(type: StType): TypeRef {
  switch (type.kind) {
    case "never":
      return { kind: "union", members: [] };
    case "unknown":
      return { kind: "unknown" };
    case "instance":
    case "class":
      return { kind: type.kind, className: type.className };
    case "union":
      return { kind: "union", members: type.members.map(typeRef) };
  }
}

/** The type a read of a variable has once something may have been assigned to it: the value's, or nil. */
function readType(assigned: StType): StType {
  return assigned.kind === "never" ? NEVER : join(assigned, NIL);
}

/** Analyses all methods of `model` against `catalogue` (the runtime's). */
export function analyzeProgram(
  model: ProgramModel,
  catalogue: TypeCatalogue,
  dialect: "squeak" | "pharo",
): ClassAnalysis {
  return new ProgramAnalyzer(model, catalogue, dialect).run();
}

/** The variables a method sees, where they are declared, and how its code reaches them. */
interface Visible {
  readonly kind: BindingKind;
  readonly name: string;
  /** The class whose type map holds the variable. */
  readonly holder: ProgramClass;
  readonly tsName: string;
}

class ProgramAnalyzer {
  readonly #model: ProgramModel;
  readonly #runtime: TypeCatalogue;
  readonly #dialect: "squeak" | "pharo";
  /** Assigned types, by holder class and variable. */
  readonly #assigned = new Map<ProgramClass, Map<string, StType>>();
  readonly #returns = new Map<ProgramMethod, StType>();
  /** The methods whose bodies may suspend. */
  readonly #suspends = new Set<ProgramMethod>();
  /** Those of them that may suspend other than through the blocks they are given. */
  readonly #fully = new Set<ProgramMethod>();
  readonly #analyses = new Map<ProgramMethod, Analysis>();
  readonly #visible = new Map<ProgramMethod, readonly Visible[]>();
  readonly #methods: readonly ProgramMethod[];
  /** The selectors of the program's methods. */
  readonly #selectors: ReadonlySet<string>;
  #catalogue: TypeCatalogue;
  /**
   * Once the types have converged: a variable nothing assigns reads as nil, an argument no send
   * passes is anything (before, they have no type yet).
   */
  #typesKnown = false;
  /** The types the program's sends pass, by selector and argument. */
  readonly #passed = new Map<string, StType[]>();
  /** Whether some `perform:` has a selector that is not a literal: then any method may get anything. */
  #performsAnything = false;
  #doItAnalyses: readonly Analysis[] = [];

  constructor(model: ProgramModel, catalogue: TypeCatalogue, dialect: "squeak" | "pharo") {
    this.#model = model;
    this.#runtime = catalogue;
    this.#catalogue = catalogue;
    this.#dialect = dialect;
    this.#methods = [...model.runtimeExtensions, ...model.classes.flatMap((cls) => cls.methods)];
    this.#selectors = new Set(this.#methods.map((method) => method.selector));
    for (const cls of model.classes) this.#assigned.set(cls, new Map());
    for (const method of this.#methods) this.#returns.set(method, NEVER);
  }

  run(): ClassAnalysis {
    // Types first (suspension does not change them), then suspension with the types fixed.
    for (let iteration = 0; ; iteration += 1) {
      const widen = iteration >= MAX_ITERATIONS;
      this.#analyzeAll();
      if (this.#learnTypes(widen) && !widen) continue;
      // Converged: what nothing assigned is nil, what nothing passed is anything; then again.
      if (this.#typesKnown) break;
      this.#typesKnown = true;
    }
    for (;;) {
      this.#analyzeAll();
      if (!this.#learnSuspension()) break;
    }
    const methods = new Map<ProgramMethod, MethodInfo>();
    const diagnostics: Diagnostic[] = [];
    for (const method of this.#methods) {
      const info = this.#methodInfo(method);
      methods.set(method, info);
      diagnostics.push(...info.analysis.diagnostics);
      if (info.overridesRuntime?.suspends === "never" && (info.async || info.generator)) {
        diagnostics.push(
          diagnosticAt(
            method.definition.method.span,
            DiagnosticCode.SuspendingOverride,
            "warning",
            `${method.className}>>${method.selector} may suspend, but it overrides a runtime method that answers at once; callers in the runtime do not wait for it`,
          ),
        );
      }
    }
    const variableTypes = new Map<ProgramClass, Map<string, StType>>();
    for (const [cls, types] of this.#assigned) {
      const finals = new Map<string, StType>();
      for (const name of this.#declaredBy(cls)) finals.set(name, join(types.get(name) ?? NEVER, NIL));
      variableTypes.set(cls, finals);
    }
    return {
      model: this.#model,
      catalogue: this.#catalogue,
      methods,
      variableTypes,
      news: this.#news(),
      diagnostics,
    };
  }

  // ---- Catalogue ------------------------------------------------------------------------------

  /** The program classes and extended runtime classes as catalogue entries, from what is known now. */
  #entries(): ClassEntry[] {
    const entries: ClassEntry[] = [];
    const news = this.#news();
    for (const cls of this.#model.classes) {
      const instance: Record<string, MethodEntry> = {};
      const classSide: Record<string, MethodEntry> = {};
      for (const method of cls.methods)
        (method.classSide ? classSide : instance)[method.selector] = this.#entry(method);
      const synthesized = news.get(cls);
      if (synthesized !== undefined) {
        classSide[NEW] = {
          selector: "new",
          name: "new",
          params: [],
          returns: typeRef(instanceOf(cls.name)),
          suspends: synthesized.suspends ? "maybe" : "never",
        };
      }
      entries.push({
        name: cls.name,
        module: `program:${cls.name}`,
        exportName: cls.name,
        superclass: cls.superclass,
        instance,
        classSide,
      });
    }
    const extended = new Map<
      string,
      { instance: Record<string, MethodEntry>; classSide: Record<string, MethodEntry> }
    >();
    for (const method of this.#model.runtimeExtensions) {
      let tables = extended.get(method.className);
      if (tables === undefined) {
        const base = this.#runtime.classNamed(method.className)!;
        tables = { instance: { ...base.instance }, classSide: { ...base.classSide } };
        extended.set(method.className, tables);
      }
      (method.classSide ? tables.classSide : tables.instance)[method.selector] = this.#entry(method);
    }
    for (const [name, tables] of extended) entries.push({ ...this.#runtime.classNamed(name)!, ...tables });
    return entries;
  }

  /** The catalogue entry of `method` as callers see it. */
  #entry(method: ProgramMethod): MethodEntry {
    const family = this.#family(method);
    const overridden = this.#overriddenRuntime(method);
    const suspends = family.some((member) => this.#fully.has(member))
      ? "maybe"
      : family.some((member) => this.#suspends.has(member))
        ? "blocks"
        : "never";
    const returns = family.reduce<StType>(
      (joined, member) => join(joined, this.#returns.get(member)!),
      NEVER,
    );
    return {
      selector: method.selector,
      name: method.name,
      params: this.#argumentTypes(method).map(typeRef),
      returns: overridden?.returns ?? typeRef(returns),
      suspends: overridden === undefined ? suspends : maxSuspension(overridden.suspends, suspends),
      ...(method.extension ? { dispatched: true } : {}),
    };
  }

  // ---- Families and overrides -----------------------------------------------------------------

  /** The program class of a class method (undefined for runtime extensions). */
  #classOf(method: ProgramMethod): ProgramClass | undefined {
    return this.#model.classNamed.get(method.className);
  }

  /** The method of the same selector and side in the nearest program superclass, if it is a member. */
  #overriddenProgram(method: ProgramMethod): ProgramMethod | undefined {
    const cls = this.#classOf(method);
    if (cls === undefined || method.extension) return undefined;
    for (const ancestor of programChain(cls, this.#model).slice(1)) {
      const found = ancestor.methods.find(
        (each) => each.selector === method.selector && each.classSide === method.classSide && !each.extension,
      );
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** The runtime method (of the class's runtime superclasses) that `method` overrides, if any. */
  #overriddenRuntime(method: ProgramMethod): MethodEntry | undefined {
    const cls = this.#classOf(method);
    if (cls === undefined || method.extension) return undefined;
    // The class side overrides static members only (not the Class protocol every class answers).
    for (const entry of this.#runtime.chain(runtimeRoot(cls, this.#model))) {
      const found = (method.classSide ? entry.classSide : entry.instance)[method.selector];
      if (found !== undefined) return found.dispatched === true ? undefined : found;
    }
    return undefined;
  }

  /** The topmost program method of `method`'s selector and side that `method` (transitively) overrides. */
  #root(method: ProgramMethod): ProgramMethod {
    let root = method;
    for (let up = this.#overriddenProgram(method); up !== undefined; up = this.#overriddenProgram(up))
      root = up;
    return root;
  }

  /** `method`'s family: its root and every override of the root in the program. */
  #family(method: ProgramMethod): ProgramMethod[] {
    if (method.extension || this.#classOf(method) === undefined) return [method];
    const root = this.#root(method);
    return this.#methods.filter(
      (each) =>
        each === root ||
        (each.selector === root.selector &&
          each.classSide === root.classSide &&
          !each.extension &&
          this.#classOf(each) !== undefined &&
          this.#root(each) === root),
    );
  }

  /**
   * The types of `method`'s arguments: what the program's sends (in methods and do-its) of its selector pass;
   * anything for a method that overrides a runtime method (the runtime may pass anything; a few
   * conventions aside) or when some `perform:` may call any method.
   */
  #argumentTypes(method: ProgramMethod): readonly StType[] {
    const count = method.definition.method.params.length;
    if (count === 0) return [];
    const convention = ARGUMENT_CONVENTIONS[method.selector];
    const overridesRuntime = this.#overriddenRuntime(this.#root(method)) !== undefined;
    if (overridesRuntime) return Array.from({ length: count }, (_, index) => convention?.[index] ?? UNKNOWN);
    const passed = this.#passed.get(method.selector) ?? [];
    return Array.from({ length: count }, (_, index) => {
      const type = passed[index] ?? NEVER;
      if (this.#performsAnything) return UNKNOWN;
      return type.kind === "never" && this.#typesKnown ? UNKNOWN : type;
    });
  }

  /** Records the argument types of the sends in `analysis` that may reach a program method. */
  #learnArguments(analysis: Analysis, grow: (previous: StType, next: StType) => StType): void {
    for (const [node, plan] of analysis.planOf) {
      if (plan.kind !== "direct" && plan.kind !== "primitive" && plan.kind !== "dynamic") continue;
      let selector = node.selector;
      let args = node.args;
      if (/^perform:(with:)*$/.test(selector)) {
        const [first, ...rest] = args;
        if (first === undefined || first.kind !== "Literal" || first.type !== "symbol") {
          this.#performsAnything = true;
          continue;
        }
        selector = first.value;
        args = rest;
      } else if (selector === "perform:withArguments:") {
        this.#performsAnything = true;
        continue;
      }
      if (!this.#selectors.has(selector)) continue;
      const passed = this.#passed.get(selector) ?? [];
      args.forEach((arg, index) => {
        passed[index] = grow(passed[index] ?? NEVER, analysis.typeOf.get(arg) ?? UNKNOWN);
      });
      this.#passed.set(selector, passed);
    }
  }

  /** Whether `method` is emitted async: its body may suspend (not only through its blocks), or a method it overrides is async. */
  #isAsync(method: ProgramMethod): boolean {
    for (
      let each: ProgramMethod | undefined = method;
      each !== undefined;
      each = this.#overriddenProgram(each)
    ) {
      if (this.#fully.has(each)) return true;
    }
    return false;
  }

  #methodInfo(method: ProgramMethod): MethodInfo {
    const family = this.#family(method);
    const overridesRuntime = this.#overriddenRuntime(this.#root(method));
    const async = this.#isAsync(method);
    const returns = family.reduce<StType>(
      (joined, member) => join(joined, this.#returns.get(member)!),
      NEVER,
    );
    const analysis = this.#analyses.get(method)!;
    const generator = !async && this.#suspends.has(method);
    return {
      method,
      analysis,
      async,
      returns: overridesRuntime !== undefined ? "any" : returns.kind === "never" ? NIL : returns,
      maybePromise: !async && family.some((member) => this.#suspends.has(member)),
      generator,
      generators: this.#generators(method, analysis, generator),
      overridesRuntime,
    };
  }

  /** The functions of `method` to write as generators (see {@link MethodInfo.generators}). */
  #generators(method: ProgramMethod, analysis: Analysis, generator: boolean): Set<Node> {
    const generators = new Set<Node>(generator ? [analysis.unit] : []);
    if (method.definition.method.params.length === 0 || analysis.home.hasNonLocalReturn) return generators;
    const assumed = analyzeUnit(analysis.unit, this.#catalogue, {
      ...this.#context(method),
      argumentBlocksSync: true,
    });
    for (const [node, fn] of analysis.functions) {
      if (fn.kind === "block" && fn.suspends && assumed.functions.get(node)?.suspends === false)
        generators.add(node);
    }
    return generators;
  }

  /**
   * The classes that get a synthesized class-side `new`: those for which `new` reaches the
   * Class protocol (no class-side `new` in the program or the runtime superclasses).
   */
  #news(): Map<ProgramClass, NewInfo> {
    const news = new Map<ProgramClass, NewInfo>();
    for (const cls of this.#model.classes) {
      const chain = programChain(cls, this.#model);
      const programNew = chain.some((each) => each.methods.some((m) => m.classSide && m.selector === "new"));
      const runtimeNew = this.#runtime.lookupClassSide(runtimeRoot(cls, this.#model), "new");
      if (programNew || (runtimeNew !== undefined && runtimeNew.owner.name !== "Class")) continue;
      // `new` is declared once per hierarchy shape: async when any subclass's initialize may suspend.
      const below = this.#model.classes.filter((each) => programChain(each, this.#model).includes(cls));
      const suspends = below.some((each) => this.#initializeSuspends(each));
      news.set(cls, { suspends });
    }
    return news;
  }

  /** Whether `initialize` may suspend for instances of `cls` (Object's own initialize does not). */
  #initializeSuspends(cls: ProgramClass): boolean {
    for (const each of programChain(cls, this.#model)) {
      const method = each.methods.find((m) => !m.classSide && m.selector === "initialize" && !m.extension);
      if (method !== undefined) return this.#family(method).some((member) => this.#fully.has(member));
    }
    const found = this.#runtime.lookupInstance(runtimeRoot(cls, this.#model), "initialize");
    return found !== undefined && found.owner.name !== "Object" && found.entry.suspends !== "never";
  }

  // ---- Variables ------------------------------------------------------------------------------

  /** The variables `cls` declares (instance, class, and class-instance variables it is the topmost holder of). */
  #declaredBy(cls: ProgramClass): string[] {
    const names = [...cls.instanceVariables, ...cls.classVariables];
    for (const variable of cls.classInstanceVariables) {
      if (this.#classInstanceHolder(cls, variable) === cls) names.push(variable);
    }
    return names;
  }

  /** The topmost class of `cls`'s chain that declares the class-instance variable `name`. */
  #classInstanceHolder(cls: ProgramClass, name: string): ProgramClass {
    let holder = cls;
    for (const each of programChain(cls, this.#model))
      if (each.classInstanceVariables.includes(name)) holder = each;
    return holder;
  }

  /** The variables a method sees (none for an extension of a runtime class). */
  #visibleTo(method: ProgramMethod): readonly Visible[] {
    const known = this.#visible.get(method);
    if (known !== undefined) return known;
    const cls = this.#classOf(method);
    const visible: Visible[] = [];
    if (cls !== undefined) {
      const chain = programChain(cls, this.#model);
      for (const holder of chain) {
        for (const name of holder.classVariables) {
          visible.push({
            kind: "classVariable",
            name,
            holder,
            tsName: `${holder.name}.${holder.staticFieldNames.get(name)}`,
          });
        }
      }
      if (method.classSide) {
        for (const name of new Set(chain.flatMap((each) => each.classInstanceVariables))) {
          visible.push({
            kind: "classInstanceVariable",
            name,
            holder: this.#classInstanceHolder(cls, name),
            tsName: `this.${cls.staticFieldNames.get(name)}`,
          });
        }
      } else {
        for (const holder of chain) {
          for (const name of holder.instanceVariables) {
            visible.push({
              kind: "instanceVariable",
              name,
              holder,
              tsName: `this.${holder.fieldNames.get(name)}`,
            });
          }
        }
      }
    }
    this.#visible.set(method, visible);
    return visible;
  }

  #variableType(variable: Visible): StType {
    const assigned = this.#assigned.get(variable.holder)?.get(variable.name) ?? NEVER;
    return this.#typesKnown ? join(assigned, NIL) : readType(assigned);
  }

  #context(method: ProgramMethod): UnitContext {
    const cls = this.#classOf(method);
    const visible = this.#visibleTo(method);
    const names = (kind: BindingKind) =>
      visible.filter((each) => each.kind === kind).map((each) => each.name);
    const variableInfo = new Map(
      visible.map((each) => [each.name, { tsName: each.tsName, type: this.#variableType(each) }]),
    );
    const runtimeSuper = this.#runtime.classNamed(method.className)?.superclass ?? undefined;
    return {
      dialect: this.#dialect,
      className: method.className,
      classSide: method.classSide,
      instanceVariables: names("instanceVariable"),
      classVariables: names("classVariable"),
      classInstanceVariables: names("classInstanceVariable"),
      variableInfo,
      argumentTypes: this.#argumentTypes(method),
      ...((cls?.superclass ?? runtimeSuper) === undefined
        ? {}
        : { superclassName: cls?.superclass ?? runtimeSuper! }),
    };
  }

  // ---- The fixpoints --------------------------------------------------------------------------

  #analyzeAll(): void {
    this.#catalogue = this.#runtime.withClasses(this.#entries());
    for (const method of this.#methods) {
      this.#analyses.set(
        method,
        analyzeUnit(method.definition.method, this.#catalogue, this.#context(method)),
      );
    }
    // The do-its too: what their sends pass to the program's methods counts.
    this.#doItAnalyses = [...this.#model.doIts.values()].flatMap((doIts) => {
      const workspace = new Map();
      return doIts.map((doIt) => analyzeUnit(doIt, this.#catalogue, { dialect: this.#dialect, workspace }));
    });
  }

  /** Updates variable and answer types from the analyses; answers whether any changed. */
  #learnTypes(widen: boolean): boolean {
    let changed = false;
    const grow = (previous: StType, next: StType): StType => {
      const joined = join(previous, next);
      if (sameType(joined, previous)) return previous;
      changed = true;
      return widen ? UNKNOWN : joined;
    };
    for (const analysis of this.#doItAnalyses) this.#learnArguments(analysis, grow);
    for (const method of this.#methods) {
      const analysis = this.#analyses.get(method)!;
      this.#learnArguments(analysis, grow);
      this.#returns.set(method, grow(this.#returns.get(method)!, answerType(analysis, method)));
      const visible = this.#visibleTo(method);
      for (const [variable, binding] of analysis.bindingOf) {
        if (
          binding.kind !== "instanceVariable" &&
          binding.kind !== "classVariable" &&
          binding.kind !== "classInstanceVariable"
        )
          continue;
        const holder = visible.find((each) => each.name === binding.name)?.holder;
        if (holder === undefined) continue;
        const types = this.#assigned.get(holder)!;
        for (const assignment of binding.assignments) {
          if (assignment.variable !== variable) continue;
          const value = analysis.typeOf.get(assignment.value) ?? UNKNOWN;
          types.set(binding.name, grow(types.get(binding.name) ?? NEVER, value));
        }
      }
    }
    return changed;
  }

  /**
   * Marks the methods whose bodies may suspend, and those that may other than through the
   * blocks they are given (analysed again taking their arguments for blocks that do not
   * suspend); answers whether any was added. A method with `^` in a block is not a generator.
   */
  #learnSuspension(): boolean {
    let changed = false;
    for (const method of this.#methods) {
      const analysis = this.#analyses.get(method)!;
      if (!analysis.home.suspends) continue;
      if (!this.#suspends.has(method)) {
        this.#suspends.add(method);
        changed = true;
      }
      if (this.#fully.has(method)) continue;
      const fully =
        analysis.home.hasNonLocalReturn ||
        method.definition.method.params.length === 0 ||
        analyzeUnit(method.definition.method, this.#catalogue, {
          ...this.#context(method),
          argumentBlocksSync: true,
        }).home.suspends;
      if (fully) {
        this.#fully.add(method);
        changed = true;
      }
    }
    return changed;
  }
}

/** What a method answers: the values of its `^` statements (in blocks too), and self when its end is reachable. */
function answerType(analysis: Analysis, method: ProgramMethod): StType {
  const node = analysis.unit as MethodNode;
  let type: StType = NEVER;
  walk(node, (each) => {
    if (each.kind === "Return")
      type = join(type, analysis.typeOf.get(each.value as ExpressionNode) ?? UNKNOWN);
    return true;
  });
  const last = node.statements[node.statements.length - 1];
  if (last === undefined || last.kind !== "Return") {
    type = join(
      type,
      method.classSide ? { kind: "class", className: method.className } : instanceOf(method.className),
    );
  }
  return type;
}
