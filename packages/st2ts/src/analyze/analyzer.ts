/**
 * The analysis of one compilation unit (a do-it, or a method of a class): scopes and bindings,
 * inlining decisions, type inference for variables and expressions, the plan for every send,
 * may-suspend inference and nullability. Everything the emitter needs, in side tables keyed by
 * AST node; the AST itself is never changed.
 *
 * @module
 */

import { isByteString } from "@smalltalk-sockets/runtime";
import type {
  AssignmentNode,
  BlockNode,
  CascadeMessageNode,
  CascadeNode,
  DeclarationNode,
  DoItNode,
  ExpressionNode,
  LiteralNode,
  MethodNode,
  SendNode,
  StatementNode,
  VariableNode,
} from "../ast/nodes.js";
import type { TypeCatalogue } from "../catalogue/catalogue.js";
import { type Diagnostic, DiagnosticCode, diagnosticAt } from "../diagnostics.js";
import { type Binding, type BindingKind, type FunctionInfo, newBinding, Scope } from "./bindings.js";
import { evaluatedBlocks } from "./block-functions.js";
import { markNullable } from "./definite-assignment.js";
import { type InlineKind, inlineKind } from "./inlining.js";
import { planSend, type SendPlan } from "./plans.js";
import {
  BLOCK,
  BOOLEAN,
  INTEGER,
  instanceOf,
  join,
  NEVER,
  NIL,
  SMALL_INTEGER,
  type StType,
  sameType,
  UNKNOWN,
  withoutNil,
} from "./types.js";

/** The context a unit is compiled in. */
export interface UnitContext {
  /** The class a method belongs to (undefined for do-its). */
  readonly className?: string;
  /** Whether the method is on the class side. */
  readonly classSide?: boolean;
  /** The instance variable names visible to the method (own and inherited). */
  readonly instanceVariables?: readonly string[];
  /** The class variable names visible to the method. */
  readonly classVariables?: readonly string[];
  /** The class-side instance variable names visible to a class-side method. */
  readonly classInstanceVariables?: readonly string[];
  /**
   * How generated code reaches each of those variables (`this.$socket`, `Registry.$Default`) and
   * its type across the program; by default the name itself, of unknown type.
   */
  readonly variableInfo?: ReadonlyMap<string, { readonly tsName: string; readonly type: StType }>;
  /** The superclass of a method's class: where `super` sends start their lookup. */
  readonly superclassName?: string;
  /** The types of a method's arguments (unknown by default). */
  readonly argumentTypes?: readonly StType[];
  /**
   * Take the method's arguments not to suspend when evaluated as blocks: the analysis then says
   * whether the method may suspend other than through the blocks it is given.
   */
  readonly argumentBlocksSync?: boolean;
  /** Module-level names already taken (workspace variables of earlier do-its share them). */
  readonly workspace?: Map<string, Binding>;
  /** Whether the method answers self implicitly (methods) or its last value (do-its). */
  readonly dialect: "squeak" | "pharo";
}

/** What the emitter needs to know about a unit. */
export interface Analysis {
  readonly unit: DoItNode | MethodNode;
  readonly catalogue: TypeCatalogue;
  readonly context: UnitContext;
  /** The function of the unit itself. */
  readonly home: FunctionInfo;
  /** The function of every non-inlined block and of the unit. */
  readonly functions: ReadonlyMap<DoItNode | MethodNode | BlockNode, FunctionInfo>;
  /** What each variable reference (and assignment target) refers to. */
  readonly bindingOf: ReadonlyMap<VariableNode, Binding>;
  /** The variables each function declares (inlined blocks' parameters and temporaries included). */
  readonly localsOf: ReadonlyMap<FunctionInfo, readonly Binding[]>;
  /** The inferred type of every expression. */
  readonly typeOf: ReadonlyMap<ExpressionNode, StType>;
  /** How each send and cascade message is compiled. */
  readonly planOf: ReadonlyMap<SendNode | CascadeMessageNode, SendPlan>;
  /** The inlined sends. */
  readonly inlineOf: ReadonlyMap<SendNode, InlineKind>;
  /** Problems found. */
  readonly diagnostics: readonly Diagnostic[];
}

