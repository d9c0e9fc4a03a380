/**
 * The Ohm semantics that turns a CST of the Smalltalk grammar into the typed AST, and the
 * checks the grammar leaves to it (number values, byte ranges, the ambiguous `3--4`,
 * unreachable statements, special characters in literal arrays, assignments to
 * pseudo-variables, cascades after a non-send).
 *
 * @module
 */

import type { Grammar, IterationNode, MatchResult, Node as OhmNode, Semantics } from "ohm-js";
import type {
  ArrayLiteral,
  BlockNode,
  BraceArrayNode,
  CascadeMessageNode,
  CascadeNode,
  DeclarationNode,
  DoItNode,
  ExpressionNode,
  IntegerLiteral,
  LiteralNode,
  MethodNode,
  PatternKind,
  PragmaNode,
  SendNode,
  SourceSpan,
  StatementNode,
  SymbolLiteral,
  VariableNode,
} from "../ast/nodes.js";
import type { Diagnostic, DiagnosticCodeValue, Severity } from "../diagnostics.js";
import { DiagnosticCode, makeDiagnostic } from "../diagnostics.js";
import type { SmalltalkActionDict } from "../grammar/smalltalk.ohm-bundle.js";
import grammars from "../grammar/smalltalk.ohm-bundle.js";
import type { SourceText } from "../source-text.js";
import { readNumber } from "./numbers.js";
import { lastTokenEnd, skipComment } from "./scanner.js";

/** Where a fragment (a chunk, a method body, a do-it) sits in its file. */
export interface Fragment {
  /** The file. */
  readonly source: SourceText;
  /** The text given to Ohm (a chunk after `!!` unescaping, a Tonel method, …). */
  readonly text: string;
  /** File offset of `text[0]`. */
  readonly base: number;
  /**
   * Offsets in `text` (ascending) where the original had one more code unit (the second `!`
   * of each `!!`); empty when `text` is a plain slice of the file.
   */
  readonly escapes: readonly number[];
}

/** The state of one AST build (one Ohm match). */
interface BuildState {
  readonly fragment: Fragment;
  readonly diagnostics: Diagnostic[];
}

let state: BuildState | undefined;

