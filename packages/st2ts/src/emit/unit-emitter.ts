/**
 * Emits the TypeScript body of one analysed unit (a do-it or a method): statements, sends,
 * blocks, cascades, inlined control structures, non-local return. Expressions are built as
 * {@link Code} fragments that carry their Smalltalk positions, so the source map maps every
 * statement and send; statements are written straight to the {@link CodeWriter}.
 *
 * @module
 */

import type { Analysis } from "../analyze/analyzer.js";
import type { Binding, FunctionInfo } from "../analyze/bindings.js";
import { evaluatedBlocks } from "../analyze/block-functions.js";
import type { InlineKind } from "../analyze/inlining.js";
import { ARITHMETIC_FUNCTIONS, type SendPlan } from "../analyze/plans.js";
import {
  BOOLEAN,
  fromTypeRef,
  includesNil,
  instanceOf,
  isInstanceOf,
  join,
  NIL,
  SMALL_INTEGER,
  type StType,
  sameType,
  UNKNOWN,
} from "../analyze/types.js";
import type {
  AssignmentNode,
  BlockNode,
  CascadeMessageNode,
  CascadeNode,
  ExpressionNode,
  LiteralNode,
  Node,
  SendNode,
  SourceSpan,
  StatementNode,
  VariableNode,
} from "../ast/nodes.js";
import type { ClassEntry } from "../catalogue/types.js";
import type { CodeWriter } from "./code-writer.js";
import type { Imports } from "./imports.js";
import { literalExpression, stringLiteral } from "./literals.js";
import { identifierFor } from "./names.js";
import { typeText } from "./type-text.js";

/** A piece of generated code: text, text from a Smalltalk position, a sequence, or a writer. */
export type Code = string | { readonly span: SourceSpan; readonly code: Code } | readonly Code[] | Deferred;

/** Code written by a function (a block literal's body spans lines). */
export interface Deferred {
  readonly write: (writer: CodeWriter) => void;
}

/** Writes a {@link Code} fragment. */
export function writeCode(writer: CodeWriter, code: Code): void {
  if (typeof code === "string") writer.write(code);
  else if (Array.isArray(code)) for (const part of code as readonly Code[]) writeCode(writer, part);
  else if ("write" in (code as object)) (code as Deferred).write(writer);
  else {
    const marked = code as { span: SourceSpan; code: Code };
    writer.mark(marked.span);
    writeCode(writer, marked.code);
  }
}

/** An emitted expression and whether it can stand as a member-access receiver without parentheses. */
interface Emitted {
  readonly code: Code;
  readonly primary: boolean;
}

/** The text of `code` when it is plain text (possibly marked with a position). */
function plainText(code: Code): string | undefined {
  if (typeof code === "string") return code;
  if (!Array.isArray(code) && typeof code === "object" && "code" in code) return plainText(code.code);
  return undefined;
}

/** `codes` separated by commas. */
function commaSeparated(codes: readonly Code[]): Code {
  return codes.map((code, index) => (index === 0 ? code : [", ", code]));
}

function emitted(code: Code, primary = false): Emitted {
  return { code, primary };
}

function parenthesized(value: Emitted): Code {
  return value.primary ? value.code : ["(", value.code, ")"];
}

/** Where the value of a statement goes. */
type Tail =
  | { readonly kind: "discard" }
  | { readonly kind: "return" }
  | { readonly kind: "assign"; readonly target: string };

const DISCARD: Tail = { kind: "discard" };
const RETURN: Tail = { kind: "return" };

/** What the emitter shares across the units of one module. */
export interface ModuleState {
  readonly writer: CodeWriter;
  readonly imports: Imports;
  /** Names taken at module level (imports, workspace variables, functions). */
  readonly taken: Set<string>;
  /** Hoisted literal constants (`const $literal1 = ...`), written before the functions. */
  readonly literals: string[];
  /** Classes the module defines (referred to by name). */
  readonly localClasses: ReadonlySet<string>;
  /** Counter for `$t` temporaries, unique in the module. */
  temporaries: number;
  /** Whether to write TypeScript (with type annotations) or plain JavaScript (for `st2ts run`). */
  readonly typescript: boolean;
  /**
   * How a reference to a class is written when the default (the local class, or an import)
   * will not do: a class of a module that loads later is looked up when used.
   */
  readonly classReference?: (entry: ClassEntry, imports: Imports) => string | undefined;
}

/** Emits the body of one unit. */
export class UnitEmitter {
  readonly #analysis: Analysis;
  readonly #module: ModuleState;
  readonly #writer: CodeWriter;
  #pending: ((writer: CodeWriter) => void)[] = [];
  #current: FunctionInfo;

  readonly #generators: ReadonlySet<Node>;

  /**
   * An emitter of `analysis` into `module`. `generators`: the functions (the unit's own, blocks)
   * written as generators driven by `rt.drive`, with `(yield x)` where they would `await x`: they
   * may suspend only through the blocks the method is given, and answer at once when those do.
   * (The caller writes the unit's own function around its body.)
   */
  constructor(analysis: Analysis, module: ModuleState, generators: ReadonlySet<Node> = new Set()) {
    this.#analysis = analysis;
    this.#module = module;
    this.#generators = generators;
    this.#writer = module.writer;
    this.#current = analysis.home;
    this.#nameBindings();
  }

  // ---- Names and types --------------------------------------------------------------------------

