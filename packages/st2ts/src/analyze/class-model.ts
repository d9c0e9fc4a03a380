/**
 * The classes of a Smalltalk program (one or more files): their definitions, instance, class
 * and class-instance variables, methods (instance and class side) and extension methods, in
 * load order (every superclass before its subclasses), with the TypeScript member name of every
 * selector (design rule 7, kept consistent along each hierarchy so that overrides override).
 *
 * @module
 */

import { selectorArity, selectorToName } from "@smalltalk-sockets/runtime";
import type { SourceSpan } from "../ast/nodes.js";
import type { ClassDefinition, DoItUnit, MethodDefinition, SourceUnit } from "../ast/units.js";
import type { TypeCatalogue } from "../catalogue/catalogue.js";
import { type Diagnostic, DiagnosticCode, diagnosticAt } from "../diagnostics.js";

/** One file of the program and what its reader found in it. */
export interface ProgramSource {
  /** The file's name as diagnostics and banners give it. */
  readonly fileName: string;
  /** The file's text. */
  readonly text: string;
  /** Its units, in file order. */
  readonly units: readonly SourceUnit[];
}

/** A method of the program, on a program class or on a runtime class (an extension). */
export interface ProgramMethod {
  readonly definition: MethodDefinition;
  /** The file it is written in. */
  readonly source: ProgramSource;
  /** The class it belongs to. */
  readonly className: string;
  /** Whether it is a class-side method (`static`). */
  readonly classSide: boolean;
  /** The selector. */
  readonly selector: string;
  /** The TypeScript member name (see {@link nameProgram}). */
  name: string;
  /**
   * Whether it is written outside its class's declaration, with the runtime's `extendClass`: a
   * method on a runtime class, or on a program class defined in another file.
   */
  readonly extension: boolean;
}

/** A class the program defines. */
export interface ProgramClass {
  /** The Smalltalk name. */
  readonly name: string;
  /** Its definition (the last one, when the program defines it twice). */
  readonly definition: ClassDefinition;
  /** The file that defines it. */
  readonly source: ProgramSource;
  /** The superclass's name (a program class or a runtime class). */
  readonly superclass: string;
  /** Its own instance variables. */
  readonly instanceVariables: readonly string[];
  /** Its own class variables (shared with its subclasses). */
  readonly classVariables: readonly string[];
  /** Its own class-side instance variables (one set per class). */
  classInstanceVariables: readonly string[];
  /** The class comment, if any. */
  comment: string | undefined;
  /** Its methods, both sides, extensions from other files included. */
  readonly methods: ProgramMethod[];
  /** TypeScript names of its instance variables' fields (`$socket`). */
  readonly fieldNames: Map<string, string>;
  /** TypeScript names of its class variables' and class-instance variables' static fields. */
  readonly staticFieldNames: Map<string, string>;
}