/** Maps an offset in the fragment text to an offset in the file. */
export function fileOffset(fragment: Fragment, offset: number): number {
  const { escapes } = fragment;
  if (escapes.length === 0) return fragment.base + offset;
  let lo = 0;
  let hi = escapes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (escapes[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return fragment.base + offset + lo;
}

/** Runs the `ast` operation on a CST node. */
function ast(node: OhmNode): unknown {
  // biome-ignore lint/complexity/useLiteralKeys: Ohm operations live behind an index signature
  return node["ast"]();
}

function current(): BuildState {
  if (state === undefined) throw new Error("st2ts: AST action outside a build");
  return state;
}

function spanOf(start: number, end: number): SourceSpan {
  const { fragment } = current();
  return fragment.source.span(fileOffset(fragment, start), fileOffset(fragment, end));
}

function nodeSpan(node: OhmNode): SourceSpan {
  const src = node.source;
  return spanOf(src.startIdx, src.endIdx);
}

function report(
  code: DiagnosticCodeValue,
  severity: Severity,
  message: string,
  start: number,
  end: number,
): void {
  const { fragment, diagnostics } = current();
  diagnostics.push(
    makeDiagnostic(
      fragment.source,
      code,
      severity,
      message,
      fileOffset(fragment, start),
      fileOffset(fragment, end),
    ),
  );
}

function declaration(node: OhmNode): DeclarationNode {
  return { kind: "Declaration", name: node.sourceString, span: nodeSpan(node) };
}

function expr(node: OhmNode): ExpressionNode {
  return ast(node) as ExpressionNode;
}

function optional(node: IterationNode): OhmNode | undefined {
  return node.children[0];
}

/** The selector, arguments and part spans of a message (before it has a receiver). */
interface Message {
  readonly selector: string;
  readonly args: readonly ExpressionNode[];
  readonly selectorParts: readonly SourceSpan[];
}

function keywordMessage(keywords: IterationNode, args: IterationNode): Message {
  let selector = "";
  const parts: SourceSpan[] = [];
  for (const k of keywords.children) {
    selector += k.sourceString;
    parts.push(nodeSpan(k));
  }
  return { selector, args: args.children.map(expr), selectorParts: parts };
}

/** The message of the ambiguous-selector warning (`3--4`). */
export function ambiguousSelectorMessage(selector: string, digits: string): string {
  const head = selector.slice(0, -1);
  return `ambiguous selector '${selector}' before ${digits}: it is read as '${selector} ${digits}'; add a space, '${head} -${digits}' or '${selector} ${digits}'`;
}

/** The message of the special-character-in-literal-array warning. */
export function specialInArrayMessage(text: string): string {
  return `'${text}' in a literal array is read as the symbol #'${text}'; write #'${text}' (use a proper symbol literal)`;
}

/** The message of the unreachable-statement warning. */
export const UNREACHABLE_MESSAGE = "unreachable statement: it follows a ^ return";

/** Warns about `3--4` and `3+-4`: a binary run ending in `-` directly before a digit. */
function checkAmbiguousSelector(selectorNode: OhmNode): void {
  const selector = selectorNode.sourceString;
  if (selector.length < 2 || !selector.endsWith("-")) return;
  const { fragment } = current();
  const after = fragment.text.charCodeAt(selectorNode.source.endIdx);
  if (after >= 48 && after <= 57) {
    const start = selectorNode.source.startIdx;
    const end = selectorNode.source.endIdx;
    const digits = /^[0-9]+/.exec(fragment.text.slice(end))![0];
    report(
      DiagnosticCode.AmbiguousSelector,
      "warning",
      ambiguousSelectorMessage(selector, digits),
      start,
      end,
    );
  }
}

function binaryMessage(selectorNode: OhmNode, arg: OhmNode): Message {
  checkAmbiguousSelector(selectorNode);
  return {
    selector: selectorNode.sourceString,
    args: [expr(arg)],
    selectorParts: [nodeSpan(selectorNode)],
  };
}

function send(receiver: ExpressionNode, message: Message, start: number, end: number): SendNode {
  return {
    kind: "Send",
    receiver,
    selector: message.selector,
    args: message.args,
    selectorParts: message.selectorParts,
    span: spanOf(start, end),
  };
}

/** The statements of a `Statements` node, with the unreachable-code warning. */
function statements(node: OhmNode): StatementNode[] {
  const [, first, , rest] = node.children as [IterationNode, IterationNode, IterationNode, IterationNode];
  const firstNode = optional(first);
  if (firstNode === undefined) return [];
  const list: StatementNode[] = [ast(firstNode) as StatementNode];
  const more = optional(rest);
  if (more !== undefined) for (const s of more.children) list.push(ast(s) as StatementNode);
  for (let i = 0; i < list.length - 1; i++) {
    if (list[i]!.kind === "Return") {
      const next = list[i + 1]!;
      const last = list[list.length - 1]!;
      const { fragment } = current();
      const d = makeDiagnostic(
        fragment.source,
        DiagnosticCode.UnreachableStatement,
        "warning",
        UNREACHABLE_MESSAGE,
        next.span.start,
        last.span.end,
      );
      current().diagnostics.push(d);
      break;
    }
  }
  return list;
}

function temporaries(opt: IterationNode): DeclarationNode[] {
  const t = optional(opt);
  return t === undefined ? [] : (ast(t) as DeclarationNode[]);
}

function symbolLiteral(value: string, node: OhmNode): SymbolLiteral {
  return { kind: "Literal", type: "symbol", value, span: nodeSpan(node) };
}

/** The content of a quoted string or symbol token, with `''` undoubled. */
export function unquote(quoted: string): string {
  const body = quoted.slice(1, -1);
  return body.includes("''") ? body.replaceAll("''", "'") : body;
}

/** The comment right after a method's pattern, if any. */
/** The method comment: the comment right after the pattern (ending at `from`), if any. */
export function methodComment(text: string, from: number): string | undefined {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) i++;
    else break;
  }
  if (text.charCodeAt(i) !== 34) return undefined;
  const end = skipComment(text, i);
  if (end < 0) return undefined;
  const body = text.slice(i + 1, end - 1);
  return body.includes('""') ? body.replaceAll('""', '"') : body;
}

/** Variables that cannot be assigned. */
export const PSEUDO_VARIABLES = new Set(["self", "super", "thisContext"]);

