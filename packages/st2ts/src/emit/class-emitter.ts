/**
 * Emits a program class as an exported TypeScript class (instance variables as fields, class
 * variables as statics of the declaring class, class-instance variables as statics redeclared in
 * every subclass, class-side methods as `static` methods, a synthesized `static new()`), and the
 * methods a module adds to classes defined elsewhere (`rt.extendClass`, `rt.extendClassSide`).
 * Method bodies are written by the {@link UnitEmitter}.
 *
 * @module
 */

import type { ClassAnalysis, MethodInfo } from "../analyze/class-analysis.js";
import { type ProgramClass, type ProgramMethod, programChain, runtimeRoot } from "../analyze/class-model.js";
import { instanceOf, type StType } from "../analyze/types.js";
import { stringLiteral } from "./literals.js";
import { typeText } from "./type-text.js";
import { type ModuleState, UnitEmitter } from "./unit-emitter.js";

/** A TSDoc comment's lines for `text` (which may span lines; `*\/` cannot end the comment). */
function docLines(text: string): string[] {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\*\//g, "*\\/").trimEnd());
}

/** Writes a TSDoc comment. */
function writeDoc(state: ModuleState, paragraphs: readonly (readonly string[])[]): void {
  const lines = paragraphs
    .filter((lines) => lines.length > 0)
    .flatMap((lines, index) => (index === 0 ? lines : ["", ...lines]));
  if (lines.length === 1) {
    state.writer.line(`/** ${lines[0]} */`);
    return;
  }
  state.writer.line("/**");
  for (const line of lines) state.writer.line(line.length === 0 ? " *" : ` * ${line}`);
  state.writer.line(" */");
}

/** The module specifier that stands for the module defining program class `name`. */
export function programModule(name: string): string {
  return `program:${name}`;
}

/** Emits the classes and extension methods of one module. */
export class ClassEmitter {
  readonly #analysis: ClassAnalysis;
  readonly #state: ModuleState;

  constructor(analysis: ClassAnalysis, state: ModuleState) {
    this.#analysis = analysis;
    this.#state = state;
  }

  #type(type: StType): string {
    return typeText(type, this.#analysis.catalogue, this.#state.imports, this.#state.localClasses);
  }