  /**
   * Gives every local its identifier: unique within its function (inlined blocks' variables
   * share it), avoiding module-level names and the classes and globals imports may bring in.
   * A block's variable may shadow an outer one, as in Smalltalk.
   */
  #nameBindings(): void {
    const catalogue = this.#analysis.catalogue;
    for (const locals of this.#analysis.localsOf.values()) {
      const taken = new Set(this.#module.taken);
      for (const binding of locals) {
        const name = binding.name;
        const reserved =
          catalogue.classNamed(name) !== undefined || catalogue.globalNamed(name) !== undefined;
        binding.tsName = identifierFor(name, reserved ? new Set([...taken, name]) : taken);
        taken.add(binding.tsName);
      }
    }
  }

  #typeText(type: StType): string {
    return typeText(type, this.#analysis.catalogue, this.#module.imports, this.#module.localClasses);
  }

  /** `: T` in TypeScript, nothing in JavaScript. */
  #annotation(type: StType | string): string {
    if (!this.#module.typescript) return "";
    return `: ${typeof type === "string" ? type : this.#typeText(type)}`;
  }

  /** `(value as T)` in TypeScript, `value` in JavaScript. */
  #cast(value: Emitted, type: StType): Emitted {
    if (!this.#module.typescript) return value;
    return emitted(["(", parenthesized(value), " as ", this.#typeText(type), ")"], true);
  }

  /** The binding of a declaration (a parameter or temporary) of `fn` (the function being written). */
  #localDeclaredAt(
    declaration: { readonly span: SourceSpan },
    fn: FunctionInfo = this.#current,
  ): Binding | undefined {
    return (this.#analysis.localsOf.get(fn) ?? []).find((each) => each.declaration === declaration.span);
  }

  /** The binding of an inlined `ifNotNil: [:value | ...]` block's parameter, if it has one. */
  #parameterOf(block: ExpressionNode | undefined): Binding | undefined {
    const parameter = block?.kind === "Block" ? block.params[0] : undefined;
    return parameter === undefined ? undefined : this.#localDeclaredAt(parameter);
  }

  #declaredType(binding: Binding): StType {
    const type = binding.type.kind === "never" ? NIL : binding.type;
    return binding.nullable ? join(type, NIL) : type;
  }