const actions: SmalltalkActionDict<unknown> = {
  DoIt(temps, stmts): DoItNode {
    const { startIdx, endIdx } = this.source;
    return {
      kind: "DoIt",
      temporaries: temporaries(temps),
      statements: statements(stmts),
      span: spanOf(startIdx, lastTokenEnd(current().fragment.text, startIdx, endIdx)),
    };
  },

  Method(pattern, body): MethodNode {
    return buildMethod(this, pattern, body, true);
  },

  TonelMethod(pattern, _open, body, _close): MethodNode {
    return buildMethod(this, pattern, body, false);
  },

  PatternOnly(pattern, _rest) {
    return ast(pattern);
  },

  MethodBody(pragmas1, temps, pragmas2, stmts) {
    return {
      pragmas: [...pragmas1.children, ...pragmas2.children].map((p) => ast(p) as PragmaNode),
      temporaries: temporaries(temps),
      statements: statements(stmts),
    };
  },

  MessagePattern_keyword(keywords, params) {
    const m = keywordMessageParts(keywords);
    return { ...m, patternKind: "keyword", params: params.children.map(declaration) };
  },

  MessagePattern_binary(selector, param) {
    return {
      selector: selector.sourceString,
      selectorParts: [nodeSpan(selector)],
      patternKind: "binary",
      params: [declaration(param)],
    };
  },

  MessagePattern_unary(selector) {
    return {
      selector: selector.sourceString,
      selectorParts: [nodeSpan(selector)],
      patternKind: "unary",
      params: [],
    };
  },

  Pragma(_open, message, _close): PragmaNode {
    const m = ast(message) as { selector: string; args: PragmaNode["args"]; selectorParts: SourceSpan[] };
    return { kind: "Pragma", ...m, span: nodeSpan(this) };
  },

  PragmaMessage_keyword(keywords, args) {
    return { ...keywordMessageParts(keywords), args: args.children.map((a) => ast(a)) };
  },

  PragmaMessage_binary(selector, arg) {
    return { selector: selector.sourceString, selectorParts: [nodeSpan(selector)], args: [ast(arg)] };
  },

  PragmaMessage_unary(selector) {
    return { selector: selector.sourceString, selectorParts: [nodeSpan(selector)], args: [] };
  },

  Temporaries(_open, names, _close): DeclarationNode[] {
    return names.children.map(declaration);
  },

  Statements(_a, _b, _c, _d, _e) {
    return statements(this);
  },

  Statement(caret, value) {
    const e = expr(value);
    if (caret.children.length === 0) return e;
    return { kind: "Return", value: e, span: nodeSpan(this) };
  },

  Expression(names, _assigns, cascade) {
    let value = expr(cascade);
    const end = this.source.endIdx;
    for (let i = names.children.length - 1; i >= 0; i--) {
      const name = names.children[i]!;
      const variable: VariableNode = { kind: "Variable", name: name.sourceString, span: nodeSpan(name) };
      if (PSEUDO_VARIABLES.has(variable.name)) {
        report(
          DiagnosticCode.AssignmentToPseudoVariable,
          "error",
          `cannot assign to the pseudo-variable '${variable.name}'`,
          name.source.startIdx,
          name.source.endIdx,
        );
      }
      value = { kind: "Assignment", variable, value, span: spanOf(name.source.startIdx, end) };
    }
    return value;
  },

  Cascade(head, keywords, args, _semicolons, messages) {
    let first = expr(head);
    if (keywords.children.length > 0) {
      first = send(first, keywordMessage(keywords, args), this.source.startIdx, args.source.endIdx);
    }
    if (messages.children.length === 0) return first;
    if (first.kind !== "Send") {
      report(
        DiagnosticCode.CascadeWithoutSend,
        "error",
        "a cascade (;) must follow a message send",
        head.source.startIdx,
        head.source.endIdx,
      );
      return first;
    }
    const firstPart = first.selectorParts[0]!;
    const cascadeMessages: CascadeMessageNode[] = [
      {
        kind: "CascadeMessage",
        selector: first.selector,
        args: first.args,
        selectorParts: first.selectorParts,
        span: current().fragment.source.span(firstPart.start, first.span.end),
      },
    ];
    for (const m of messages.children) {
      const message = ast(m) as Message;
      cascadeMessages.push({ kind: "CascadeMessage", ...message, span: nodeSpan(m) });
    }
    const cascade: CascadeNode = {
      kind: "Cascade",
      receiver: first.receiver,
      messages: cascadeMessages,
      span: nodeSpan(this),
    };
    return cascade;
  },

  CascadeMessage_keyword(keywords, args): Message {
    return keywordMessage(keywords, args);
  },

  CascadeMessage_binary(selector, arg): Message {
    return binaryMessage(selector, arg);
  },

  CascadeMessage_unary(selector): Message {
    return { selector: selector.sourceString, args: [], selectorParts: [nodeSpan(selector)] };
  },

  BinaryExpr(receiver, selectors, args) {
    let r = expr(receiver);
    const start = this.source.startIdx;
    const sels = selectors.children;
    const operands = args.children;
    for (let i = 0; i < sels.length; i++) {
      const arg = operands[i]!;
      r = send(r, binaryMessage(sels[i]!, arg), start, arg.source.endIdx);
    }
    return r;
  },

  UnaryExpr(receiver, selectors) {
    let r = expr(receiver);
    const start = this.source.startIdx;
    for (const s of selectors.children) {
      r = send(
        r,
        { selector: s.sourceString, args: [], selectorParts: [nodeSpan(s)] },
        start,
        s.source.endIdx,
      );
    }
    return r;
  },

  Primary_paren(_open, e, _close) {
    return ast(e);
  },

  Block(_open, params, temps, stmts, _close): BlockNode {
    const p = optional(params);
    return {
      kind: "Block",
      params: p === undefined ? [] : (ast(p) as DeclarationNode[]),
      temporaries: temporaries(temps),
      statements: statements(stmts),
      span: nodeSpan(this),
    };
  },

  BlockParams_bar(_colons, names, _bar) {
    return names.children.map(declaration);
  },

  BlockParams_end(_colons, names, _end) {
    return names.children.map(declaration);
  },

  Brace(_open, _dots1, first, _sep, rest, _dots2, _close): BraceArrayNode {
    const elements: ExpressionNode[] = [];
    const f = optional(first);
    if (f !== undefined) elements.push(expr(f));
    const more = optional(rest);
    if (more !== undefined) for (const e of more.children) elements.push(expr(e));
    return { kind: "BraceArray", elements, span: nodeSpan(this) };
  },

  identifier(_start, _rest): VariableNode {
    return { kind: "Variable", name: this.sourceString, span: nodeSpan(this) };
  },

  reserved(_word): LiteralNode {
    const word = this.sourceString;
    const span = nodeSpan(this);
    if (word === "nil") return { kind: "Literal", type: "nil", value: null, span };
    return { kind: "Literal", type: "boolean", value: word === "true", span };
  },

  number(_minus, _digits, _tail): LiteralNode {
    return numberLiteral(this);
  },

  string(_open, _chars, _close): LiteralNode {
    return { kind: "Literal", type: "string", value: unquote(this.sourceString), span: nodeSpan(this) };
  },

  character(_dollar, _char): LiteralNode {
    const value = this.sourceString.slice(1);
    return {
      kind: "Literal",
      type: "character",
      value,
      codePoint: value.codePointAt(0)!,
      span: nodeSpan(this),
    };
  },

  symbol(_hashes, body): SymbolLiteral {
    const b = body.sourceString;
    return symbolLiteral(b.charCodeAt(0) === 39 ? unquote(b) : b, this);
  },

  symbolWord(_start, _rest): SymbolLiteral {
    return symbolLiteral(this.sourceString, this);
  },

  binarySelector(_chars): SymbolLiteral {
    return symbolLiteral(this.sourceString, this);
  },

  specialInArray(_char): SymbolLiteral {
    const text = this.sourceString;
    report(
      DiagnosticCode.SpecialCharacterInLiteralArray,
      "warning",
      specialInArrayMessage(text),
      this.source.startIdx,
      this.source.endIdx,
    );
    return symbolLiteral(text, this);
  },

  literalArray(_open, elements, _spaces, _close): ArrayLiteral {
    return {
      kind: "Literal",
      type: "array",
      elements: elements.children.map((e) => ast(e) as LiteralNode),
      span: nodeSpan(this),
    };
  },

  nestedArray(_open, elements, _spaces, _close): ArrayLiteral {
    return {
      kind: "Literal",
      type: "array",
      elements: elements.children.map((e) => ast(e) as LiteralNode),
      span: nodeSpan(this),
    };
  },

  arrayElement(_spaces, item) {
    return ast(item);
  },

  byteArray(_open, elements, _spaces, _close) {
    const bytes: IntegerLiteral[] = [];
    for (const e of elements.children) {
      const n = e.children[1]!;
      const lit = ast(n) as LiteralNode;
      if (lit.type !== "integer" || lit.value < 0n || lit.value > 255n) {
        report(
          DiagnosticCode.ByteOutOfRange,
          "error",
          `byte array elements must be integers in 0..255, not ${n.sourceString}`,
          n.source.startIdx,
          n.source.endIdx,
        );
        continue;
      }
      bytes.push(lit);
    }
    return { kind: "Literal", type: "byteArray", elements: bytes, span: nodeSpan(this) };
  },

  _iter(...children) {
    return children.map((c) => ast(c));
  },

  _terminal() {
    return this.sourceString;
  },
};

