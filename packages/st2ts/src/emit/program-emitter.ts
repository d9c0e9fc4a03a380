/**
 * Emits a Smalltalk program (files that define classes, or a fileIn with do-its) as a set of
 * ES modules, one per source file, plus an entry module when there is more than one.
 *
 * The module layout rule (ESM cycles, design conventions):
 *
 * - Modules load in an order where every module comes after the modules defining the
 *   superclasses of its classes and the classes it extends; modules with do-its only come last.
 *   Files whose classes inherit from each other's classes cannot be ordered (ST2204).
 * - A module imports (as values) only modules earlier in that order. A class of a later module
 *   (a subclass, or any class the order puts later) is reached when used, through the registry:
 *   `(rt.requireClass("Foo") as typeof Foo)`, with an `import type` for its type. So every
 *   `extends` finds its superclass evaluated, and cycles between classes (A refers to B, B to A)
 *   cost nothing at load time.
 * - The entry module (`index.ts`) imports every module in that order, re-exports the classes,
 *   and exports `initializeClasses()` (the class-side `initialize` of each class that defines
 *   one, superclasses first, once; classes a do-it initializes are left to it) and `main()`
 *   (`initializeClasses()`, then each file's do-its in file order). A single file needs no
 *   entry module: it exports both itself.
 *
 * @module
 */

import { posix } from "node:path";
import { analyzeProgram, type ClassAnalysis } from "../analyze/class-analysis.js";
import {
  buildProgram,
  type ProgramClass,
  type ProgramMethod,
  type ProgramModel,
  type ProgramSource,
} from "../analyze/class-model.js";
import type { SendNode } from "../ast/nodes.js";
import type { DoItUnit } from "../ast/units.js";
import { walk } from "../ast/walk.js";
import type { TypeCatalogue } from "../catalogue/catalogue.js";
import type { ClassEntry } from "../catalogue/types.js";
import { type Diagnostic, DiagnosticCode, diagnosticAt, hasErrors } from "../diagnostics.js";
import { ClassEmitter, programModule } from "./class-emitter.js";
import type { SourceMapV3 } from "./code-writer.js";
import type { Imports } from "./imports.js";
import { emitModule } from "./module-emitter.js";
import { RESERVED_IDENTIFIERS } from "./names.js";
import type { ModuleState } from "./unit-emitter.js";

/** One source file of a program and where its module goes. */
export interface ProgramFile extends ProgramSource {
  /** The generated module's path relative to the output root (posix, `.ts`). */
  readonly outFile: string;
  /** How the module refers to its source (banner and source map). */
  readonly sourceName: string;
}

/** Options of {@link emitProgram}. */
export interface ProgramOptions {
  readonly dialect: "squeak" | "pharo";
  readonly catalogue: TypeCatalogue;
  /** TypeScript (the default) or plain JavaScript. */
  readonly typescript?: boolean;
  /** Rewrites the runtime packages' names in imports. */
  readonly moduleSpecifier?: (module: string) => string;
  /** The entry module's path relative to the output root (default `index.ts`). */
  readonly entryFile?: string;
}

/** One generated module. */
export interface GeneratedModule {
  /** Its path relative to the output root. */
  readonly outFile: string;
  /** The code. */
  readonly code: string;
  /** The source map back to the Smalltalk file (none for the entry module). */
  readonly map: SourceMapV3 | undefined;
  /** The Smalltalk file it comes from (none for the entry module). */
  readonly fileName: string | undefined;
}