const PSEUDO_VARIABLES = new Set(["self", "super", "thisContext"]);
const MAX_TYPE_ITERATIONS = 8;

function literalType(node: LiteralNode): StType {
  switch (node.type) {
    case "integer":
      return node.value >= -(2n ** 53n) + 1n && node.value <= 2n ** 53n - 1n
        ? SMALL_INTEGER
        : node.value > 0n
          ? instanceOf("LargePositiveInteger")
          : instanceOf("LargeNegativeInteger");
    case "float":
      return instanceOf("Float");
    case "scaledDecimal":
      return instanceOf("ScaledDecimal");
    case "string":
      return isByteString(node.value) ? instanceOf("ByteString") : instanceOf("WideString");
    case "symbol":
      return instanceOf("ByteSymbol");
    case "character":
      return instanceOf("Character");
    case "boolean":
      return BOOLEAN;
    case "nil":
      return NIL;
    case "array":
      return instanceOf("Array");
    case "byteArray":
      return instanceOf("ByteArray");
  }
}

/**
 * Analyses `unit` against `catalogue`. Never throws for bad input: problems become diagnostics.
 */
export function analyzeUnit(
  unit: DoItNode | MethodNode,
  catalogue: TypeCatalogue,
  context: UnitContext,
): Analysis {
  return new Analyzer(unit, catalogue, context).run();
}

class Analyzer {
  readonly #unit: DoItNode | MethodNode;
  readonly #catalogue: TypeCatalogue;
  readonly #context: UnitContext;
  readonly #functions = new Map<DoItNode | MethodNode | BlockNode, FunctionInfo>();
  readonly #bindingOf = new Map<VariableNode, Binding>();
  readonly #localsOf = new Map<FunctionInfo, Binding[]>();
  readonly #typeOf = new Map<ExpressionNode, StType>();
  readonly #planOf = new Map<SendNode | CascadeMessageNode, SendPlan>();
  readonly #inlineOf = new Map<SendNode, InlineKind>();
  readonly #diagnostics: Diagnostic[] = [];
  readonly #bindings: Binding[] = [];
  readonly #globals = new Map<string, Binding>();
  readonly #reportedUndeclared = new Set<string>();
  readonly #declared = new Map<DeclarationNode, Binding>();
  readonly #commaChecked = new Set<SendNode | CascadeMessageNode>();
  readonly #home: FunctionInfo;
  #pendingTypes = new Map<Binding, StType>();

  constructor(unit: DoItNode | MethodNode, catalogue: TypeCatalogue, context: UnitContext) {
    this.#unit = unit;
    this.#catalogue = catalogue;
    this.#context = context;
    const home: FunctionInfo = {
      kind: unit.kind === "DoIt" ? "doIt" : "method",
      node: unit,
      parent: undefined,
      get home() {
        return home;
      },
      suspends: unit.kind === "DoIt",
      hasNonLocalReturn: false,
    };
    this.#home = home;
  }