/** A number literal; after an error (reported) its value is a placeholder 0. */
function numberLiteral(node: OhmNode): LiteralNode {
  const text = node.sourceString;
  const result = readNumber(text);
  const start = node.source.startIdx;
  for (const p of result.problems) {
    report(p.code, p.warning ? "warning" : "error", p.message, start + p.start, start + p.end);
  }
  const v = result.value;
  const span = nodeSpan(node);
  if (v === undefined) return { kind: "Literal", type: "integer", value: 0n, span };
  if (v.type === "scaledDecimal") return { kind: "Literal", ...v, span };
  if (v.type === "integer") return { kind: "Literal", type: "integer", value: v.value, span };
  return { kind: "Literal", type: "float", value: v.value, span };
}

function keywordMessageParts(keywords: IterationNode): { selector: string; selectorParts: SourceSpan[] } {
  let selector = "";
  const selectorParts: SourceSpan[] = [];
  for (const k of keywords.children) {
    selector += k.sourceString;
    selectorParts.push(nodeSpan(k));
  }
  return { selector, selectorParts };
}

interface Pattern {
  readonly selector: string;
  readonly selectorParts: readonly SourceSpan[];
  readonly patternKind: PatternKind;
  readonly params: readonly DeclarationNode[];
}

interface Body {
  readonly pragmas: readonly PragmaNode[];
  readonly temporaries: readonly DeclarationNode[];
  readonly statements: readonly StatementNode[];
}