/** What {@link emitProgram} answers. */
export interface ProgramOutput {
  /** The modules, in load order, the entry module last; empty when there are errors. */
  readonly modules: readonly GeneratedModule[];
  /** The path of the module to import or run (the entry module, or the only module). */
  readonly entry: string | undefined;
  /** Errors and warnings. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The plan of one module. */
interface ModulePlan {
  readonly file: ProgramFile;
  readonly classes: readonly ProgramClass[];
  /** Extension methods written in this file, by extended class, in order. */
  readonly extensions: ReadonlyMap<string, readonly ProgramMethod[]>;
  readonly doIts: readonly DoItUnit[];
}

const ENTRY = "program:index";

/**
 * Emits the modules of a program whose files are read: builds and analyses its classes, orders
 * the modules, and writes each one and the entry module (see the module comment).
 */
export function emitProgram(files: readonly ProgramFile[], options: ProgramOptions): ProgramOutput {
  const model = buildProgram(files, options.catalogue);
  const diagnostics: Diagnostic[] = [
    ...model.diagnostics,
    ...classNameClashes(model),
    ...superInExtensions(model),
  ];
  if (hasErrors(diagnostics)) return { modules: [], entry: undefined, diagnostics };
  const analysis = analyzeProgram(model, options.catalogue, options.dialect);
  diagnostics.push(...analysis.diagnostics);
  if (hasErrors(diagnostics)) return { modules: [], entry: undefined, diagnostics };
  const plans = modulePlans(files, model);
  const ordered = loadOrder(plans, diagnostics);
  if (hasErrors(diagnostics)) return { modules: [], entry: undefined, diagnostics };
  const typescript = options.typescript ?? true;
  const entryFile = options.entryFile ?? "index.ts";
  const single = ordered.length <= 1;
  const moduleOf = new Map<string, string>();
  for (const plan of ordered)
    for (const cls of plan.classes) moduleOf.set(programModule(cls.name), plan.file.outFile);
  moduleOf.set(ENTRY, entryFile);
  const explicit = explicitlyInitialized(model);
  const initialized = model.classes.filter(
    (cls) =>
      !explicit.has(cls.name) &&
      cls.methods.some((m) => m.classSide && m.selector === "initialize" && !m.extension),
  );
  const modules: GeneratedModule[] = [];
  const earlier = new Set<string>();
  for (const plan of ordered) {
    const from = plan.file.outFile;
    const specifier = (module: string) => {
      const target = moduleOf.get(module);
      if (target === undefined) return options.moduleSpecifier?.(module) ?? module;
      const relative = posix.relative(posix.dirname(from), target).replace(/\.ts$/, ".js");
      return relative.startsWith(".") ? relative : `./${relative}`;
    };
    const local = new Set(plan.classes.map((cls) => cls.name));
    const output = emitModule({
      doIts: plan.doIts,
      sourceText: plan.file.text,
      sourceName: plan.file.sourceName,
      outFile: posix.basename(from),
      dialect: options.dialect,
      catalogue: analysis.catalogue,
      typescript,
      moduleSpecifier: specifier,
      declarations: {
        localClasses: local,
        classReference: (entry, imports) => lazyReference(entry, imports, model, local, earlier, typescript),
        write: (state) => writeDeclarations(plan, analysis, state, single, initialized),
        entryPoint: single || plan.doIts.length > 0,
      },
    });
    diagnostics.push(...output.diagnostics);
    if (output.code === undefined) continue;
    modules.push({ outFile: from, code: output.code, map: output.map, fileName: plan.file.fileName });
    for (const cls of plan.classes) earlier.add(cls.name);
  }
  if (hasErrors(diagnostics)) return { modules: [], entry: undefined, diagnostics };
  if (single) return { modules, entry: modules[0]?.outFile, diagnostics };
  modules.push({
    outFile: entryFile,
    code: entryModule(ordered, initialized, entryFile, typescript, options.moduleSpecifier),
    map: undefined,
    fileName: undefined,
  });
  return { modules, entry: entryFile, diagnostics };
}

/** Errors for program classes whose names generated code cannot use for a class (`Object`, `Promise`...). */
function classNameClashes(model: ProgramModel): Diagnostic[] {
  return model.classes
    .filter((cls) => RESERVED_IDENTIFIERS.has(cls.name) || cls.name === "rt")
    .map((cls) =>
      diagnosticAt(
        cls.definition.span,
        DiagnosticCode.UnsupportedClassDefinition,
        "error",
        `a class named ${cls.name} would hide the JavaScript global generated code uses; rename it`,
      ),
    );
}

/** Errors for `super` in methods written with `extendClass` (their `super` is not the class's superclass). */
function superInExtensions(model: ProgramModel): Diagnostic[] {
  const methods = [
    ...model.runtimeExtensions,
    ...model.classes.flatMap((cls) => cls.methods.filter((m) => m.extension)),
  ];
  const found: Diagnostic[] = [];
  for (const method of methods) {
    walk(method.definition.method, (node) => {
      if (node.kind === "Variable" && node.name === "super") {
        found.push(
          diagnosticAt(
            node.span,
            DiagnosticCode.UnresolvedSuperSend,
            "error",
            `super in ${method.className}>>${method.selector}, a method written outside its class's definition, is not supported`,
          ),
        );
      }
      return true;
    });
  }
  return found;
}

/** The classes that a do-it sends `initialize` to (`Foo initialize`): their do-it initializes them. */
function explicitlyInitialized(model: ProgramModel): Set<string> {
  const names = new Set<string>();
  for (const doIts of model.doIts.values()) {
    for (const doIt of doIts) {
      walk(doIt, (node) => {
        const send = node as SendNode;
        if (node.kind === "Send" && send.selector === "initialize" && send.receiver.kind === "Variable")
          names.add(send.receiver.name);
        return true;
      });
    }
  }
  return names;
}

/** The plan of each file that has something to emit, in file order. */
function modulePlans(files: readonly ProgramFile[], model: ProgramModel): ModulePlan[] {
  const plans: ModulePlan[] = [];
  for (const file of files) {
    const classes = model.classes.filter((cls) => cls.source === file);
    const extensions = new Map<string, ProgramMethod[]>();
    const written = [
      ...model.runtimeExtensions,
      ...model.classes.flatMap((cls) => cls.methods.filter((method) => method.extension)),
    ].filter((method) => method.source === file);
    written.sort((a, b) => a.definition.span.start - b.definition.span.start);
    for (const method of written) {
      const list = extensions.get(method.className) ?? [];
      list.push(method);
      extensions.set(method.className, list);
    }
    const doIts = model.doIts.get(file) ?? [];
    if (classes.length > 0 || extensions.size > 0 || doIts.length > 0)
      plans.push({ file, classes, extensions, doIts });
  }
  return plans;
}

/** The modules in load order (see the module comment); reports a cycle. */
function loadOrder(plans: readonly ModulePlan[], diagnostics: Diagnostic[]): ModulePlan[] {
  const planOf = new Map<string, ModulePlan>();
  for (const plan of plans) for (const cls of plan.classes) planOf.set(cls.name, plan);
  const needs = (plan: ModulePlan): ModulePlan[] => {
    const names = [...plan.classes.map((cls) => cls.superclass), ...plan.extensions.keys()];
    return names
      .map((name) => planOf.get(name))
      .filter((each) => each !== undefined && each !== plan) as ModulePlan[];
  };
  const ordered: ModulePlan[] = [];
  const state = new Map<ModulePlan, "visiting" | "done">();
  const visit = (plan: ModulePlan, path: readonly ModulePlan[]): void => {
    if (state.get(plan) === "done") return;
    if (state.get(plan) === "visiting") {
      const cycle = [...path.slice(path.indexOf(plan)), plan].map((each) => each.file.fileName).join(" → ");
      const first = plan.classes[0]?.definition.span ?? plan.file.units[0]!.span;
      diagnostics.push(
        diagnosticAt(
          first,
          DiagnosticCode.ClassCycle,
          "error",
          `these files define subclasses (or extensions) of each other's classes, which ES modules cannot load: ${cycle}; move the classes into one file`,
        ),
      );
      return;
    }
    state.set(plan, "visiting");
    for (const need of needs(plan)) visit(need, [...path, plan]);
    state.set(plan, "done");
    ordered.push(plan);
  };
  const withClasses = plans.filter((plan) => plan.classes.length > 0 || plan.extensions.size > 0);
  for (const plan of withClasses) visit(plan, []);
  for (const plan of plans) if (!withClasses.includes(plan)) ordered.push(plan);
  return ordered;
}

/**
 * How a reference to a program class of a module that loads later than this one is written:
 * looked up in the registry when used (`undefined` for other classes: imported or local).
 */
function lazyReference(
  entry: ClassEntry,
  imports: Imports,
  model: ProgramModel,
  local: ReadonlySet<string>,
  earlier: ReadonlySet<string>,
  typescript: boolean,
): string | undefined {
  if (!model.classNamed.has(entry.name) || local.has(entry.name) || earlier.has(entry.name)) return undefined;
  const name = JSON.stringify(entry.name);
  if (!typescript) return `rt.requireClass(${name})`;
  return `(rt.requireClass(${name}) as typeof ${imports.use(entry.module, entry.exportName, false)})`;
}

/**
 * Writes a module's classes and extensions; answers the statements its `main` runs first. The
 * module of a single-file program is the entry point: it defines `initializeClasses()`; a
 * module with do-its in a larger program imports it from the entry module.
 */
function writeDeclarations(
  plan: ModulePlan,
  analysis: ClassAnalysis,
  state: ModuleState,
  single: boolean,
  initialized: readonly ProgramClass[],
): readonly string[] {
  for (const name of ["initializeClasses", ...plan.classes.map((cls) => cls.name)]) state.taken.add(name);
  const emitter = new ClassEmitter(analysis, state);
  for (const cls of plan.classes) emitter.writeClass(cls);
  for (const [className, methods] of plan.extensions) emitter.writeExtensions(className, methods);
  if (single) {
    if (plan.classes.length > 0) writeInitializeClasses(state, initialized);
    return initialized.length > 0 ? ["await initializeClasses();"] : [];
  }
  return plan.doIts.length === 0 ? [] : [`await ${state.imports.use(ENTRY, "initializeClasses")}();`];
}

/** Writes `initializeClasses()`: the class-side initialize methods, superclasses first, once. */
function writeInitializeClasses(state: ModuleState, classes: readonly ProgramClass[]): void {
  const { writer, typescript } = state;
  const promise = typescript ? ": Promise<void> | undefined" : "";
  writer.line(`let initialization${promise};`);
  writer.newLine();
  writer.line(
    "/** Runs the class-side `initialize` of each class that defines one, superclasses first, once (as loading a package does). */",
  );
  writer.block(`export function initializeClasses()${typescript ? ": Promise<void>" : ""}`, () => {
    writer.block(
      "initialization ??= (async () =>",
      () => {
        for (const cls of classes) {
          const method = cls.methods.find((m) => m.classSide && m.selector === "initialize")!;
          writer.line(`await ${cls.name}.${method.name}();`);
        }
      },
      ")();",
    );
    writer.line("return initialization;");
  });
  writer.newLine();
}

/** The entry module of a program of several modules. */
function entryModule(
  ordered: readonly ModulePlan[],
  initialized: readonly ProgramClass[],
  entryFile: string,
  typescript: boolean,
  moduleSpecifier: ((module: string) => string) | undefined,
): string {
  const relative = (outFile: string) => {
    const path = posix.relative(posix.dirname(entryFile), outFile).replace(/\.ts$/, ".js");
    return JSON.stringify(path.startsWith(".") ? path : `./${path}`);
  };
  const packageName = (name: string) => JSON.stringify(moduleSpecifier?.(name) ?? name);
  const lines = [
    "// Generated by st2ts: the entry module of the program. Do not edit: change the Smalltalk sources and run st2ts again.",
    `import { endProgram, isMainModule, runMain } from ${packageName("@smalltalk-sockets/process")};`,
  ];
  const classes: string[] = [];
  const mains: string[] = [];
  ordered.forEach((plan, index) => {
    const names = plan.classes.map((cls) => cls.name);
    const main = plan.doIts.length > 0 ? `main${index + 1}` : undefined;
    const imported = [...names, ...(main === undefined ? [] : [`main as ${main}`])];
    lines.push(
      imported.length === 0
        ? `import ${relative(plan.file.outFile)};`
        : `import { ${imported.join(", ")} } from ${relative(plan.file.outFile)};`,
    );
    classes.push(...names);
    if (main !== undefined) mains.push(main);
  });
  lines.push("");
  if (classes.length > 0) lines.push(`export { ${classes.join(", ")} };`, "");
  lines.push(`let initialization${typescript ? ": Promise<void> | undefined" : ""};`, "");
  lines.push(
    "/** Runs the class-side `initialize` of each class that defines one, superclasses first, once (as loading a package does). */",
    `export function initializeClasses()${typescript ? ": Promise<void>" : ""} {`,
    "  initialization ??= (async () => {",
    ...initialized.map((cls) => {
      const method = cls.methods.find((m) => m.classSide && m.selector === "initialize")!;
      return `    await ${cls.name}.${method.name}();`;
    }),
    "  })();",
    "  return initialization;",
    "}",
    "",
    "/** Loads the program (`initializeClasses`), then runs each file's do-its in file order. */",
    `export async function main()${typescript ? ": Promise<unknown>" : ""} {`,
    "  await initializeClasses();",
    ...mains.map((main, index) =>
      index === mains.length - 1 ? `  return await ${main}();` : `  await ${main}();`,
    ),
    ...(mains.length === 0 ? ["  return null;"] : []),
    "}",
    "",
    "if (isMainModule(import.meta.url)) {",
    "  void runMain(main).then(endProgram);",
    "}",
    "",
  );
  return lines.join("\n");
}