  run(): Analysis {
    const moduleScope = this.#moduleScope();
    const scope = new Scope(this.#home, moduleScope);
    this.#functions.set(this.#unit, this.#home);
    this.#localsOf.set(this.#home, []);
    if (this.#unit.kind === "Method") {
      this.#unit.params.forEach((param, index) => {
        const binding = this.#declare(scope, param, "argument", this.#home);
        binding.type = this.#context.argumentTypes?.[index] ?? UNKNOWN;
      });
    }
    for (const temporary of this.#unit.temporaries) this.#declare(scope, temporary, "temporary", this.#home);
    this.#resolveStatements(this.#unit.statements, scope, this.#home);
    markNullable(this.#unit, this.#bindingOf, this.#inlineOf, this.#declared);
    this.#inferTypes();
    this.#inferSuspension();
    return {
      unit: this.#unit,
      catalogue: this.#catalogue,
      context: this.#context,
      home: this.#home,
      functions: this.#functions,
      bindingOf: this.#bindingOf,
      localsOf: this.#localsOf,
      typeOf: this.#typeOf,
      planOf: this.#planOf,
      inlineOf: this.#inlineOf,
      diagnostics: this.#diagnostics,
    };
  }

  // ---- Scopes and bindings ------------------------------------------------------------------

  #moduleScope(): Scope {
    const scope = new Scope(undefined, undefined);
    const context = this.#context;
    const declareAll = (names: readonly string[] | undefined, kind: BindingKind) => {
      for (const name of names ?? []) {
        const binding = this.#remember(newBinding(name, kind, undefined, undefined));
        const info = context.variableInfo?.get(name);
        binding.tsName = info?.tsName ?? name;
        binding.type = info?.type ?? UNKNOWN;
        scope.declare(binding);
      }
    };
    declareAll(context.classVariables, "classVariable");
    if (context.classSide) declareAll(context.classInstanceVariables, "classInstanceVariable");
    else declareAll(context.instanceVariables, "instanceVariable");
    for (const binding of context.workspace?.values() ?? []) scope.declare(binding);
    return scope;
  }

