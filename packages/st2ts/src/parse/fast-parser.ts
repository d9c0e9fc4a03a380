/**
 * A hand-written recursive-descent parser for the grammar in src/grammar/smalltalk.ohm,
 * used as a fast path. The Ohm grammar stays the specification:
 *
 * - this parser mirrors each rule (same token extents, same PEG choices, same spans, same
 *   AST objects and the same warnings, built with the same helpers);
 * - it only ever *accepts*: on anything that Ohm would reject, or that a semantic check turns
 *   into an error (bad radix digit, byte out of range, …), it gives up ({@link Fallback})
 *   and the caller runs the Ohm match, whose diagnostics are authoritative;
 * - test/fuzz.test.ts compares both engines on every fuzz input (AST and diagnostics).
 *
 * @module
 */

import type {
  ArrayLiteral,
  BlockNode,
  BraceArrayNode,
  CascadeMessageNode,
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
import type { Diagnostic } from "../diagnostics.js";
import { DiagnosticCode, makeDiagnostic } from "../diagnostics.js";
import { readNumber } from "./numbers.js";
import { lastTokenEnd } from "./scanner.js";
import type { Dialect, Fragment } from "./to-ast.js";
import {
  ambiguousSelectorMessage,
  fileOffset,
  methodComment,
  PSEUDO_VARIABLES,
  specialInArrayMessage,
  UNREACHABLE_MESSAGE,
  unquote,
} from "./to-ast.js";

/** Thrown when the fast path cannot (or must not) decide; the Ohm path takes over. */
export class Fallback {
  /** Why, for debugging. */
  readonly reason: string;
  /** @param reason - why the fast path gave up */
  constructor(reason: string) {
    this.reason = reason;
  }
}

const LETTER = /\p{L}/u;

/** `a-z A-Z _` or a non-ASCII Unicode letter (Ohm's `letter`), at code point `c`. */
function isIdentStart(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  return LETTER.test(String.fromCodePoint(c));
}

function isIdentPart(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return LETTER.test(String.fromCodePoint(c));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isRadixChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `+ - * / \ ~ < > = @ % | & ? , !` */
function isBinaryChar(c: number): boolean {
  switch (c) {
    case 43:
    case 45:
    case 42:
    case 47:
    case 92:
    case 126:
    case 60:
    case 62:
    case 61:
    case 64:
    case 37:
    case 124:
    case 38:
    case 63:
    case 44:
    case 33:
      return true;
    default:
      return false;
  }
}

interface Message {
  readonly selector: string;
  readonly args: readonly ExpressionNode[];
  readonly selectorParts: readonly SourceSpan[];
}

interface Pattern {
  readonly selector: string;
  readonly selectorParts: SourceSpan[];
  readonly patternKind: PatternKind;
  readonly params: DeclarationNode[];
  readonly end: number;
}

/** The fast parser over one fragment. Use {@link fastParse}. */
class FastParser {
  readonly #text: string;
  readonly #fragment: Fragment;
  readonly #squeak: boolean;
  readonly diagnostics: Diagnostic[] = [];
  /** Start of the top-level statement being parsed (a point where a do-it may restart). */
  resumeAt = 0;
  #pos = 0;

  /** The current position (where the parser stopped, after a failure). */
  get position(): number {
    return this.#pos;
  }

  constructor(fragment: Fragment, dialect: Dialect) {
    this.#fragment = fragment;
    this.#text = fragment.text;
    this.#squeak = dialect === "squeak";
  }

  // ---- helpers ------------------------------------------------------------------------

  #fail(reason: string): never {
    throw new Fallback(reason);
  }

  #span(start: number, end: number): SourceSpan {
    const f = this.#fragment;
    return f.source.span(fileOffset(f, start), fileOffset(f, end));
  }

  #warn(code: Diagnostic["code"], message: string, start: number, end: number): void {
    const f = this.#fragment;
    this.diagnostics.push(
      makeDiagnostic(f.source, code, "warning", message, fileOffset(f, start), fileOffset(f, end)),
    );
  }

  #code(i: number): number {
    return this.#text.charCodeAt(i);
  }

  /** The code point at `i` (NaN at the end). */
  #codePoint(i: number): number {
    const c = this.#text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = this.#text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    }
    return c;
  }

  #width(cp: number): number {
    return cp > 0xffff ? 2 : 1;
  }

  /** Skips separators (space, tab..CR) and comments. */
  #skip(): void {
    const t = this.#text;
    let i = this.#pos;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 32 || (c >= 9 && c <= 13)) i++;
      else if (c === 34) {
        let j = i + 1;
        for (;;) {
          if (j >= t.length) this.#fail("unterminated comment");
          if (t.charCodeAt(j) === 34) {
            if (t.charCodeAt(j + 1) === 34) j += 2;
            else break;
          } else j++;
        }
        i = j + 1;
      } else break;
    }
    this.#pos = i;
  }

  /** End of the identifier-like word at `i` (`identStart identPart*`), or `i` if none. */
  #wordEnd(i: number): number {
    const cp = this.#codePoint(i);
    if (!(cp >= 0) || !isIdentStart(cp)) return i;
    i += this.#width(cp);
    for (;;) {
      const c = this.#code(i);
      if (c < 128) {
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) i++;
        else return i;
      } else {
        const p = this.#codePoint(i);
        if (p >= 0 && isIdentPart(p)) i += this.#width(p);
        else return i;
      }
    }
  }

  /** Whether `[i]` is `:` not followed by `=` (a keyword colon). */
  #keywordColonAt(i: number): boolean {
    return this.#code(i) === 58 && this.#code(i + 1) !== 61;
  }

  #isReservedWord(start: number, end: number): boolean {
    const len = end - start;
    if (len !== 3 && len !== 4 && len !== 5) return false;
    const w = this.#text.slice(start, end);
    return w === "true" || w === "false" || w === "nil";
  }

  /** identifier: `~reserved identStart identPart* ~(":" ~"=")` at the current position. */
  #tryIdentifier(): { start: number; end: number } | undefined {
    const start = this.#pos;
    const end = this.#wordEnd(start);
    if (end === start || this.#keywordColonAt(end) || this.#isReservedWord(start, end)) return undefined;
    this.#pos = end;
    return { start, end };
  }

  /** unarySelector: `identStart identPart* ~(":" ~"=")`. */
  #tryUnarySelector(): { start: number; end: number } | undefined {
    const start = this.#pos;
    const end = this.#wordEnd(start);
    if (end === start || this.#keywordColonAt(end)) return undefined;
    this.#pos = end;
    return { start, end };
  }

  /** keyword: `identStart identPart* ":" ~"="`. */
  #tryKeyword(): { start: number; end: number } | undefined {
    const start = this.#pos;
    const end = this.#wordEnd(start);
    if (end === start || !this.#keywordColonAt(end)) return undefined;
    this.#pos = end + 1;
    return { start, end: end + 1 };
  }

  /** binarySelector: a maximal run of binary characters. */
  #tryBinarySelector(): { start: number; end: number } | undefined {
    const start = this.#pos;
    let i = start;
    while (isBinaryChar(this.#code(i))) i++;
    if (i === start) return undefined;
    this.#pos = i;
    return { start, end: i };
  }

  #declaration(t: { start: number; end: number }): DeclarationNode {
    return { kind: "Declaration", name: this.#text.slice(t.start, t.end), span: this.#span(t.start, t.end) };
  }

  #expect(c: number, what: string): void {
    this.#skip();
    if (this.#code(this.#pos) !== c) this.#fail(`expected ${what}`);
    this.#pos++;
  }

  // ---- start rules --------------------------------------------------------------------

  doIt(): DoItNode {
    this.#skip();
    const start = this.#pos;
    const temporaries = this.#temporariesOpt();
    const { statements } = this.#statements(this.#pos, true);
    this.#end();
    const end = lastTokenEnd(this.#text, start, this.#text.length);
    return { kind: "DoIt", temporaries, statements, span: this.#span(start, end) };
  }

  method(tonel: boolean): MethodNode {
    this.#skip();
    const start = this.#pos;
    const pattern = this.#pattern();
    if (tonel) this.#expect(91, "[");
    const pragmas: PragmaNode[] = [];
    this.#pragmas(pragmas);
    const temporaries = this.#temporariesOpt();
    this.#pragmas(pragmas);
    const { statements } = this.#statements(this.#pos, true);
    if (tonel) this.#expect(93, "]");
    const closed = this.#pos;
    this.#end();
    const end = tonel ? closed : lastTokenEnd(this.#text, start, this.#text.length);
    return {
      kind: "Method",
      selector: pattern.selector,
      patternKind: pattern.patternKind,
      selectorParts: pattern.selectorParts,
      params: pattern.params,
      temporaries,
      pragmas,
      statements,
      comment: methodComment(this.#text, pattern.end),
      span: this.#span(start, end),
    };
  }

  #end(): void {
    this.#skip();
    if (this.#pos !== this.#text.length) this.#fail("expected end of input");
  }

  // ---- methods --------------------------------------------------------------------------

  #pattern(): Pattern {
    const first = this.#tryKeyword();
    if (first !== undefined) {
      const parts: SourceSpan[] = [];
      const params: DeclarationNode[] = [];
      let selector = "";
      let kw: { start: number; end: number } | undefined = first;
      let end = 0;
      while (kw !== undefined) {
        this.#skip();
        const id = this.#tryIdentifier();
        if (id === undefined) this.#fail("keyword pattern without a parameter");
        selector += this.#text.slice(kw.start, kw.end);
        parts.push(this.#span(kw.start, kw.end));
        params.push(this.#declaration(id));
        end = id.end;
        const save = this.#pos;
        this.#skip();
        kw = this.#tryKeyword();
        if (kw === undefined) this.#pos = save;
      }
      return { selector, selectorParts: parts, patternKind: "keyword", params, end };
    }
    const bin = this.#tryBinarySelector();
    if (bin !== undefined) {
      this.#skip();
      const id = this.#tryIdentifier();
      if (id === undefined) this.#fail("binary pattern without a parameter");
      return {
        selector: this.#text.slice(bin.start, bin.end),
        selectorParts: [this.#span(bin.start, bin.end)],
        patternKind: "binary",
        params: [this.#declaration(id)],
        end: id.end,
      };
    }
    const un = this.#tryUnarySelector();
    if (un === undefined) this.#fail("expected a message pattern");
    return {
      selector: this.#text.slice(un.start, un.end),
      selectorParts: [this.#span(un.start, un.end)],
      patternKind: "unary",
      params: [],
      end: un.end,
    };
  }

  #pragmas(into: PragmaNode[]): void {
    for (;;) {
      this.#skip();
      if (this.#code(this.#pos) !== 60) return;
      const start = this.#pos;
      this.#pos++;
      this.#skip();
      let selector = "";
      const selectorParts: SourceSpan[] = [];
      const args: (LiteralNode | VariableNode)[] = [];
      let kw = this.#tryKeyword();
      if (kw !== undefined) {
        while (kw !== undefined) {
          selector += this.#text.slice(kw.start, kw.end);
          selectorParts.push(this.#span(kw.start, kw.end));
          this.#skip();
          args.push(this.#pragmaArg());
          const save = this.#pos;
          this.#skip();
          kw = this.#tryKeyword();
          if (kw === undefined) this.#pos = save;
        }
      } else {
        const bin = this.#tryBinarySelector();
        if (bin !== undefined) {
          selector = this.#text.slice(bin.start, bin.end);
          selectorParts.push(this.#span(bin.start, bin.end));
          this.#skip();
          args.push(this.#pragmaArg());
        } else {
          const un = this.#tryUnarySelector();
          if (un === undefined) this.#fail("expected a pragma message");
          selector = this.#text.slice(un.start, un.end);
          selectorParts.push(this.#span(un.start, un.end));
        }
      }
      this.#expect(62, ">");
      into.push({ kind: "Pragma", selector, selectorParts, args, span: this.#span(start, this.#pos) });
    }
  }

  #pragmaArg(): LiteralNode | VariableNode {
    const lit = this.#tryLiteral();
    if (lit !== undefined) return lit;
    const id = this.#tryIdentifier();
    if (id === undefined) this.#fail("expected a pragma argument");
    return { kind: "Variable", name: this.#text.slice(id.start, id.end), span: this.#span(id.start, id.end) };
  }

  // ---- statements -------------------------------------------------------------------------

  /** `("|" identifier* "|")?` */
  #temporariesOpt(): DeclarationNode[] {
    this.#skip();
    if (this.#code(this.#pos) !== 124) return [];
    this.#pos++;
    const list: DeclarationNode[] = [];
    for (;;) {
      this.#skip();
      const id = this.#tryIdentifier();
      if (id === undefined) break;
      list.push(this.#declaration(id));
    }
    this.#expect(124, "|");
    return list;
  }

  /** Whether a statement may start at the current position (after spaces). */
  #atStatementEnd(): boolean {
    const c = this.#code(this.#pos);
    return Number.isNaN(c) || c === 93 || c === 46 || c === 125 || c === 41; // end ] . } )
  }

  /**
   * `"."* (Statement ("."+ Statement)*)? "."*`, answering the statements and the end of the
   * last token (dots included) or `start` if nothing was consumed.
   */
  #statements(start: number, top = false): { statements: StatementNode[]; end: number } {
    const list: StatementNode[] = [];
    let end = start;
    let needDot = false;
    let sawDot = false;
    for (;;) {
      this.#skip();
      const c = this.#code(this.#pos);
      if (c === 46) {
        this.#pos++;
        end = this.#pos;
        sawDot = true;
        continue;
      }
      if (this.#atStatementEnd()) break;
      if (needDot && !sawDot) this.#fail("expected a period between statements");
      if (top) this.resumeAt = this.#pos;
      const s = this.#statement();
      list.push(s);
      end = this.#pos;
      needDot = true;
      sawDot = false;
    }
    for (let i = 0; i < list.length - 1; i++) {
      if (list[i]!.kind === "Return") {
        const f = this.#fragment;
        this.diagnostics.push(
          makeDiagnostic(
            f.source,
            DiagnosticCode.UnreachableStatement,
            "warning",
            UNREACHABLE_MESSAGE,
            list[i + 1]!.span.start,
            list[list.length - 1]!.span.end,
          ),
        );
        break;
      }
    }
    return { statements: list, end };
  }

  #statement(): StatementNode {
    const start = this.#pos;
    if (this.#code(start) === 94) {
      this.#pos++;
      this.#skip();
      const value = this.#expression();
      return { kind: "Return", value, span: this.#span(start, this.#pos) };
    }
    return this.#expression();
  }

  /** `(identifier assign)* Cascade` */
  #expression(): ExpressionNode {
    const names: { start: number; end: number }[] = [];
    for (;;) {
      const save = this.#pos;
      const id = this.#tryIdentifier();
      if (id === undefined) break;
      this.#skip();
      if (this.#tryAssign()) {
        names.push(id);
        this.#skip();
      } else {
        this.#pos = save;
        break;
      }
    }
    let value = this.#cascade();
    const end = this.#pos;
    for (let i = names.length - 1; i >= 0; i--) {
      const n = names[i]!;
      const name = this.#text.slice(n.start, n.end);
      if (PSEUDO_VARIABLES.has(name)) this.#fail("assignment to a pseudo-variable");
      const variable: VariableNode = { kind: "Variable", name, span: this.#span(n.start, n.end) };
      value = { kind: "Assignment", variable, value, span: this.#span(n.start, end) };
    }
    return value;
  }

  #tryAssign(): boolean {
    const p = this.#pos;
    if (this.#code(p) === 58 && this.#code(p + 1) === 61) {
      this.#pos += 2;
      return true;
    }
    if (this.#squeak && this.#code(p) === 95) {
      const next = this.#codePoint(p + 1);
      if (!(next >= 0 && isIdentPart(next))) {
        this.#pos++;
        return true;
      }
    }
    return false;
  }

  /** `BinaryExpr (keyword BinaryExpr)* (";" CascadeMessage)*` */
  #cascade(): ExpressionNode {
    const start = this.#pos;
    let first = this.#binaryExpr();
    let save = this.#pos;
    this.#skip();
    const kw = this.#tryKeyword();
    if (kw !== undefined) {
      const m = this.#keywordMessage(kw);
      first = this.#send(first, m, start, this.#pos);
      save = this.#pos;
      this.#skip();
    }
    if (this.#code(this.#pos) !== 59) {
      this.#pos = save;
      return first;
    }
    if (first.kind !== "Send") this.#fail("cascade without a send");
    const firstPart = first.selectorParts[0]!;
    const messages: CascadeMessageNode[] = [
      {
        kind: "CascadeMessage",
        selector: first.selector,
        args: first.args,
        selectorParts: first.selectorParts,
        span: this.#fragment.source.span(firstPart.start, first.span.end),
      },
    ];
    while (this.#code(this.#pos) === 59) {
      this.#pos++;
      this.#skip();
      const mStart = this.#pos;
      const message = this.#cascadeMessage();
      messages.push({ kind: "CascadeMessage", ...message, span: this.#span(mStart, this.#pos) });
      save = this.#pos;
      this.#skip();
    }
    this.#pos = save;
    return { kind: "Cascade", receiver: first.receiver, messages, span: this.#span(start, this.#pos) };
  }

  #cascadeMessage(): Message {
    const kw = this.#tryKeyword();
    if (kw !== undefined) return this.#keywordMessage(kw);
    const bin = this.#tryBinarySelector();
    if (bin !== undefined) return this.#binaryMessage(bin);
    const un = this.#tryUnarySelector();
    if (un === undefined) this.#fail("expected a cascade message");
    return {
      selector: this.#text.slice(un.start, un.end),
      args: [],
      selectorParts: [this.#span(un.start, un.end)],
    };
  }

  /** `(keyword BinaryExpr)+` with the first keyword already read. */
  #keywordMessage(first: { start: number; end: number }): Message {
    let selector = "";
    const parts: SourceSpan[] = [];
    const args: ExpressionNode[] = [];
    let kw: { start: number; end: number } | undefined = first;
    while (kw !== undefined) {
      selector += this.#text.slice(kw.start, kw.end);
      parts.push(this.#span(kw.start, kw.end));
      this.#skip();
      args.push(this.#binaryExpr());
      const save = this.#pos;
      this.#skip();
      kw = this.#tryKeyword();
      if (kw === undefined) this.#pos = save;
    }
    return { selector, args, selectorParts: parts };
  }

  #binaryMessage(bin: { start: number; end: number }): Message {
    const selector = this.#text.slice(bin.start, bin.end);
    if (selector.length >= 2 && selector.endsWith("-") && isDigit(this.#code(bin.end))) {
      const digits = /^[0-9]+/.exec(this.#text.slice(bin.end))![0];
      this.#warn(
        DiagnosticCode.AmbiguousSelector,
        ambiguousSelectorMessage(selector, digits),
        bin.start,
        bin.end,
      );
    }
    this.#skip();
    const arg = this.#unaryExpr();
    return { selector, args: [arg], selectorParts: [this.#span(bin.start, bin.end)] };
  }

  #send(receiver: ExpressionNode, m: Message, start: number, end: number): SendNode {
    return {
      kind: "Send",
      receiver,
      selector: m.selector,
      args: m.args,
      selectorParts: m.selectorParts,
      span: this.#span(start, end),
    };
  }

  /** `UnaryExpr (binarySelector UnaryExpr)*` */
  #binaryExpr(): ExpressionNode {
    const start = this.#pos;
    let r = this.#unaryExpr();
    for (;;) {
      const save = this.#pos;
      this.#skip();
      const bin = this.#tryBinarySelector();
      if (bin === undefined) {
        this.#pos = save;
        return r;
      }
      const m = this.#binaryMessage(bin);
      r = this.#send(r, m, start, this.#pos);
    }
  }

  /** `Primary unarySelector*` */
  #unaryExpr(): ExpressionNode {
    const start = this.#pos;
    let r = this.#primary();
    for (;;) {
      const save = this.#pos;
      this.#skip();
      const un = this.#tryUnarySelector();
      if (un === undefined) {
        this.#pos = save;
        return r;
      }
      r = this.#send(
        r,
        {
          selector: this.#text.slice(un.start, un.end),
          args: [],
          selectorParts: [this.#span(un.start, un.end)],
        },
        start,
        un.end,
      );
    }
  }

  /** `identifier | literal | Block | Brace | "(" Expression ")"` */
  #primary(): ExpressionNode {
    const id = this.#tryIdentifier();
    if (id !== undefined) {
      return {
        kind: "Variable",
        name: this.#text.slice(id.start, id.end),
        span: this.#span(id.start, id.end),
      };
    }
    const lit = this.#tryLiteral();
    if (lit !== undefined) return lit;
    const c = this.#code(this.#pos);
    if (c === 91) return this.#block();
    if (c === 123) return this.#brace();
    if (c === 40) {
      this.#pos++;
      this.#skip();
      const e = this.#expression();
      this.#expect(41, ")");
      return e;
    }
    this.#fail("expected an expression");
  }

  #block(): BlockNode {
    const start = this.#pos;
    this.#pos++;
    this.#skip();
    const params: DeclarationNode[] = [];
    if (this.#code(this.#pos) === 58) {
      while (this.#code(this.#pos) === 58) {
        this.#pos++;
        this.#skip();
        const id = this.#tryIdentifier();
        if (id === undefined) this.#fail("expected a block parameter");
        params.push(this.#declaration(id));
        this.#skip();
      }
      const c = this.#code(this.#pos);
      if (c === 124) this.#pos++;
      else if (c !== 93) this.#fail("expected | or ] after block parameters");
    }
    const temporaries = this.#temporariesOpt();
    const { statements } = this.#statements(this.#pos);
    this.#expect(93, "]");
    return { kind: "Block", params, temporaries, statements, span: this.#span(start, this.#pos) };
  }

  #brace(): BraceArrayNode {
    const start = this.#pos;
    this.#pos++;
    const elements: ExpressionNode[] = [];
    let needDot = false;
    let sawDot = false;
    for (;;) {
      this.#skip();
      const c = this.#code(this.#pos);
      if (c === 46) {
        this.#pos++;
        sawDot = true;
        continue;
      }
      if (c === 125) break;
      if (Number.isNaN(c)) this.#fail("unterminated brace array");
      if (needDot && !sawDot) this.#fail("expected a period between brace elements");
      elements.push(this.#expression());
      needDot = true;
      sawDot = false;
    }
    this.#pos++;
    return { kind: "BraceArray", elements, span: this.#span(start, this.#pos) };
  }

  // ---- literals -----------------------------------------------------------------------------

  /** `number | string | symbol | character | literalArray | byteArray | reserved` */
  #tryLiteral(): LiteralNode | undefined {
    const p = this.#pos;
    const c = this.#code(p);
    if (isDigit(c) || (c === 45 && isDigit(this.#code(p + 1)))) return this.#number();
    if (c === 39) return this.#string();
    if (c === 35) {
      const sym = this.#trySymbol();
      if (sym !== undefined) return sym;
      const d = this.#code(p + 1);
      if (d === 40) return this.#literalArray();
      if (d === 91) return this.#byteArray();
      return undefined;
    }
    if (c === 36) return this.#character();
    return this.#tryReserved();
  }

  #tryReserved(): LiteralNode | undefined {
    const start = this.#pos;
    const t = this.#text;
    let word: string | undefined;
    if (t.startsWith("true", start)) word = "true";
    else if (t.startsWith("false", start)) word = "false";
    else if (t.startsWith("nil", start)) word = "nil";
    if (word === undefined) return undefined;
    const end = start + word.length;
    const next = this.#codePoint(end);
    if (next >= 0 && isIdentPart(next)) return undefined;
    this.#pos = end;
    const span = this.#span(start, end);
    if (word === "nil") return { kind: "Literal", type: "nil", value: null, span };
    return { kind: "Literal", type: "boolean", value: word === "true", span };
  }

  /** The end of the number token starting at `p` (grammar rule `number`). */
  #numberEnd(p: number): number {
    let i = p;
    if (this.#code(i) === 45) i++;
    while (isDigit(this.#code(i))) i++;
    // numberTail_radix: "r" "-"? radixDigits radixFraction? radixExponent?
    if (this.#code(i) === 114) {
      let j = i + 1;
      if (this.#code(j) === 45) j++;
      const digitsStart = j;
      j = this.#radixDigits(j);
      if (j > digitsStart) {
        if (this.#code(j) === 46) {
          const f = this.#code(j + 1);
          if (isDigit(f) || (f >= 65 && f <= 90)) j = this.#radixDigits(j + 2);
        }
        return this.#radixExponentEnd(j) ?? j;
      }
    }
    // fraction? then exponent | scale | nothing
    let f = i;
    if (this.#code(f) === 46 && isDigit(this.#code(f + 1))) {
      f += 2;
      while (isDigit(this.#code(f))) f++;
    }
    const e = this.#code(f);
    if (e === 101 || e === 100 || e === 113) {
      let k = f + 1;
      if (this.#code(k) === 45) k++;
      if (isDigit(this.#code(k))) {
        while (isDigit(this.#code(k))) k++;
        return k;
      }
    }
    if (e === 115) {
      if (isDigit(this.#code(f + 1))) {
        let k = f + 1;
        while (isDigit(this.#code(k))) k++;
        return k;
      }
      const next = this.#codePoint(f + 1);
      if (!(next >= 0 && isIdentStart(next))) return f + 1;
    }
    return f;
  }

  /** `(~radixExponent radixChar)*` from `j`. */
  #radixDigits(j: number): number {
    while (isRadixChar(this.#code(j)) && this.#radixExponentEnd(j) === undefined) j++;
    return j;
  }

  /** `("e" | "d" | "q") "-" digit+` at `j`: its end, or undefined. */
  #radixExponentEnd(j: number): number | undefined {
    const c = this.#code(j);
    if ((c === 101 || c === 100 || c === 113) && this.#code(j + 1) === 45 && isDigit(this.#code(j + 2))) {
      let k = j + 3;
      while (isDigit(this.#code(k))) k++;
      return k;
    }
    return undefined;
  }

  #number(): LiteralNode {
    const start = this.#pos;
    const end = this.#numberEnd(start);
    this.#pos = end;
    const result = readNumber(this.#text.slice(start, end));
    for (const p of result.problems) {
      if (!p.warning) this.#fail("invalid number");
      this.#warn(p.code, p.message, start + p.start, start + p.end);
    }
    const v = result.value!;
    const span = this.#span(start, end);
    if (v.type === "scaledDecimal") return { kind: "Literal", ...v, span };
    if (v.type === "integer") return { kind: "Literal", type: "integer", value: v.value, span };
    return { kind: "Literal", type: "float", value: v.value, span };
  }

  /** End of the quoted string starting at `p`, or fail. */
  #stringEnd(p: number): number {
    const t = this.#text;
    let j = p + 1;
    for (;;) {
      const q = t.indexOf("'", j);
      if (q < 0) this.#fail("unterminated string");
      if (t.charCodeAt(q + 1) === 39) j = q + 2;
      else return q + 1;
    }
  }

  #string(): LiteralNode {
    const start = this.#pos;
    const end = this.#stringEnd(start);
    this.#pos = end;
    return {
      kind: "Literal",
      type: "string",
      value: unquote(this.#text.slice(start, end)),
      span: this.#span(start, end),
    };
  }

  #character(): LiteralNode {
    const start = this.#pos;
    const cp = this.#codePoint(start + 1);
    if (!(cp >= 0)) this.#fail("$ at the end");
    const end = start + 1 + this.#width(cp);
    this.#pos = end;
    const value = this.#text.slice(start + 1, end);
    return {
      kind: "Literal",
      type: "character",
      value,
      codePoint: value.codePointAt(0)!,
      span: this.#span(start, end),
    };
  }

  /** symbolWord: `identStart (identPart | ":")*` at `i`: its end, or `i`. */
  #symbolWordEnd(i: number): number {
    const cp = this.#codePoint(i);
    if (!(cp >= 0) || !isIdentStart(cp)) return i;
    i += this.#width(cp);
    for (;;) {
      const c = this.#code(i);
      if (c === 58) i++;
      else if (c < 128) {
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) i++;
        else return i;
      } else {
        const p = this.#codePoint(i);
        if (p >= 0 && isIdentPart(p)) i += this.#width(p);
        else return i;
      }
    }
  }

  /** symbol: `"#"+ (string | symbolWord | binarySelector)`. */
  #trySymbol(): SymbolLiteral | undefined {
    const start = this.#pos;
    let i = start;
    while (this.#code(i) === 35) i++;
    const c = this.#code(i);
    let value: string;
    let end: number;
    if (c === 39) {
      end = this.#stringEnd(i);
      value = unquote(this.#text.slice(i, end));
    } else {
      end = this.#symbolWordEnd(i);
      if (end === i) {
        while (isBinaryChar(this.#code(end))) end++;
        if (end === i) return undefined;
      }
      value = this.#text.slice(i, end);
    }
    this.#pos = end;
    return { kind: "Literal", type: "symbol", value, span: this.#span(start, end) };
  }

  #literalArray(): ArrayLiteral {
    const start = this.#pos;
    this.#pos += 2;
    const elements = this.#arrayElements();
    return { kind: "Literal", type: "array", elements, span: this.#span(start, this.#pos) };
  }

  /** `arrayElement* spaces ")"`, consuming the `)`. */
  #arrayElements(): LiteralNode[] {
    const elements: LiteralNode[] = [];
    for (;;) {
      this.#skip();
      const c = this.#code(this.#pos);
      if (c === 41) {
        this.#pos++;
        return elements;
      }
      elements.push(this.#arrayItem());
    }
  }

  /**
   * arrayItem: `number | string | symbol | character | literalArray | byteArray | reserved |
   * nestedArray | symbolWord | binarySelector | specialInArray`.
   */
  #arrayItem(): LiteralNode {
    const lit = this.#tryLiteral();
    if (lit !== undefined) return lit;
    const start = this.#pos;
    const c = this.#code(start);
    if (c === 40) {
      this.#pos++;
      const elements = this.#arrayElements();
      return { kind: "Literal", type: "array", elements, span: this.#span(start, this.#pos) };
    }
    let end = this.#symbolWordEnd(start);
    if (end === start) {
      while (isBinaryChar(this.#code(end))) end++;
    }
    if (end > start) {
      this.#pos = end;
      return {
        kind: "Literal",
        type: "symbol",
        value: this.#text.slice(start, end),
        span: this.#span(start, end),
      };
    }
    if (c === 58 && this.#code(start + 1) === 61) end = start + 2;
    else if (c === 123 || c === 125 || c === 91 || c === 93 || c === 94 || c === 59 || c === 46 || c === 58) {
      end = start + 1;
    } else this.#fail("unexpected character in a literal array");
    this.#pos = end;
    const text = this.#text.slice(start, end);
    this.#warn(DiagnosticCode.SpecialCharacterInLiteralArray, specialInArrayMessage(text), start, end);
    return { kind: "Literal", type: "symbol", value: text, span: this.#span(start, end) };
  }

  #byteArray(): LiteralNode {
    const start = this.#pos;
    this.#pos += 2;
    const elements: IntegerLiteral[] = [];
    for (;;) {
      this.#skip();
      const p = this.#pos;
      const c = this.#code(p);
      if (c === 93) {
        this.#pos++;
        break;
      }
      if (!(isDigit(c) || (c === 45 && isDigit(this.#code(p + 1))))) this.#fail("expected a byte");
      const n = this.#number();
      if (n.type !== "integer" || n.value < 0n || n.value > 255n) this.#fail("byte out of range");
      elements.push(n);
    }
    return { kind: "Literal", type: "byteArray", elements, span: this.#span(start, this.#pos) };
  }
}

/**
 * Parses `fragment` with the fast path. Answers the AST and its warnings, or `undefined` when
 * the Ohm path must decide (any syntax or semantic error, or anything unusual).
 */
export function fastParse<T>(
  fragment: Fragment,
  startRule: "DoIt" | "Method" | "TonelMethod",
  dialect: Dialect,
): FastResult<T> {
  const parser = new FastParser(fragment, dialect);
  try {
    const ast = startRule === "DoIt" ? parser.doIt() : parser.method(startRule === "TonelMethod");
    return { ok: true, ast: ast as T, diagnostics: parser.diagnostics };
  } catch (error) {
    if (error instanceof Fallback || error instanceof RangeError) {
      return { ok: false, resumeAt: parser.resumeAt, failedAt: parser.position };
    }
    throw error;
  }
}

/**
 * The fast path's answer: the AST and warnings, or where it gave up (`resumeAt` is the start
 * of the top-level statement it was in, `failedAt` where it stopped).
 */
export type FastResult<T> =
  | { readonly ok: true; readonly ast: T; readonly diagnostics: Diagnostic[] }
  | { readonly ok: false; readonly resumeAt: number; readonly failedAt: number };