function buildMethod(node: OhmNode, pattern: OhmNode, body: OhmNode, trim: boolean): MethodNode {
  const { startIdx, endIdx } = node.source;
  const end = trim ? lastTokenEnd(current().fragment.text, startIdx, endIdx) : endIdx;
  const p = ast(pattern) as Pattern;
  const b = ast(body) as Body;
  return {
    kind: "Method",
    selector: p.selector,
    patternKind: p.patternKind,
    selectorParts: p.selectorParts,
    params: p.params,
    temporaries: b.temporaries,
    pragmas: b.pragmas,
    statements: b.statements,
    comment: methodComment(current().fragment.text, pattern.source.endIdx),
    span: spanOf(startIdx, end),
  };
}

const smalltalkSemantics = grammars.Smalltalk.createSemantics();
smalltalkSemantics.addOperation<unknown>("ast", actions);
const squeakSemantics = grammars.Squeak.extendSemantics(smalltalkSemantics as never);

/** The grammar and semantics of a dialect. */
export const dialects: Readonly<Record<Dialect, { grammar: Grammar; semantics: Semantics }>> = {
  pharo: { grammar: grammars.Smalltalk, semantics: smalltalkSemantics },
  squeak: { grammar: grammars.Squeak, semantics: squeakSemantics },
};

/** The Smalltalk dialects st2ts reads: they differ only in `_` assignment (Squeak). */
export type Dialect = "pharo" | "squeak";

/**
 * Runs the AST operation on a successful match of `fragment`, collecting diagnostics.
 * Internal: used by src/parse/parse.ts.
 */
export function buildAst(
  dialect: Dialect,
  match: MatchResult,
  fragment: Fragment,
  diagnostics: Diagnostic[],
): unknown {
  const previous = state;
  state = { fragment, diagnostics };
  try {
    return ast(dialects[dialect].semantics(match) as unknown as OhmNode);
  } finally {
    state = previous;
  }
}