  #remember(binding: Binding): Binding {
    this.#bindings.push(binding);
    return binding;
  }

  #declare(scope: Scope, declaration: DeclarationNode, kind: BindingKind, owner: FunctionInfo): Binding {
    const { name, span } = declaration;
    const shadowed = scope.lookup(name);
    const binding = this.#remember(newBinding(name, kind, owner, span));
    this.#declared.set(declaration, binding);
    if (kind === "argument" || kind === "blockParameter") binding.type = UNKNOWN;
    if (shadowed !== undefined && shadowed.kind !== "workspace" && shadowed.owner !== undefined) {
      this.#report(
        span,
        DiagnosticCode.ShadowedVariable,
        "warning",
        `'${name}' shadows a variable of the same name`,
      );
    }
    scope.declare(binding);
    this.#localsOf.get(owner)?.push(binding);
    return binding;
  }

  #report(
    span: DoItNode["span"],
    code: Diagnostic["code"],
    severity: Diagnostic["severity"],
    message: string,
  ): void {
    this.#diagnostics.push(diagnosticAt(span, code, severity, message));
  }

  #global(name: string): Binding | undefined {
    const known = this.#globals.get(name);
    if (known !== undefined) return known;
    const classEntry = this.#catalogue.classNamed(name);
    const globalEntry = classEntry === undefined ? this.#catalogue.globalNamed(name) : undefined;
    if (classEntry === undefined && globalEntry === undefined) return undefined;
    const binding = this.#remember(
      newBinding(name, classEntry !== undefined ? "class" : "global", undefined, undefined, {
        ...(classEntry !== undefined ? { classEntry } : {}),
        ...(globalEntry !== undefined ? { globalEntry } : {}),
      }),
    );
    binding.type =
      classEntry !== undefined
        ? { kind: "class", className: classEntry.name }
        : instanceOf(globalEntry!.className);
    this.#globals.set(name, binding);
    return binding;
  }

  #resolveVariable(node: VariableNode, scope: Scope, fn: FunctionInfo): Binding {
    const found = scope.lookup(node.name);
    if (found !== undefined) return found;
    if (PSEUDO_VARIABLES.has(node.name)) return this.#pseudo(node);
    const global = this.#global(node.name);
    if (global !== undefined) return global;
    return this.#undeclared(node, fn);
  }

  #pseudo(node: VariableNode): Binding {
    const binding = this.#remember(newBinding(node.name, "pseudo", undefined, undefined));
    if (node.name === "thisContext") {
      this.#report(
        node.span,
        DiagnosticCode.ThisContextUnsupported,
        "error",
        "thisContext is not supported: generated TypeScript has no reified contexts",
      );
      binding.type = UNKNOWN;
    } else if (this.#unit.kind === "DoIt") {
      if (node.name === "super") {
        this.#report(
          node.span,
          DiagnosticCode.SuperOutsideMethod,
          "error",
          "super can only be used inside a method",
        );
      }
      binding.type = NIL;
    } else {
      const className =
        (node.name === "super" ? this.#context.superclassName : undefined) ??
        this.#context.className ??
        "Object";
      binding.type = this.#context.classSide ? { kind: "class", className } : instanceOf(className);
    }
    return binding;
  }

  #undeclared(node: VariableNode, fn: FunctionInfo): Binding {
    const name = node.name;
    const workspace = this.#context.workspace;
    const first = !this.#reportedUndeclared.has(name);
    this.#reportedUndeclared.add(name);
    if (/^[A-Z]/.test(name)) {
      if (first) {
        this.#report(node.span, DiagnosticCode.UnknownGlobal, "error", `unknown class or global '${name}'`);
      }
    } else if (fn.home.kind === "doIt" && workspace !== undefined) {
      const existing = workspace.get(name);
      if (existing !== undefined) return existing;
      if (first) {
        this.#report(
          node.span,
          DiagnosticCode.UndeclaredWorkspaceVariable,
          "warning",
          `'${name}' is not declared; it is auto-declared as a workspace variable, as a Squeak Workspace does (declare it: | ${name} |)`,
        );
      }
      const binding = this.#remember(newBinding(name, "workspace", undefined, undefined));
      binding.type = UNKNOWN;
      workspace.set(name, binding);
      return binding;
    } else if (first) {
      this.#report(node.span, DiagnosticCode.UndeclaredVariable, "error", `undeclared variable '${name}'`);
    }
    const binding = this.#remember(newBinding(name, "workspace", undefined, undefined));
    binding.type = UNKNOWN;
    return binding;
  }

  #resolveStatements(statements: readonly StatementNode[], scope: Scope, fn: FunctionInfo): void {
    for (const statement of statements) {
      if (statement.kind === "Return") {
        if (fn.kind === "block") fn.home.hasNonLocalReturn = true;
        this.#resolve(statement.value, scope, fn);
      } else {
        this.#resolve(statement, scope, fn);
      }
    }
  }

  #resolve(node: ExpressionNode, scope: Scope, fn: FunctionInfo): void {
    switch (node.kind) {
      case "Variable": {
        const binding = this.#resolveVariable(node, scope, fn);
        this.#bindingOf.set(node, binding);
        binding.reads.push(node);
        return;
      }
      case "Literal":
        return;
      case "Assignment":
        this.#resolve(node.value, scope, fn);
        this.#resolveAssignment(node, scope, fn);
        return;
      case "Send":
        this.#resolveSend(node, scope, fn);
        return;
      case "Cascade":
        this.#resolve(node.receiver, scope, fn);
        for (const message of node.messages) for (const arg of message.args) this.#resolve(arg, scope, fn);
        return;
      case "BraceArray":
        for (const element of node.elements) this.#resolve(element, scope, fn);
        return;
      case "Block":
        this.#resolveBlock(node, scope, fn);
        return;
    }
  }

  #resolveAssignment(node: AssignmentNode, scope: Scope, fn: FunctionInfo): void {
    const binding = this.#resolveVariable(node.variable, scope, fn);
    this.#bindingOf.set(node.variable, binding);
    binding.assignments.push(node);
    const name = node.variable.name;
    if (binding.kind === "argument" || binding.kind === "blockParameter") {
      this.#report(
        node.variable.span,
        DiagnosticCode.AssignmentToArgument,
        "error",
        `cannot assign to the argument '${name}'`,
      );
    } else if (binding.kind === "class" || binding.kind === "global") {
      this.#report(
        node.variable.span,
        DiagnosticCode.AssignmentToGlobal,
        "error",
        `cannot assign to the global '${name}'`,
      );
    } else if (binding.kind === "pseudo") {
      this.#report(
        node.variable.span,
        DiagnosticCode.AssignmentToPseudoVariable,
        "error",
        `cannot assign to '${name}'`,
      );
    }
  }

  #resolveSend(node: SendNode, scope: Scope, fn: FunctionInfo): void {
    const inline = inlineKind(node);
    this.#resolve(node.receiver, scope, fn);
    if (inline === undefined) {
      for (const arg of node.args) this.#resolve(arg, scope, fn);
      this.#checkDragons(node);
      return;
    }
    this.#inlineOf.set(node, inline);
    if (inline === "while" || inline === "repeat") {
      this.#resolveInlinedBlock(node.receiver as BlockNode, scope, fn);
    }
    for (const arg of node.args) {
      if (arg.kind === "Block") this.#resolveInlinedBlock(arg, scope, fn);
      else if (arg.kind === "BraceArray" && inline === "caseOf") {
        for (const element of arg.elements) {
          const pair = element as SendNode;
          this.#resolveInlinedBlock(pair.receiver as BlockNode, scope, fn);
          this.#resolveInlinedBlock(pair.args[0] as BlockNode, scope, fn);
        }
      } else this.#resolve(arg, scope, fn);
    }
  }

  #resolveInlinedBlock(block: BlockNode, outer: Scope, fn: FunctionInfo): void {
    const scope = new Scope(fn, outer);
    for (const param of block.params) this.#declare(scope, param, "blockTemporary", fn);
    for (const temporary of block.temporaries) this.#declare(scope, temporary, "blockTemporary", fn);
    this.#resolveStatements(block.statements, scope, fn);
  }

  #resolveBlock(block: BlockNode, outer: Scope, parent: FunctionInfo): void {
    const fn: FunctionInfo = {
      kind: "block",
      node: block,
      parent,
      home: parent.home,
      suspends: false,
      hasNonLocalReturn: false,
    };
    this.#functions.set(block, fn);
    this.#localsOf.set(fn, []);
    const scope = new Scope(fn, outer);
    for (const param of block.params) this.#declare(scope, param, "blockParameter", fn);
    for (const temporary of block.temporaries) this.#declare(scope, temporary, "blockTemporary", fn);
    this.#resolveStatements(block.statements, scope, fn);
  }

  // ---- Dragons --------------------------------------------------------------------------------

  #checkDragons(node: SendNode): void {
    if (
      node.selector === "addressFromString:" &&
      node.receiver.kind === "Variable" &&
      node.receiver.name === "NetNameResolver" &&
      !isAddressLiteral(node.args[0]!)
    ) {
      this.#report(
        node.span,
        DiagnosticCode.AddressFromStringHostName,
        "warning",
        "NetNameResolver addressFromString: only parses an address literal such as '127.0.0.1'; for a host name it answers nil, as it does no DNS lookup. Use addressForName: to resolve a name",
      );
    }
  }

  #checkComma(node: SendNode | CascadeMessageNode, argumentType: StType): void {
    // Type inference visits a send once per round: report it once.
    if (this.#context.dialect !== "pharo" || node.selector !== "," || this.#commaChecked.has(node)) return;
    const scalar = [
      "SmallInteger",
      "LargePositiveInteger",
      "LargeNegativeInteger",
      "Float",
      "Fraction",
      "ScaledDecimal",
      "Character",
      "Boolean",
      "UndefinedObject",
    ];
    const members = argumentType.kind === "union" ? argumentType.members : [argumentType];
    const offending = members.find(
      (member) => member.kind === "instance" && scalar.includes(member.className),
    );
    if (offending === undefined || offending.kind !== "instance") return;
    this.#commaChecked.add(node);
    this.#report(
      node.span,
      DiagnosticCode.CommaWithNonCollection,
      "warning",
      `',' with a ${offending.className} argument signals an Error under the Pharo dialect ('Instances of ${offending.className} are not indexable'); convert the argument first (printString or asString)`,
    );
  }

  // ---- Types ----------------------------------------------------------------------------------

  #inferTypes(): void {
    for (let iteration = 0; ; iteration += 1) {
      this.#pendingTypes = new Map();
      this.#typeOf.clear();
      this.#planOf.clear();
      this.#typeStatements(this.#unit.statements);
      let changed = false;
      for (const binding of this.#bindings) {
        if (binding.assignments.length === 0 || binding.type.kind === "unknown") continue;
        if (binding.kind === "argument" || binding.kind === "blockParameter" || binding.kind === "pseudo")
          continue;
        const assigned = this.#pendingTypes.get(binding) ?? NEVER;
        const next = iteration >= MAX_TYPE_ITERATIONS ? UNKNOWN : join(binding.type, assigned);
        if (!sameType(next, binding.type)) {
          binding.type = next;
          changed = true;
        }
      }
      if (!changed) break;
    }
    // A temporary that is never assigned holds nil. (A class's variables keep their type: the
    // program's analysis joins what all its methods assign.)
    for (const binding of this.#bindings)
      if (binding.type.kind === "never" && binding.owner !== undefined) binding.type = NIL;
    this.#typeOf.clear();
    this.#planOf.clear();
    this.#typeStatements(this.#unit.statements);
  }

  #typeStatements(statements: readonly StatementNode[]): StType {
    let last: StType = NIL;
    for (const statement of statements) {
      if (statement.kind === "Return") {
        this.#type(statement.value);
        last = NEVER;
      } else {
        last = this.#type(statement);
      }
    }
    return last;
  }

  /** The value of an inlined block (its last statement's type, nil when empty). */
  #blockValueType(block: ExpressionNode | undefined): StType {
    if (block === undefined || block.kind !== "Block") return NIL;
    return this.#typeStatements(block.statements);
  }

  /** The type a read of `binding` has (during inference, `never` until something is assigned). */
  #variableType(binding: Binding): StType {
    return binding.nullable ? join(binding.type, NIL) : binding.type;
  }

  #type(node: ExpressionNode): StType {
    const type = this.#computeType(node);
    this.#typeOf.set(node, type);
    return type;
  }

  #computeType(node: ExpressionNode): StType {
    switch (node.kind) {
      case "Literal":
        return literalType(node);
      case "Variable": {
        const binding = this.#bindingOf.get(node);
        return binding === undefined ? UNKNOWN : this.#variableType(binding);
      }
      case "Assignment": {
        const value = this.#type(node.value);
        const binding = this.#bindingOf.get(node.variable);
        if (binding !== undefined)
          this.#pendingTypes.set(binding, join(this.#pendingTypes.get(binding) ?? NEVER, value));
        this.#typeOf.set(node.variable, value);
        return value;
      }
      case "Block":
        this.#typeStatements(node.statements);
        return BLOCK;
      case "BraceArray":
        for (const element of node.elements) this.#type(element);
        return instanceOf("Array");
      case "Cascade":
        return this.#cascadeType(node);
      case "Send":
        return this.#sendType(node);
    }
  }

  #cascadeType(node: CascadeNode): StType {
    const receiver = this.#type(node.receiver);
    let last: StType = UNKNOWN;
    for (const message of node.messages) {
      const types = message.args.map((arg) => this.#type(arg));
      const plan = planSend(receiver, message.selector, { types }, this.#catalogue);
      this.#planOf.set(message, plan);
      if (types.length === 1) this.#checkComma(message, types[0]!);
      last = plan.type;
    }
    return last;
  }

  #sendType(node: SendNode): StType {
    const inline = this.#inlineOf.get(node);
    if (inline !== undefined) {
      const type = this.#inlineType(node, inline);
      this.#planOf.set(node, { kind: "inline", inline, type });
      return type;
    }
    const receiver = this.#type(node.receiver);
    this.#typeHandlerParameters(node);
    const types = node.args.map((arg) => this.#type(arg));
    if (types.length === 1) this.#checkComma(node, types[0]!);
    const plan = planSend(receiver, node.selector, { types }, this.#catalogue);
    this.#planOf.set(node, plan);
    return plan.type;
  }

  /**
   * In `aBlock on: ExceptionClass do: [:ex | ...]` the handler's parameter is an instance of
   * the exception class, so sends to it (`ex return: 5`, `ex messageText`) are typed calls.
   */
  #typeHandlerParameters(node: SendNode): void {
    if (node.selector !== "on:do:" && node.selector !== "on:do:on:do:") return;
    for (let index = 0; index + 1 < node.args.length; index += 2) {
      const selector = node.args[index]!;
      const handler = node.args[index + 1]!;
      if (selector.kind !== "Variable" || handler.kind !== "Block") continue;
      const binding = this.#bindingOf.get(selector);
      const param = handler.params[0];
      const parameter = param === undefined ? undefined : this.#declared.get(param);
      if (binding?.kind !== "class" || parameter === undefined || binding.classEntry === undefined) continue;
      if (this.#catalogue.inheritsFromOrIs(binding.classEntry.name, "Exception")) {
        parameter.type = instanceOf(binding.classEntry.name);
      }
    }
  }

  #inlineType(node: SendNode, inline: InlineKind): StType {
    const [first, second] = node.args;
    switch (inline) {
      case "if": {
        this.#type(node.receiver);
        const values = node.args.map((arg) => this.#blockValueType(arg));
        const joined = values.reduce((all, each) => join(all, each), NEVER);
        return node.args.length === 1 ? join(joined, NIL) : joined;
      }
      case "andOr":
        this.#type(node.receiver);
        return join(BOOLEAN, this.#blockValueType(first));
      case "ifNil": {
        const receiver = this.#type(node.receiver);
        this.#typeInlinedParameter(node, withoutNil(receiver));
        const values = node.args.map((arg) => this.#blockValueType(arg));
        const joined = values.reduce((all, each) => join(all, each), NEVER);
        if (node.selector === "ifNil:") return join(withoutNil(receiver), joined);
        if (node.selector === "ifNotNil:") return join(NIL, joined);
        return joined;
      }
      case "while":
        this.#blockValueType(node.receiver);
        if (first !== undefined) this.#blockValueType(first);
        return NIL;
      case "repeat":
        this.#blockValueType(node.receiver);
        return NIL;
      case "timesRepeat":
        this.#blockValueType(first);
        return this.#type(node.receiver);
      case "toDo": {
        const receiver = this.#type(node.receiver);
        const limit = this.#type(first!);
        const step = node.args.length === 3 ? this.#type(second!) : SMALL_INTEGER;
        const counter = [receiver, limit, step].every((type) => sameType(type, SMALL_INTEGER))
          ? SMALL_INTEGER
          : INTEGER;
        const block = node.args[node.args.length - 1] as BlockNode;
        const param = block.params[0];
        if (param !== undefined) this.#setInlinedParameterType(block, counter);
        this.#typeStatements(block.statements);
        return receiver;
      }
      case "caseOf": {
        this.#type(node.receiver);
        let joined: StType = node.args.length === 2 ? this.#blockValueType(second) : UNKNOWN;
        for (const element of (first as { elements: readonly SendNode[] }).elements) {
          this.#blockValueType(element.receiver);
          joined = join(joined, this.#blockValueType(element.args[0]));
        }
        return joined;
      }
    }
  }

  #typeInlinedParameter(node: SendNode, type: StType): void {
    for (const arg of node.args) {
      if (arg.kind !== "Block" || arg.params.length !== 1) continue;
      this.#setInlinedParameterType(arg, type);
      const binding = this.#declared.get(arg.params[0]!);
      if (binding !== undefined) binding.narrowedByTest = true;
    }
  }

  #setInlinedParameterType(block: BlockNode, type: StType): void {
    const param = block.params[0];
    const binding = param === undefined ? undefined : this.#declared.get(param);
    if (binding !== undefined) binding.type = type.kind === "never" ? UNKNOWN : type;
  }

  // ---- Suspension -----------------------------------------------------------------------------

  #inferSuspension(): void {
    for (let changed = true; changed; ) {
      changed = false;
      for (const fn of this.#functions.values()) {
        if (fn.suspends) continue;
        if (this.#statementsSuspend(fn.node.statements)) {
          fn.suspends = true;
          changed = true;
        }
      }
    }
  }

  #statementsSuspend(statements: readonly StatementNode[]): boolean {
    return statements.some((statement) =>
      this.#suspends(statement.kind === "Return" ? statement.value : statement),
    );
  }

  /** Whether evaluating `node` in its function may suspend (nested non-inlined blocks excluded). */
  #suspends(node: ExpressionNode): boolean {
    switch (node.kind) {
      case "Literal":
      case "Variable":
      case "Block":
        return false;
      case "Assignment":
        return this.#suspends(node.value);
      case "BraceArray":
        return node.elements.some((element) => this.#suspends(element));
      case "Cascade":
        return (
          this.#suspends(node.receiver) ||
          node.messages.some(
            (message) =>
              message.args.some((arg) => this.#suspends(arg)) || this.#planSuspends(message, message.args),
          )
        );
      case "Send": {
        const inline = this.#inlineOf.get(node);
        if (inline !== undefined) return this.#inlinedSuspends(node);
        const plan = this.#planOf.get(node);
        const blocks =
          plan?.kind === "function" ? evaluatedBlocks(plan.function, node.receiver, node.args) : node.args;
        return (
          this.#suspends(node.receiver) ||
          node.args.some((arg) => this.#suspends(arg)) ||
          this.#planSuspends(node, blocks)
        );
      }
    }
  }

  #inlinedSuspends(node: SendNode): boolean {
    const parts: ExpressionNode[] = [node.receiver, ...node.args];
    return parts.some((part) => {
      if (part.kind === "Block") return this.#statementsSuspend(part.statements);
      if (part.kind === "BraceArray" && this.#inlineOf.get(node) === "caseOf") {
        return part.elements.some((element) => {
          const pair = element as SendNode;
          return [pair.receiver, pair.args[0]!].some(
            (block) => block.kind === "Block" && this.#statementsSuspend(block.statements),
          );
        });
      }
      return this.#suspends(part);
    });
  }

  #planSuspends(node: SendNode | CascadeMessageNode, args: readonly ExpressionNode[]): boolean {
    const plan = this.#planOf.get(node);
    if (plan === undefined) return true;
    switch (plan.kind) {
      case "dynamic":
      case "direct":
      case "primitive":
      case "function": {
        const suspension = plan.suspension ?? "maybe";
        if (suspension === "never") return false;
        if (suspension !== "blocks") return true;
        return args.some((arg) => {
          if (arg.kind === "Block") return this.#functions.get(arg)?.suspends ?? true;
          if (this.#context.argumentBlocksSync && arg.kind === "Variable") {
            if (this.#bindingOf.get(arg)?.kind === "argument") return false;
          }
          const type = this.#typeOf.get(arg) ?? UNKNOWN;
          return type.kind === "unknown" || sameType(type, BLOCK);
        });
      }
      default:
        return false;
    }
  }
}

/** Whether `node` is a string literal that `addressFromString:` parses (an IPv4 or IPv6 literal). */
function isAddressLiteral(node: ExpressionNode): boolean {
  if (node.kind !== "Literal" || node.type !== "string") return false;
  const text = node.value.trim();
  return /^\d{1,3}([., ]\d{1,3}){3}/.test(text) || (text.includes(":") && /^[0-9a-fA-F:.]+$/.test(text));
}