  #newTemporary(): string {
    this.#module.temporaries += 1;
    return `$t${this.#module.temporaries}`;
  }

  #typeOf(node: ExpressionNode): StType {
    return this.#analysis.typeOf.get(node) ?? UNKNOWN;
  }

  // ---- Functions --------------------------------------------------------------------------------

  /**
   * Writes the body of the unit's own function (inside its braces): local declarations, then the
   * statements; a do-it answers its last value, a method `self` unless it returns.
   */
  writeHomeBody(): void {
    const home = this.#analysis.home;
    const unit = this.#analysis.unit;
    const tail: Tail = unit.kind === "DoIt" ? RETURN : DISCARD;
    if (home.hasNonLocalReturn) {
      const async = home.suspends ? "async " : "";
      this.#writer.block(
        `return rt.activation(${async}($home) =>`,
        () => this.#functionBody(home, unit.statements, tail, true),
        ");",
      );
      return;
    }
    this.#functionBody(home, unit.statements, tail, true);
  }

  #functionBody(fn: FunctionInfo, statements: readonly StatementNode[], tail: Tail, isHome: boolean): void {
    const previous = this.#current;
    this.#current = fn;
    this.#declareLocals(fn);
    const returned = this.#statements(statements, tail);
    if (!returned && isHome && this.#analysis.unit.kind === "Method") this.#writer.line("return this;");
    this.#current = previous;
  }

  #declareLocals(fn: FunctionInfo): void {
    for (const binding of this.#analysis.localsOf.get(fn) ?? []) {
      if (binding.kind === "argument" || binding.kind === "blockParameter") continue;
      // A variable that may be read before it is assigned (or is never read) starts as nil.
      const declared = binding.narrowedByTest
        ? join(this.#declaredType(binding), NIL)
        : this.#declaredType(binding);
      const initialised = includesNil(declared) || binding.reads.length === 0;
      const type = initialised ? join(declared, NIL) : declared;
      this.#writer.line(`let ${binding.tsName}${this.#annotation(type)}${initialised ? " = null" : ""};`);
    }
  }

  #blockFunction(block: BlockNode): Emitted {
    const fn = this.#analysis.functions.get(block)!;
    const params = block.params
      .map((param) => {
        const binding = this.#localDeclaredAt(param, fn);
        return `${binding?.tsName ?? param.name}${this.#annotation(binding?.type ?? UNKNOWN)}`;
      })
      .join(", ");
    if (this.#generators.has(block)) return this.#generatorBlock(block, fn, params);
    const async = fn.suspends ? "async " : "";
    const locals = (this.#analysis.localsOf.get(fn) ?? []).filter(
      (binding) => binding.kind !== "blockParameter",
    );
    const single = block.statements.length === 1 ? block.statements[0]! : undefined;
    if (
      locals.length === 0 &&
      single !== undefined &&
      single.kind !== "Return" &&
      this.#isExpressible(single)
    ) {
      const previous = this.#current;
      this.#current = fn;
      const body = this.#expression(single);
      this.#current = previous;
      const text = startsLikeObjectLiteral(body.code) ? ["(", body.code, ")"] : body.code;
      return emitted({ span: block.span, code: [`${async}(${params}) => `, text] });
    }
    if (block.statements.length === 0 && locals.length === 0) {
      return emitted({ span: block.span, code: `${async}(${params}) => null` });
    }
    return emitted({
      span: block.span,
      code: {
        write: (writer) => {
          writer.write(`${async}(${params}) => {`).newLine();
          writer.indented(() => {
            const savedPending = this.#pending;
            this.#pending = [];
            this.#functionBody(fn, block.statements, RETURN, false);
            this.#pending = savedPending;
          });
          writer.write("}");
        },
      },
    });
  }

  /** A block that may suspend only through the method's blocks: an arrow that drives a generator. */
  #generatorBlock(block: BlockNode, fn: FunctionInfo, params: string): Emitted {
    const { className, classSide } = this.#analysis.context;
    const self: StType = classSide ? { kind: "class", className: className! } : instanceOf(className!);
    const head = this.#module.typescript
      ? `(${params}) => rt.drive(function* (this: ${this.#typeText(self)}): Generator<unknown, unknown, any> {`
      : `(${params}) => rt.drive(function* () {`;
    return emitted({
      span: block.span,
      code: {
        write: (writer) => {
          writer.write(head).newLine();
          writer.indented(() => {
            const savedPending = this.#pending;
            this.#pending = [];
            this.#functionBody(fn, block.statements, RETURN, false);
            this.#pending = savedPending;
          });
          writer.write("}.call(this))");
        },
      },
    });
  }

  // ---- Statements -------------------------------------------------------------------------------

  /** Writes statements; answers whether the last one returned (so nothing may follow). */
  #statements(statements: readonly StatementNode[], tail: Tail): boolean {
    if (statements.length === 0) {
      this.#finishTail(tail, "null");
      return tail.kind === "return";
    }
    for (let index = 0; index < statements.length; index += 1) {
      const statement = statements[index]!;
      const last = index === statements.length - 1;
      if (statement.kind === "Return") {
        this.#returnStatement(statement.value, statement.span);
        return true;
      }
      this.#statement(statement, last ? tail : DISCARD);
    }
    return tail.kind === "return";
  }

  #finishTail(tail: Tail, value: string): void {
    if (tail.kind === "return") this.#writer.line(`return ${value};`);
    else if (tail.kind === "assign") this.#writer.line(`${tail.target} = ${value};`);
  }

  #flushPending(): void {
    const pending = this.#pending;
    this.#pending = [];
    for (const write of pending) write(this.#writer);
  }

  #writeStatement(span: SourceSpan, code: Code): void {
    this.#flushPending();
    this.#writer.mark(span);
    writeCode(this.#writer, code);
    this.#writer.write(";").newLine();
  }

  #returnStatement(value: ExpressionNode, span: SourceSpan): void {
    if (this.#current.kind === "block") {
      const expression = this.#expression(value);
      this.#writeStatement(span, ["return rt.nonLocalReturn($home, ", expression.code, ")"]);
      return;
    }
    this.#statement(value, RETURN, span);
  }

  /** Writes `node` as a statement whose value goes to `tail`. */
  #statement(node: ExpressionNode, tail: Tail, span: SourceSpan = node.span): void {
    if (node.kind === "Send") {
      const inline = this.#analysis.inlineOf.get(node);
      if (inline !== undefined && (tail.kind !== "return" || !this.#isExpressible(node) || isLoop(inline))) {
        this.#inlinedStatement(node, inline, tail);
        return;
      }
    }
    if (node.kind === "Cascade") {
      this.#cascadeStatements(node, tail);
      return;
    }
    if (node.kind === "Assignment" && tail.kind === "discard") {
      const value = this.#expression(node.value);
      this.#writeStatement(span, [this.#assignmentTarget(node), " = ", value.code]);
      return;
    }
    const expression = this.#expression(node);
    if (tail.kind === "return") this.#writeStatement(span, ["return ", expression.code]);
    else if (tail.kind === "assign") this.#writeStatement(span, [`${tail.target} = `, expression.code]);
    else this.#writeStatement(span, expression.code);
  }

  // ---- Inlined control structures ---------------------------------------------------------------

  #condition(node: ExpressionNode, negate: boolean): Code {
    const value = this.#expression(node);
    const boolean = sameType(this.#typeOf(node), BOOLEAN);
    const test: Emitted = boolean ? value : emitted(["rt.mustBeBoolean(", value.code, ")"], true);
    return negate ? ["!", parenthesized(test)] : test.code;
  }

  #inlinedBlock(block: ExpressionNode | undefined, tail: Tail): void {
    if (block === undefined || block.kind !== "Block") {
      this.#finishTail(tail, "null");
      return;
    }
    for (const temporary of block.temporaries) {
      const binding = this.#localDeclaredAt(temporary);
      if (binding?.nullable) this.#writer.line(`${binding.tsName} = null;`);
    }
    this.#statements(block.statements, tail);
  }

  #inlinedStatement(node: SendNode, inline: InlineKind, tail: Tail): void {
    this.#flushPending();
    const writer = this.#writer;
    writer.mark(node.span);
    const [first, second] = node.args;
    switch (inline) {
      case "if": {
        const negate = node.selector.startsWith("ifFalse:");
        const condition = this.#condition(node.receiver, negate);
        this.#flushPending();
        writer.mark(node.span);
        writer.write("if (");
        writeCode(writer, condition);
        writer.line(") {");
        writer.indented(() => this.#inlinedBlock(first, tail));
        if (second !== undefined || tail.kind !== "discard") {
          writer.line("} else {");
          writer.indented(() => this.#inlinedBlock(second, tail));
        }
        writer.line("}");
        return;
      }
      case "ifNil":
        this.#ifNilStatement(node, tail);
        return;
      case "andOr": {
        const isAnd = node.selector === "and:";
        const condition = this.#condition(node.receiver, false);
        this.#flushPending();
        if (tail.kind === "discard") {
          writer.write(isAnd ? "if (" : "if (!(");
          writeCode(writer, condition);
          writer.block(isAnd ? ")" : "))", () => this.#inlinedBlock(first, DISCARD));
          return;
        }
        const target = tail.kind === "assign" ? tail.target : this.#newTemporary();
        writer.write(
          tail.kind === "assign" ? `${target} = ` : `let ${target}${this.#annotation("unknown")} = `,
        );
        writeCode(writer, condition);
        writer.line(";");
        writer.block(isAnd ? `if (${target})` : `if (!${target})`, () =>
          this.#inlinedBlock(first, { kind: "assign", target }),
        );
        if (tail.kind === "return") this.#finishTail(tail, target);
        return;
      }
      case "while":
        this.#whileStatement(node);
        this.#finishTail(tail, "null");
        return;
      case "repeat":
        writer.block("for (;;)", () => this.#inlinedBlock(node.receiver, DISCARD));
        return;
      case "timesRepeat": {
        const count = this.#expression(node.receiver);
        this.#flushPending();
        const counter = this.#newTemporary();
        const limit = this.#newTemporary();
        writer.write(`const ${limit} = `);
        writeCode(writer, count.code);
        writer.line(";");
        const native = sameType(this.#typeOf(node.receiver), SMALL_INTEGER);
        const loop = native
          ? `for (let ${counter} = 1; ${counter} <= ${limit}; ${counter} += 1)`
          : `for (let ${counter}${this.#annotation("unknown")} = 1; rt.mustBeBoolean(rt.lessOrEqual(${counter}, ${limit})); ${counter} = rt.add(${counter}, 1))`;
        writer.block(loop, () => this.#inlinedBlock(first, DISCARD));
        this.#finishTail(tail, limit);
        return;
      }
      case "toDo":
        this.#toDoStatement(node, tail);
        return;
      case "caseOf":
        this.#caseOfStatement(node, tail);
        return;
    }
  }

  #ifNilStatement(node: SendNode, tail: Tail): void {
    const writer = this.#writer;
    const { nilBlock, notNilBlock } = ifNilBlocks(node);
    const receiver = this.#expression(node.receiver);
    this.#flushPending();
    const parameterBinding = this.#parameterOf(notNilBlock);
    let subject: string;
    if (parameterBinding !== undefined) {
      subject = parameterBinding.tsName;
      writer.write(`${subject} = `);
      writeCode(writer, receiver.code);
      writer.line(";");
    } else if (node.receiver.kind === "Variable" && plainText(receiver.code) !== undefined) {
      subject = plainText(receiver.code)!;
    } else {
      subject = this.#newTemporary();
      writer.write(`const ${subject} = `);
      writeCode(writer, receiver.code);
      writer.line(";");
    }
    writer.line(`if (${subject} == null) {`);
    writer.indented(() => {
      if (nilBlock === undefined) this.#finishTail(tail, "null");
      else this.#inlinedBlock(nilBlock, tail);
    });
    if (notNilBlock !== undefined || tail.kind !== "discard") {
      writer.line("} else {");
      writer.indented(() => {
        if (notNilBlock === undefined) this.#finishTail(tail, subject);
        else this.#inlinedBlock(notNilBlock, tail);
      });
    }
    writer.line("}");
  }

  #whileStatement(node: SendNode): void {
    const writer = this.#writer;
    const condition = node.receiver as BlockNode;
    const negate = node.selector.startsWith("whileFalse");
    const body = node.args[0];
    const statements = condition.statements;
    const lastCondition = statements[statements.length - 1];
    const simple =
      condition.temporaries.length === 0 &&
      statements.length === 1 &&
      lastCondition !== undefined &&
      lastCondition.kind !== "Return" &&
      this.#isExpressible(lastCondition);
    if (simple) {
      const test = this.#condition(lastCondition, negate);
      if (this.#pending.length === 0) {
        writer.write("while (");
        writeCode(writer, test);
        writer.block(")", () => this.#inlinedBlock(body, DISCARD));
        return;
      }
      this.#pending = [];
    }
    writer.block("for (;;)", () => {
      const before = statements.slice(0, -1);
      this.#statements(before, DISCARD);
      if (lastCondition === undefined || lastCondition.kind === "Return") {
        if (lastCondition?.kind === "Return") this.#returnStatement(lastCondition.value, lastCondition.span);
        writer.line("break;");
        return;
      }
      const target = this.#newTemporary();
      writer.line(`let ${target}${this.#annotation("unknown")};`);
      this.#statement(lastCondition, { kind: "assign", target });
      const boolean = sameType(this.#typeOf(lastCondition), BOOLEAN);
      const test = boolean ? target : `rt.mustBeBoolean(${target})`;
      writer.line(`if (${negate ? test : `!${test}`}) break;`);
      this.#inlinedBlock(body, DISCARD);
    });
  }

  #toDoStatement(node: SendNode, tail: Tail): void {
    const writer = this.#writer;
    const block = node.args[node.args.length - 1] as BlockNode;
    const parameter = block.params[0]!;
    const counter = this.#localDeclaredAt(parameter);
    const variable = counter?.tsName ?? parameter.name;
    const start = this.#expression(node.receiver);
    const limitNode = node.args[0]!;
    const limit = this.#expression(limitNode);
    const stepNode = node.args.length === 3 ? node.args[1]! : undefined;
    const step = stepNode === undefined ? "1" : literalExpression(stepNode as LiteralNode);
    this.#flushPending();
    const constant = (node: ExpressionNode, value: Emitted): string => {
      const text = plainText(value.code);
      if (node.kind === "Literal" && text !== undefined && !text.startsWith("$")) return text;
      const temporary = this.#newTemporary();
      writer.write(`const ${temporary} = `);
      writeCode(writer, value.code);
      writer.line(";");
      return temporary;
    };
    const startTemporary = constant(node.receiver, start);
    const limitTemporary = constant(limitNode, limit);
    const descending =
      stepNode !== undefined &&
      stepNode.kind === "Literal" &&
      stepNode.type === "integer" &&
      stepNode.value < 0n;
    const native =
      counter !== undefined &&
      sameType(counter.type, SMALL_INTEGER) &&
      (stepNode === undefined || (stepNode.kind === "Literal" && stepNode.type === "integer"));
    const comparison = descending ? ">=" : "<=";
    const loop = native
      ? `for (${variable} = ${startTemporary}; ${variable} ${comparison} ${limitTemporary}; ${variable} += ${step})`
      : `for (${variable} = ${startTemporary}; rt.mustBeBoolean(rt.${descending ? "greaterOrEqual" : "lessOrEqual"}(${variable}, ${limitTemporary})); ${variable} = rt.add(${variable}, ${step}))`;
    writer.block(loop, () => this.#inlinedBlock(block, DISCARD));
    this.#finishTail(tail, startTemporary);
  }

  #caseOfStatement(node: SendNode, tail: Tail): void {
    const writer = this.#writer;
    const receiver = this.#expression(node.receiver);
    this.#flushPending();
    const subject = this.#newTemporary();
    writer.write(`const ${subject} = `);
    writeCode(writer, receiver.code);
    writer.line(";");
    const cases = (node.args[0] as { elements: readonly SendNode[] }).elements;
    const otherwise = node.args[1];
    // Squeak's caseOf: evaluates each key block in turn and answers the first match's value;
    // an if/else chain, so that every path assigns the value.
    const chain = (index: number): void => {
      const pair = cases[index];
      if (pair === undefined) {
        if (otherwise !== undefined) this.#inlinedBlock(otherwise, tail);
        else {
          writer.line(`rt.send(${subject}, "caseError");`);
          this.#finishTail(tail, "null");
        }
        return;
      }
      const key = this.#newTemporary();
      writer.line(`let ${key}${this.#annotation("unknown")};`);
      this.#inlinedBlock(pair.receiver, { kind: "assign", target: key });
      writer.line(`if (rt.send(${key}, "=", ${subject}) === true) {`);
      writer.indented(() => this.#inlinedBlock(pair.args[0], tail));
      writer.line("} else {");
      writer.indented(() => chain(index + 1));
      writer.line("}");
    };
    chain(0);
  }

  // ---- Cascades ---------------------------------------------------------------------------------

  #cascadeReceiver(node: CascadeNode): { name: string; declare: boolean; receiver: Emitted } {
    const receiver = this.#expression(node.receiver);
    const text = plainText(receiver.code);
    const stable =
      node.receiver.kind === "Literal" ||
      (node.receiver.kind === "Variable" &&
        !node.messages.some((message) =>
          message.args.some((arg) => assignsTo(arg, (node.receiver as VariableNode).name)),
        ));
    if (stable && text !== undefined && !text.startsWith("$literal") && /^[\w$.]+$/.test(text)) {
      return { name: text, declare: false, receiver };
    }
    return { name: this.#newTemporary(), declare: true, receiver };
  }

  /** A cascade as one statement per message; the last message's value goes to `tail`. */
  #cascadeStatements(node: CascadeNode, tail: Tail): void {
    const { name, declare, receiver } = this.#cascadeReceiver(node);
    if (declare) this.#writeStatement(node.receiver.span, [`const ${name} = `, receiver.code]);
    node.messages.forEach((message, index) => {
      const code = this.#sendCode(message, emitted(name, true), message.args, node.receiver).code;
      const last = index === node.messages.length - 1;
      if (!last || tail.kind === "discard") this.#writeStatement(message.span, code);
      else if (tail.kind === "return") this.#writeStatement(message.span, ["return ", code]);
      else this.#writeStatement(message.span, [`${tail.target} = `, code]);
    });
  }

  #cascadeExpression(node: CascadeNode): Emitted {
    const { name, declare, receiver } = this.#cascadeReceiver(node);
    const parts: Code[] = [];
    if (declare) {
      const annotation = this.#annotation(this.#typeOf(node.receiver));
      this.#pending.push((writer) => writer.line(`let ${name}${annotation};`));
      parts.push([`${name} = `, receiver.code]);
    }
    for (const message of node.messages)
      parts.push(this.#sendCode(message, emitted(name, true), message.args, node.receiver).code);
    return emitted({ span: node.span, code: ["(", commaSeparated(parts), ")"] }, true);
  }

  // ---- Expressions ------------------------------------------------------------------------------

  /** Whether `node` can be written as one TypeScript expression (without statements before it). */
  #isExpressible(node: ExpressionNode | StatementNode): boolean {
    switch (node.kind) {
      case "Return":
        return false;
      case "Literal":
      case "Variable":
      case "Block":
        return true;
      case "Assignment":
        return this.#isExpressible(node.value);
      case "BraceArray":
        return node.elements.every((element) => this.#isExpressible(element));
      case "Cascade":
        return (
          this.#isExpressible(node.receiver) &&
          node.messages.every((message) => message.args.every((arg) => this.#isExpressible(arg)))
        );
      case "Send": {
        const inline = this.#analysis.inlineOf.get(node);
        if (inline === undefined)
          return this.#isExpressible(node.receiver) && node.args.every((arg) => this.#isExpressible(arg));
        if (inline !== "if" && inline !== "ifNil" && inline !== "andOr") return false;
        if (!this.#isExpressible(node.receiver)) return false;
        return node.args.every(
          (arg) =>
            arg.kind === "Block" &&
            arg.temporaries.length === 0 &&
            arg.statements.length <= 1 &&
            arg.statements.every(
              (statement) => statement.kind !== "Return" && this.#isExpressible(statement),
            ),
        );
      }
    }
  }

  #expression(node: ExpressionNode): Emitted {
    switch (node.kind) {
      case "Literal":
        return emitted(
          { span: node.span, code: this.#literal(node) },
          !literalExpression(node).startsWith("("),
        );
      case "Variable":
        return emitted({ span: node.span, code: this.#variable(node) }, true);
      case "Assignment":
        return this.#assignment(node);
      case "Block":
        return this.#blockFunction(node);
      case "BraceArray":
        return emitted({ span: node.span, code: ["[", this.#list(node.elements), "]"] }, true);
      case "Cascade":
        return this.#cascadeExpression(node);
      case "Send": {
        const inline = this.#analysis.inlineOf.get(node);
        if (inline !== undefined) return this.#inlinedExpression(node, inline);
        return this.#sendCode(node, undefined, node.args, node.receiver);
      }
    }
  }

  #literal(node: LiteralNode): string {
    if (node.type !== "array" && node.type !== "byteArray") return literalExpression(node);
    const name = `$literal${this.#module.literals.length + 1}`;
    const value = literalExpression(node);
    const frozen =
      node.type === "array" && this.#analysis.context.dialect === "pharo" ? `Object.freeze(${value})` : value;
    this.#module.literals.push(`const ${name} = ${frozen};`);
    return name;
  }

  #variable(node: VariableNode): string {
    const binding = this.#analysis.bindingOf.get(node);
    if (binding === undefined) return "null";
    switch (binding.kind) {
      case "pseudo":
        if (node.name === "self") return this.#analysis.unit.kind === "DoIt" ? "null" : "this";
        if (node.name === "super") return this.#analysis.unit.kind === "DoIt" ? "null" : "super";
        return "null";
      case "class":
        return this.#classExpression(binding.classEntry!);
      case "global": {
        const entry = binding.globalEntry!;
        return this.#module.imports.use(entry.module, entry.exportName);
      }
      default:
        return binding.tsName;
    }
  }

  #classExpression(entry: ClassEntry): string {
    if (this.#module.localClasses.has(entry.name)) return entry.name;
    const imports = this.#module.imports;
    return this.#module.classReference?.(entry, imports) ?? imports.use(entry.module, entry.exportName);
  }

  /**
   * A `super` send that is not a direct `super.name()` call (the protocol every class shares, such
   * as `Class>>new`, or a method that is not a JavaScript member): the method found from its
   * class, called with `this`.
   */
  #superSend(plan: SendPlan, selector: string, argumentValues: readonly Emitted[]): Emitted {
    const args = argumentValues.map((value) => value.code);
    if (plan.kind !== "primitive") {
      const list = ["[", commaSeparated(args), "]"];
      return emitted(["rt.doesNotUnderstand(this, ", stringLiteral(selector), ", ", list, ")"], true);
    }
    const owner = plan.method.owner;
    const classSide = this.#analysis.context.classSide === true;
    const method =
      owner.name === "Class"
        ? `rt.Class.prototype.${plan.method.entry.name}`
        : `rt.${classSide ? "lookupClassMethod" : "lookupMethod"}(${this.#classExpression(owner)}, ${stringLiteral(selector)})${this.#module.typescript ? "!" : ""}`;
    return emitted([method, ".call(this", args.length > 0 ? ", " : "", commaSeparated(args), ")"], true);
  }

  #assignmentTarget(node: AssignmentNode): string {
    return this.#analysis.bindingOf.get(node.variable)?.tsName ?? node.variable.name;
  }

  #assignment(node: AssignmentNode): Emitted {
    const value = this.#expression(node.value);
    return emitted(
      { span: node.span, code: ["(", this.#assignmentTarget(node), " = ", value.code, ")"] },
      true,
    );
  }

  /** Emits `nodes` left to right, aliasing earlier ones into temporaries when a later one needs statements. */
  #emitInOrder(nodes: readonly ExpressionNode[]): Emitted[] {
    let lastNeedingStatements = -1;
    nodes.forEach((node, index) => {
      if (!this.#isExpressible(node)) lastNeedingStatements = index;
    });
    return nodes.map((node, index) => {
      const value = this.#expression(node);
      if (index >= lastNeedingStatements || isPure(node)) return value;
      const temporary = this.#newTemporary();
      const annotation = this.#annotation(this.#typeOf(node));
      this.#pending.push((writer) => {
        writer.write(`const ${temporary}${annotation} = `);
        writeCode(writer, value.code);
        writer.line(";");
      });
      return emitted(temporary, true);
    });
  }

  #list(nodes: readonly ExpressionNode[]): Code {
    return commaSeparated(this.#emitInOrder(nodes).map((value) => value.code));
  }

  #sendCode(
    node: SendNode | CascadeMessageNode,
    receiverOverride: Emitted | undefined,
    args: readonly ExpressionNode[],
    receiverNode: ExpressionNode,
  ): Emitted {
    const plan = this.#analysis.planOf.get(node) ?? ({ kind: "dynamic", type: UNKNOWN } as SendPlan);
    const values =
      receiverOverride === undefined
        ? this.#emitInOrder([(node as SendNode).receiver, ...args])
        : [receiverOverride, ...this.#emitInOrder(args)];
    const [receiver, ...argumentValues] = values as [Emitted, ...Emitted[]];
    const argumentCode = (): Code => commaSeparated(argumentValues.map((value) => value.code));
    /** `rt.send(receiver, "selector", args…)`: the send looked up at run time. */
    const dynamicSend = (): Code => [
      "rt.send(",
      receiver.code,
      ", ",
      stringLiteral(node.selector),
      argumentValues.length > 0 ? ", " : "",
      argumentCode(),
      ")",
    ];
    const awaited = (call: Code, suspends: boolean): Emitted =>
      !suspends
        ? emitted(call, true)
        : this.#generators.has(this.#current.node)
          ? emitted(["(yield ", call, ")"], true)
          : emitted(["await ", call]);
    // A send maps to its selector (`connectTo:`), so an error names the message, not its receiver.
    const span = node.selectorParts[0] ?? node.span;
    if (receiverNode.kind === "Variable" && receiverNode.name === "super" && plan.kind !== "direct") {
      const call = this.#superSend(plan, node.selector, argumentValues);
      const value = awaited(call.code, this.#planSuspends(plan, args));
      return this.#marked(span, plan.type.kind === "unknown" ? value : this.#cast(value, plan.type));
    }
    switch (plan.kind) {
      case "direct": {
        const call: Code = [parenthesized(receiver), ".", plan.method.entry.name, "(", argumentCode(), ")"];
        const value = awaited(call, this.#planSuspends(plan, args));
        // `Foo new` is declared to answer any value; the analysis knows it answers a Foo.
        const refined =
          fromTypeRef(plan.method.entry.returns).kind === "unknown" && plan.type.kind !== "unknown";
        return this.#marked(span, refined ? this.#cast(value, plan.type) : value);
      }
      case "primitive": {
        const call = dynamicSend();
        const suspends = this.#planSuspends(plan, args);
        const value = awaited(call, suspends);
        const typed = plan.type.kind === "unknown" ? value : this.#cast(value, plan.type);
        return this.#marked(span, typed);
      }
      case "function": {
        const callee = this.#module.imports.use(plan.function.module, plan.function.name);
        const rest: Code =
          argumentValues.length === 0
            ? plan.function.args === "array"
              ? ", []"
              : ""
            : plan.function.args === "array"
              ? [", [", argumentCode(), "]"]
              : [", ", argumentCode()];
        const call: Code = [callee, "(", receiver.code, rest, ")"];
        const suspends = this.#planSuspends(plan, evaluatedBlocks(plan.function, receiverNode, args));
        const value = awaited(call, suspends);
        return this.#marked(span, plan.type.kind === "unknown" ? value : this.#cast(value, plan.type));
      }
      case "arithmetic":
        return this.#marked(
          span,
          emitted([`rt.${plan.functionName}(`, receiver.code, ", ", argumentCode(), ")"], true),
        );
      case "native": {
        const functionName = ARITHMETIC_FUNCTIONS[node.selector];
        if (receiverNode?.kind === "Literal" && args[0]?.kind === "Literal" && functionName !== undefined) {
          // Two literals: TypeScript rejects comparing unequal literal types, so call the runtime.
          return this.#marked(
            span,
            emitted([`rt.${functionName}(`, receiver.code, ", ", argumentCode(), ")"], true),
          );
        }
        const operands = [
          "(",
          parenthesized(receiver),
          ` ${plan.operator} `,
          parenthesized(argumentValues[0]!),
          ")",
        ];
        return this.#marked(span, emitted(operands, true));
      }
      case "identity":
        return this.#marked(
          span,
          emitted(
            [plan.negated ? "!" : "", "rt.identical(", receiver.code, ", ", argumentCode(), ")"],
            !plan.negated,
          ),
        );
      default: {
        const call = dynamicSend();
        return this.#marked(span, awaited(call, this.#planSuspends(plan, args)));
      }
    }
  }

  #marked(span: SourceSpan, value: Emitted): Emitted {
    return emitted({ span, code: value.code }, value.primary);
  }

  #planSuspends(plan: SendPlan, args: readonly ExpressionNode[]): boolean {
    if (
      plan.kind !== "direct" &&
      plan.kind !== "primitive" &&
      plan.kind !== "function" &&
      plan.kind !== "dynamic"
    )
      return false;
    const suspension = plan.suspension ?? "maybe";
    if (suspension === "never") return false;
    if (suspension !== "blocks") return true;
    return args.some((arg) => {
      if (arg.kind === "Block") return this.#analysis.functions.get(arg)?.suspends ?? true;
      const type = this.#typeOf(arg);
      return type.kind === "unknown" || isInstanceOf(type, "BlockClosure", this.#analysis.catalogue);
    });
  }

  #inlinedExpression(node: SendNode, inline: InlineKind): Emitted {
    if (!this.#isExpressible(node)) {
      const target = this.#newTemporary();
      const type = this.#typeText(this.#typeOf(node));
      const annotation = this.#annotation(type === "never" ? "unknown" : type);
      this.#pending.push((writer) => writer.line(`let ${target}${annotation};`));
      this.#pending.push(() => {
        const saved = this.#pending;
        this.#pending = [];
        this.#inlinedStatement(node, inline, { kind: "assign", target });
        this.#pending = saved;
      });
      return emitted(target, true);
    }
    const [first, second] = node.args;
    const value = (block: ExpressionNode | undefined): Code => {
      if (block === undefined || block.kind !== "Block" || block.statements.length === 0) return "null";
      const statement = block.statements[0]!;
      return this.#expression(statement as ExpressionNode).code;
    };
    switch (inline) {
      case "if": {
        const negate = node.selector.startsWith("ifFalse:");
        const condition = this.#condition(node.receiver, false);
        const [whenTrue, whenFalse] = negate ? [value(second), value(first)] : [value(first), value(second)];
        return emitted(
          { span: node.span, code: ["(", condition, " ? ", whenTrue, " : ", whenFalse, ")"] },
          true,
        );
      }
      case "andOr": {
        const condition = this.#condition(node.receiver, false);
        const operator = node.selector === "and:" ? " && " : " || ";
        return emitted({ span: node.span, code: ["(", condition, operator, value(first), ")"] }, true);
      }
      case "ifNil": {
        const { nilBlock, notNilBlock } = ifNilBlocks(node);
        const nilFirst = node.selector.startsWith("ifNil:");
        const receiver = this.#expression(node.receiver);
        const binding = this.#parameterOf(notNilBlock);
        let subject: string;
        let test: Code;
        if (binding !== undefined) {
          subject = binding.tsName;
          test = ["(", subject, " = ", receiver.code, ")"];
        } else if (node.receiver.kind === "Variable" && plainText(receiver.code) !== undefined) {
          subject = plainText(receiver.code)!;
          test = receiver.code;
        } else {
          subject = this.#newTemporary();
          const annotation = this.#annotation(this.#typeOf(node.receiver));
          this.#pending.push((writer) => writer.line(`let ${subject}${annotation};`));
          test = ["(", subject, " = ", receiver.code, ")"];
        }
        const whenNil = nilBlock === undefined ? subject : value(nilBlock);
        const whenNotNil = notNilBlock === undefined ? (nilFirst ? subject : "null") : value(notNilBlock);
        const nilValue = node.selector === "ifNotNil:" ? "null" : whenNil;
        return emitted(
          { span: node.span, code: ["(", test, " == null ? ", nilValue, " : ", whenNotNil, ")"] },
          true,
        );
      }
      default:
        return emitted("null", true);
    }
  }
}

/** The nil and not-nil blocks of an inlined `ifNil:`, `ifNotNil:`, `ifNil:ifNotNil:` or `ifNotNil:ifNil:`. */
function ifNilBlocks(node: SendNode): {
  nilBlock: ExpressionNode | undefined;
  notNilBlock: ExpressionNode | undefined;
} {
  const [first, second] = node.args;
  switch (node.selector) {
    case "ifNil:":
      return { nilBlock: first, notNilBlock: undefined };
    case "ifNil:ifNotNil:":
      return { nilBlock: first, notNilBlock: second };
    case "ifNotNil:ifNil:":
      return { nilBlock: second, notNilBlock: first };
    default:
      return { nilBlock: undefined, notNilBlock: first };
  }
}

function isLoop(inline: InlineKind): boolean {
  return (
    inline === "while" ||
    inline === "repeat" ||
    inline === "toDo" ||
    inline === "timesRepeat" ||
    inline === "caseOf"
  );
}

function isPure(node: ExpressionNode): boolean {
  return (
    node.kind === "Literal" || node.kind === "Block" || (node.kind === "Variable" && /^[A-Z]/.test(node.name))
  );
}

function assignsTo(node: ExpressionNode, name: string): boolean {
  switch (node.kind) {
    case "Assignment":
      return node.variable.name === name || assignsTo(node.value, name);
    case "Send":
      return assignsTo(node.receiver, name) || node.args.some((arg) => assignsTo(arg, name));
    case "Cascade":
      return (
        assignsTo(node.receiver, name) ||
        node.messages.some((message) => message.args.some((arg) => assignsTo(arg, name)))
      );
    case "BraceArray":
      return node.elements.some((element) => assignsTo(element, name));
    case "Block":
      return node.statements.some((statement) =>
        assignsTo(statement.kind === "Return" ? statement.value : statement, name),
      );
    default:
      return false;
  }
}

function startsLikeObjectLiteral(code: Code): boolean {
  if (typeof code === "string") return code.startsWith("{");
  if (Array.isArray(code)) return code.length > 0 && startsLikeObjectLiteral(code[0] as Code);
  return false;
}