/** The whole program. */
export interface ProgramModel {
  /** The files, in the order given. */
  readonly sources: readonly ProgramSource[];
  /** The classes, in load order: superclasses first, else file order. */
  readonly classes: readonly ProgramClass[];
  /** The classes by name. */
  readonly classNamed: ReadonlyMap<string, ProgramClass>;
  /** Methods added to runtime classes, in file order. */
  readonly runtimeExtensions: readonly ProgramMethod[];
  /** The do-its of each file, in file order. */
  readonly doIts: ReadonlyMap<ProgramSource, readonly DoItUnit[]>;
  /** Problems found. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Names that JavaScript's Error gives its instances (Exception extends it). */
const ERROR_MEMBERS = ["message", "name", "stack", "cause"];

/** Static member names the runtime's class model uses. */
const CLASS_MODEL_STATICS = ["$stName", "$stSuperclass", "$category", "$selectors", "$classSelectors"];

/** Builds the program model from the read files; checks superclasses and method owners. */
export function buildProgram(sources: readonly ProgramSource[], catalogue: TypeCatalogue): ProgramModel {
  const diagnostics: Diagnostic[] = [];
  const report = (
    span: SourceSpan,
    code: Diagnostic["code"],
    severity: Diagnostic["severity"],
    text: string,
  ) => diagnostics.push(diagnosticAt(span, code, severity, text));
  const definitions = new Map<
    string,
    { definition: ClassDefinition; source: ProgramSource; order: number }
  >();
  const classInstanceVariables = new Map<string, readonly string[]>();
  const comments = new Map<string, string>();
  const methodDefinitions: { definition: MethodDefinition; source: ProgramSource }[] = [];
  const doIts = new Map<ProgramSource, DoItUnit[]>();
  let order = 0;
  for (const source of sources) {
    doIts.set(source, []);
    for (const unit of source.units) {
      switch (unit.kind) {
        case "ClassDefinition":
          if (unit.classKind === "trait") {
            report(
              unit.span,
              DiagnosticCode.UnsupportedClassDefinition,
              "error",
              `traits are not supported (${unit.name})`,
            );
          } else if (unit.superclass === null) {
            report(
              unit.span,
              DiagnosticCode.UnsupportedClassDefinition,
              "error",
              `${unit.name} has no superclass (nil subclass:); st2ts classes inherit from Object or another class`,
            );
          } else {
            if (unit.traitComposition !== undefined)
              report(
                unit.span,
                DiagnosticCode.UnsupportedClassDefinition,
                "warning",
                `the traits of ${unit.name} are ignored`,
              );
            if (unit.classKind !== "normal")
              report(
                unit.span,
                DiagnosticCode.UnsupportedClassDefinition,
                "warning",
                `${unit.name} is compiled as a class with named instance variables only (${unit.classKind} layouts are not supported)`,
              );
            definitions.set(unit.name, { definition: unit, source, order: order++ });
            if (unit.comment !== undefined) comments.set(unit.name, unit.comment);
            if (unit.classInstanceVariables.length > 0)
              classInstanceVariables.set(unit.name, unit.classInstanceVariables);
          }
          break;
        case "ClassInstanceVariables":
          classInstanceVariables.set(unit.className, unit.instanceVariables);
          break;
        case "ClassComment":
          comments.set(unit.className, unit.text);
          break;
        case "MethodDefinition":
          methodDefinitions.push({ definition: unit, source });
          break;
        case "DoIt":
          doIts.get(source)!.push(unit);
          break;
        default:
          break;
      }
    }
  }

  const classNamed = new Map<string, ProgramClass>();
  for (const [name, { definition, source }] of definitions) {
    const known =
      definitions.has(definition.superclass!) || catalogue.classNamed(definition.superclass!) !== undefined;
    if (!known) {
      report(
        definition.span,
        DiagnosticCode.UnknownGlobal,
        "error",
        `unknown superclass '${definition.superclass}' of ${name}`,
      );
      continue;
    }
    classNamed.set(name, {
      name,
      definition,
      source,
      superclass: definition.superclass!,
      instanceVariables: definition.instanceVariables,
      classVariables: definition.classVariables,
      classInstanceVariables: classInstanceVariables.get(name) ?? [],
      comment: comments.get(name),
      methods: [],
      fieldNames: new Map(),
      staticFieldNames: new Map(),
    });
  }
  for (const [name, variables] of classInstanceVariables) {
    const cls = classNamed.get(name);
    if (cls !== undefined) cls.classInstanceVariables = variables;
  }
  const classes = loadOrder(classNamed, definitions, report);

  const runtimeExtensions: ProgramMethod[] = [];
  for (const { definition, source } of methodDefinitions) {
    const owner = classNamed.get(definition.className);
    const runtimeClass = owner === undefined ? catalogue.classNamed(definition.className) : undefined;
    if (owner === undefined && runtimeClass === undefined) {
      report(
        definition.span,
        DiagnosticCode.MethodForUnknownClass,
        "error",
        `method ${definition.className}${definition.side === "class" ? " class" : ""}>>${definition.method.selector} for a class that is neither defined in the program nor known to st2ts`,
      );
      continue;
    }
    const method: ProgramMethod = {
      definition,
      source,
      className: definition.className,
      classSide: definition.side === "class",
      selector: definition.method.selector,
      name: "",
      extension: owner === undefined || owner.source !== source,
    };
    const list = owner?.methods ?? runtimeExtensions;
    const previous = list.findIndex(
      (each) => each.selector === method.selector && each.classSide === method.classSide,
    );
    if (previous >= 0) list.splice(previous, 1);
    list.push(method);
  }
  const model: ProgramModel = { sources, classes, classNamed, runtimeExtensions, doIts, diagnostics };
  nameProgram(model, catalogue, diagnostics);
  return model;
}

/** The classes in load order; reports a superclass cycle. */
function loadOrder(
  classNamed: Map<string, ProgramClass>,
  definitions: ReadonlyMap<string, { order: number }>,
  report: (
    span: SourceSpan,
    code: Diagnostic["code"],
    severity: Diagnostic["severity"],
    text: string,
  ) => void,
): ProgramClass[] {
  const ordered: ProgramClass[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (cls: ProgramClass): void => {
    if (state.get(cls.name) === "done") return;
    if (state.get(cls.name) === "visiting") {
      report(cls.definition.span, DiagnosticCode.ClassCycle, "error", `${cls.name} inherits from itself`);
      return;
    }
    state.set(cls.name, "visiting");
    const superclass = classNamed.get(cls.superclass);
    if (superclass !== undefined) visit(superclass);
    state.set(cls.name, "done");
    ordered.push(cls);
  };
  const byOrder = [...classNamed.values()].sort(
    (a, b) => definitions.get(a.name)!.order - definitions.get(b.name)!.order,
  );
  for (const cls of byOrder) visit(cls);
  return ordered;
}

/** Member names the runtime chain of `name` takes on one side, each with the selector that owns it (or null). */
function runtimeNames(
  name: string,
  classSide: boolean,
  catalogue: TypeCatalogue,
): Map<string, string | null> {
  const taken = new Map<string, string | null>();
  for (const entry of catalogue.chain(name)) {
    for (const method of Object.values(classSide ? entry.classSide : entry.instance)) {
      if (!taken.has(method.name)) taken.set(method.name, method.selector);
    }
    for (const reserved of entry.reserved ?? []) if (!taken.has(reserved)) taken.set(reserved, null);
    if (entry.detached && !classSide) for (const member of ERROR_MEMBERS) taken.set(member, null);
  }
  if (classSide) for (const member of CLASS_MODEL_STATICS) taken.set(member, null);
  return taken;
}

/** The runtime class a program class inherits from, through its program superclasses. */
export function runtimeRoot(cls: ProgramClass, model: ProgramModel): string {
  let name = cls.superclass;
  for (let superclass = model.classNamed.get(name); superclass !== undefined; ) {
    name = superclass.superclass;
    superclass = model.classNamed.get(name);
  }
  return name;
}

/** The program classes from `cls` up (itself first). */
export function programChain(cls: ProgramClass, model: ProgramModel): ProgramClass[] {
  const chain: ProgramClass[] = [];
  const seen = new Set<string>();
  for (let each: ProgramClass | undefined = cls; each !== undefined && !seen.has(each.name); ) {
    seen.add(each.name);
    chain.push(each);
    each = model.classNamed.get(each.superclass);
  }
  return chain;
}

/**
 * Gives every method its TypeScript name and every variable its field name. A selector that a
 * superclass (of the program or of the runtime) implements keeps that class's name, so the
 * method overrides it; a new selector gets the rule's name (`selectorToName`), or its `$` form
 * when a different selector of the class or a superclass has the name (unary selectors are named
 * first, so `name` keeps `name` and `name:` becomes `name$`). When both are taken, ST2201.
 */
function nameProgram(model: ProgramModel, catalogue: TypeCatalogue, diagnostics: Diagnostic[]): void {
  const byArity = (a: ProgramMethod, b: ProgramMethod) =>
    selectorArity(a.selector) - selectorArity(b.selector) || (a.selector < b.selector ? -1 : 1);
  const extensionNames = new Map<string, Map<string, string | null>>();
  for (const method of [...model.runtimeExtensions].sort(byArity)) {
    const key = `${method.className}${method.classSide ? " class" : ""}`;
    let taken = extensionNames.get(key);
    if (taken === undefined) {
      taken = runtimeNames(method.className, method.classSide, catalogue);
      extensionNames.set(key, taken);
    }
    method.name = chooseName(method, taken, diagnostics);
  }
  const namesOf = new Map<
    ProgramClass,
    { instance: Map<string, string | null>; classSide: Map<string, string | null> }
  >();
  for (const cls of model.classes) {
    const superclass = model.classNamed.get(cls.superclass);
    const inherited = superclass === undefined ? undefined : namesOf.get(superclass);
    const names = {
      instance: new Map(inherited?.instance ?? runtimeNames(cls.superclass, false, catalogue)),
      classSide: new Map(inherited?.classSide ?? runtimeNames(cls.superclass, true, catalogue)),
    };
    for (const extension of model.runtimeExtensions) {
      if (!catalogue.inheritsFromOrIs(runtimeRoot(cls, model), extension.className)) continue;
      const side = extension.classSide ? names.classSide : names.instance;
      if (!side.has(extension.name)) side.set(extension.name, extension.selector);
    }
    namesOf.set(cls, names);
    for (const method of [...cls.methods].sort(byArity)) {
      method.name = chooseName(method, method.classSide ? names.classSide : names.instance, diagnostics);
    }
    nameFields(cls, model, names, diagnostics);
  }
}

/** The member name for `method` given the names `taken` in its class (name → selector); records it. */
function chooseName(
  method: ProgramMethod,
  taken: Map<string, string | null>,
  diagnostics: Diagnostic[],
): string {
  for (const [name, selector] of taken) if (selector === method.selector) return name;
  const rule = selectorToName(method.selector, method.classSide);
  const candidates = rule.endsWith("$") ? [rule] : [rule, `${rule}$`];
  const free = candidates.find((candidate) => !taken.has(candidate));
  if (free === undefined) {
    const holders = candidates
      .map((candidate) => taken.get(candidate))
      .filter((each) => typeof each === "string");
    diagnostics.push(
      diagnosticAt(
        method.definition.method.span,
        DiagnosticCode.SelectorCollision,
        "error",
        `${method.className}${method.classSide ? " class" : ""}>>${method.selector} has no TypeScript name left: ${candidates.map((c) => `'${c}'`).join(" and ")} are taken${holders.length > 0 ? ` by ${holders.map((h) => `#${h}`).join(" and ")}` : ""}`,
      ),
    );
    return `${candidates[candidates.length - 1]}$`;
  }
  taken.set(free, method.selector);
  return free;
}

/** Field names: `$name` for each variable (`$$name` when the runtime superclass has a `$name` member). */
function nameFields(
  cls: ProgramClass,
  model: ProgramModel,
  names: { instance: Map<string, string | null>; classSide: Map<string, string | null> },
  diagnostics: Diagnostic[],
): void {
  const inheritedInstance = new Set<string>();
  const inheritedStatic = new Set<string>();
  for (const ancestor of programChain(cls, model).slice(1)) {
    for (const variable of ancestor.instanceVariables) inheritedInstance.add(variable);
    for (const variable of ancestor.classVariables) inheritedStatic.add(variable);
  }
  const field = (variable: string, taken: Map<string, string | null>) => {
    let name = `$${variable}`;
    while (taken.has(name)) name = `$${name}`;
    taken.set(name, null);
    return name;
  };
  for (const variable of cls.instanceVariables) {
    if (inheritedInstance.has(variable)) {
      diagnostics.push(
        diagnosticAt(
          cls.definition.span,
          DiagnosticCode.UnsupportedClassDefinition,
          "error",
          `${cls.name} redeclares the inherited instance variable '${variable}'`,
        ),
      );
    }
    cls.fieldNames.set(variable, field(variable, names.instance));
  }
  for (const variable of cls.classVariables) {
    if (!inheritedStatic.has(variable)) cls.staticFieldNames.set(variable, field(variable, names.classSide));
  }
  for (const ancestor of programChain(cls, model)) {
    for (const variable of ancestor.classInstanceVariables) {
      if (cls.staticFieldNames.has(variable)) continue;
      const known = ancestor === cls ? undefined : ancestor.staticFieldNames.get(variable);
      cls.staticFieldNames.set(variable, known ?? field(variable, names.classSide));
    }
  }
}