  /** `: text` in TypeScript, nothing in JavaScript. */
  #annotation(text: string): string {
    return this.#state.typescript ? `: ${text}` : "";
  }

  /** A value reference to a class (the superclass, or a class extended here): local, imported, or the runtime's. */
  #classValue(name: string): string {
    if (this.#state.localClasses.has(name)) return name;
    const program = this.#analysis.model.classNamed.get(name);
    if (program !== undefined) return this.#state.imports.use(programModule(name), name);
    const entry = this.#analysis.catalogue.classNamed(name)!;
    const value = this.#state.imports.use(entry.module, entry.exportName);
    const parameters = entry.typeParameters ?? 0;
    return parameters === 0 || !this.#state.typescript
      ? value
      : `${value}<${Array.from({ length: parameters }, () => "unknown").join(", ")}>`;
  }

  /** The member names a class's JavaScript superclass has on one side. */
  #inheritedMembers(cls: ProgramClass, statics: boolean): Set<string> {
    const names = new Set<string>();
    const model = this.#analysis.model;
    for (const ancestor of programChain(cls, model).slice(1)) {
      for (const method of ancestor.methods)
        if (method.classSide === statics && !method.extension) names.add(method.name);
      const fields = statics ? ancestor.staticFieldNames : ancestor.fieldNames;
      for (const field of fields.values()) names.add(field);
      if (statics && this.#analysis.news.has(ancestor)) names.add("new");
    }
    for (const entry of this.#analysis.catalogue.chain(runtimeRoot(cls, model))) {
      for (const method of Object.values(statics ? entry.classSide : entry.instance)) {
        if (method.dispatched !== true) names.add(method.name);
      }
      for (const name of (statics ? entry.reservedStatic : entry.reserved) ?? []) names.add(name);
      if (entry.detached) {
        if (!statics) for (const name of ["message", "name", "stack", "toString"]) names.add(name);
        break;
      }
    }
    return names;
  }

  /** Writes `cls` as an exported class. */
  writeClass(cls: ProgramClass): void {
    const { writer } = this.#state;
    const definition = cls.definition;
    const category =
      definition.category ??
      (definition.tag === undefined ? definition.package : `${definition.package}-${definition.tag}`);
    writeDoc(this.#state, [
      cls.comment === undefined || cls.comment.trim() === ""
        ? [`The Smalltalk class ${cls.name}.`]
        : docLines(cls.comment),
      category === undefined ? [] : [`Category: ${category}.`],
    ]);
    const staticMembers = this.#inheritedMembers(cls, true);
    const instanceMembers = this.#inheritedMembers(cls, false);
    const override = (members: Set<string>, name: string) =>
      this.#state.typescript && members.has(name) ? "override " : "";
    writer.mark(definition.span);
    writer.block(`export class ${cls.name} extends ${this.#classValue(cls.superclass)}`, () => {
      const types = (holder: ProgramClass, name: string) =>
        this.#analysis.variableTypes.get(holder)?.get(name);
      writer.line("/** The Smalltalk class name. */");
      const readonly = this.#state.typescript ? "readonly " : "";
      writer.line(
        `static ${override(staticMembers, "$stName")}${readonly}$stName${this.#annotation("string")} = ${stringLiteral(cls.name)};`,
      );
      if (category !== undefined) {
        writer.line("/** The Smalltalk category. */");
        writer.line(
          `static ${override(staticMembers, "$category")}${readonly}$category${this.#annotation("string")} = ${stringLiteral(category)};`,
        );
      }
      for (const name of cls.classVariables) {
        const field = cls.staticFieldNames.get(name)!;
        writer.line(`/** Class variable \`${name}\`, shared by ${cls.name} and its subclasses. */`);
        writer.line(`static ${field}${this.#annotation(this.#type(types(cls, name)!))} = null;`);
      }
      const chain = programChain(cls, this.#analysis.model);
      for (const name of new Set(chain.flatMap((each) => each.classInstanceVariables))) {
        const holder = [...chain].reverse().find((each) => each.classInstanceVariables.includes(name))!;
        const field = cls.staticFieldNames.get(name)!;
        writer.line(`/** Class-side instance variable \`${name}\`: each class has its own. */`);
        writer.line(
          `static ${override(staticMembers, field)}${field}${this.#annotation(this.#type(types(holder, name)!))} = null;`,
        );
      }
      this.#writeTestSources(cls, override(staticMembers, "$testSources"));
      writer.block("static", () => writer.line("rt.registerClass(this);"));
      for (const name of cls.instanceVariables) {
        writer.newLine();
        writer.line(`/** Instance variable \`${name}\`. */`);
        writer.line(`${cls.fieldNames.get(name)}${this.#annotation(this.#type(types(cls, name)!))} = null;`);
      }
      const synthesized = this.#analysis.news.get(cls);
      if (synthesized !== undefined) {
        writer.newLine();
        const instance = this.#type(instanceOf(cls.name));
        const returns = synthesized.suspends ? `rt.MaybePromise<${instance}>` : instance;
        writer.line(
          "/** @selector new — a new instance, initialized: `basicNew`, then `initialize` (`Behavior>>new`). */",
        );
        writer.block(`static ${override(staticMembers, "new")}new()${this.#annotation(returns)}`, () =>
          writer.line(
            `return rt.Class.prototype.new.call(this)${this.#state.typescript ? ` as ${returns}` : ""};`,
          ),
        );
      }
      for (const classSide of [true, false]) {
        for (const method of cls.methods) {
          if (method.classSide !== classSide || method.extension) continue;
          writer.newLine();
          this.#writeMethod(
            method,
            classSide ? "static " : "",
            override(classSide ? staticMembers : instanceMembers, method.name),
          );
        }
      }
    });
    writer.newLine();
  }

  /**
   * For a TestCase subclass: `$testSources`, where each of its test methods (unary, `test…`) is in
   * the Smalltalk source, for test runners (`@smalltalk-sockets/sunit/vitest`).
   */
  #writeTestSources(cls: ProgramClass, override: string): void {
    const root = runtimeRoot(cls, this.#analysis.model);
    if (!this.#analysis.catalogue.inheritsFromOrIs(root, "TestCase")) return;
    const tests = cls.methods.filter(
      (method) => !method.classSide && !method.extension && /^test[^:]*$/.test(method.selector),
    );
    const { writer } = this.#state;
    writer.line("/** Where each test method is in the Smalltalk source (for test runners). */");
    const type = this.#annotation("Readonly<Record<string, string>>");
    writer.block(
      `static ${override}${this.#state.typescript ? "readonly " : ""}$testSources${type} =`,
      () => {
        for (const method of tests) {
          const span = method.definition.method.span;
          writer.line(`${method.selector}: ${stringLiteral(`${span.file}:${span.line}:${span.column}`)},`);
        }
      },
      ";",
    );
  }

  /** The TSDoc of a method: `@selector sel — comment`, then its category. */
  #methodDoc(method: ProgramMethod): void {
    const node = method.definition.method;
    const comment = node.comment === undefined ? [] : docLines(node.comment);
    const first = `@selector ${method.selector} — ${comment[0] ?? `the Smalltalk method ${method.className}${method.classSide ? " class" : ""}>>${method.selector}.`}`;
    writeDoc(this.#state, [
      [first, ...comment.slice(1)],
      method.definition.category === undefined ? [] : [`@category ${method.definition.category}`],
    ]);
  }

  /** The declared answer type of a method. */
  #returnType(info: MethodInfo): string {
    if (info.returns === "any") return info.async ? "Promise<any>" : "any";
    const type = this.#type(info.returns);
    if (info.async) return `Promise<${type}>`;
    return info.maybePromise || info.generator ? `rt.MaybePromise<${type}>` : type;
  }

  /** Writes one method: `[static] [override] [async] name(args): T { body }` (a property of an object literal for extensions). */
  #writeMethod(method: ProgramMethod, modifiers: string, override: string, thisType?: string): void {
    const info = this.#analysis.methods.get(method)!;
    const analysis = info.analysis;
    const emitter = new UnitEmitter(analysis, this.#state, info.generators);
    const params = (analysis.localsOf.get(analysis.home) ?? [])
      .filter((binding) => binding.kind === "argument")
      .map((binding) => `${binding.tsName}${this.#annotation(this.#type(binding.type))}`);
    if (thisType !== undefined && this.#state.typescript) params.unshift(`this: ${thisType}`);
    const returns =
      thisType === undefined ? this.#returnType(info) : info.async ? "Promise<unknown>" : "unknown";
    this.#methodDoc(method);
    if (info.overridesRuntime?.suspends === "never" && info.async && this.#state.typescript) {
      this.#state.writer.line("// @ts-ignore: the runtime method it overrides answers at once (see ST2206).");
    }
    this.#state.writer.mark(method.definition.method.span);
    this.#state.writer.block(
      `${modifiers}${override}${info.async ? "async " : ""}${method.name}(${params.join(", ")})${this.#annotation(returns)}`,
      () => {
        if (!info.generator) {
          emitter.writeHomeBody();
          return;
        }
        // It may suspend only through its blocks: a generator that runs at once while they do.
        const self = this.#state.typescript ? `this: ${thisType ?? this.#selfType(method)}` : "";
        const generator = this.#annotation(
          `Generator<unknown, ${info.returns === "any" ? "any" : this.#type(info.returns)}, any>`,
        );
        this.#state.writer.block(
          `return rt.drive(function* (${self})${generator}`,
          () => emitter.writeHomeBody(),
          ".call(this));",
        );
      },
      thisType === undefined ? "" : ",",
    );
  }

  /** The TypeScript type of `self` in a method of a program class. */
  #selfType(method: ProgramMethod): string {
    return method.classSide ? `typeof ${method.className}` : method.className;
  }

  /**
   * Writes the methods this module adds to a class defined elsewhere (a runtime class, or a
   * program class of another file): `rt.extendClass(Foo, { ... })`, then the class side.
   */
  writeExtensions(className: string, methods: readonly ProgramMethod[]): void {
    const { writer } = this.#state;
    const target = this.#classValue(className).replace(/<.*$/, "");
    for (const classSide of [false, true]) {
      const side = methods.filter((method) => method.classSide === classSide);
      if (side.length === 0) continue;
      const selfType: StType = classSide ? { kind: "class", className } : instanceOf(className);
      writer.line(
        `// Extension methods of ${className}${classSide ? " class" : ""}, written in this file: added to the class when the module loads.`,
      );
      writer.block(
        `rt.${classSide ? "extendClassSide" : "extendClass"}(${target},`,
        () => {
          side.forEach((method, index) => {
            if (index > 0) writer.newLine();
            this.#writeMethod(method, "", "", this.#type(selfType));
          });
        },
        ");",
      );
      writer.newLine();
    }
  }
}
