/**
 * Diagnostics: values (never exceptions) describing errors and warnings in Smalltalk source,
 * their stable codes, and a formatter that prints `file:line:col: error ST1001: message`
 * followed by a code frame in the layout of Ohm's `getLineAndColumnMessage`.
 *
 * @module
 */

import { SourceText } from "./source-text.js";

/** Whether a diagnostic stops the unit from being used (`error`) or is advice (`warning`). */
export type Severity = "error" | "warning";

/**
 * The stable diagnostic codes. `ST1xxx` are syntax (ST10xx errors, ST15xx warnings),
 * `ST11xx` fileIn chunk reader, `ST12xx` Tonel reader, `ST2xxx` the back end's analysis
 * (ST20xx names and scopes, ST21xx the dragons of Squeak networking code, ST22xx classes),
 * `ST9xxx` internal errors.
 */
export const DiagnosticCode = {
  /** The input does not match the grammar; the message says what was expected. */
  SyntaxError: "ST1001",
  /** A string (or quoted symbol) has no closing quote; reported at its opening quote. */
  UnterminatedString: "ST1002",
  /** A comment has no closing double quote; reported at its opening quote. */
  UnterminatedComment: "ST1003",
  /** A radix literal has a digit that is not valid in its base (`2r102`). */
  InvalidRadixDigit: "ST1004",
  /** A radix is outside 2..36 (`1r0`, `37r1`). */
  InvalidRadix: "ST1005",
  /** A byte array element is not an integer in 0..255. */
  ByteOutOfRange: "ST1006",
  /** A number's exponent is above 10000 in magnitude (as Pharo's NumberParser). */
  ExponentTooLarge: "ST1007",
  /** `16r1e-4`: `e` is a digit in the base, so the `-4` cannot be an exponent. */
  AmbiguousRadixExponent: "ST1008",
  /** Assignment to `self`, `super`, `thisContext` (pseudo-variables). */
  AssignmentToPseudoVariable: "ST1009",
  /** A cascade (`;`) after an expression that is not a message send (`3; foo`). */
  CascadeWithoutSend: "ST1010",
  /** `$` at the end of the input. */
  UnterminatedCharacter: "ST1011",
  /** Brackets or parentheses nested so deeply that the parser ran out of stack. */
  NestingTooDeep: "ST1012",
  /** A chunk in a `methodsFor:` section that is not a method (no selector pattern). */
  ExpectedMethod: "ST1101",
  /** A `commentStamp:` or `reorganize` chunk at the end of the file without its text chunk. */
  MissingChunk: "ST1103",
  /** A class-definition message whose arguments are not literals; kept as a do-it. */
  UnrecognisedClassDefinition: "ST1104",
  /** Tonel: a `[` without its `]` (strings, comments and `$]` are skipped). */
  UnbalancedBrackets: "ST1201",
  /** Tonel: the `Class { … }` header is not valid STON. */
  InvalidTonelHeader: "ST1202",
  /** Tonel: text where `{ #category : … } Foo >> selector [` was expected. */
  ExpectedTonelMethod: "ST1203",
  /** Tonel: the file does not start with `Class {`, `Trait {`, `Extension {` or `Package {`. */
  ExpectedTonelDefinition: "ST1204",
  /** A binary run ending in `-` before a digit (`3--4`, `3+-4`): add a space. Warning. */
  AmbiguousSelector: "ST1501",
  /** A statement after `^` in the same sequence. Warning. */
  UnreachableStatement: "ST1502",
  /** A special character (`{ } [ ] ^ ; . : :=`) in a literal array, read as a symbol. Warning. */
  SpecialCharacterInLiteralArray: "ST1503",
  /** A float literal too large for a double; its value is Infinity. Warning. */
  FloatOutOfRange: "ST1504",
  /** A do-it uses a lowercase name it does not declare: auto-declared, as a Workspace does. Warning. */
  UndeclaredWorkspaceVariable: "ST2001",
  /** A method uses a name that is not a temporary, argument, instance variable or global. */
  UndeclaredVariable: "ST2002",
  /** A capitalised name that is neither a class nor a global st2ts knows. */
  UnknownGlobal: "ST2003",
  /** Assignment to a method or block argument (arguments are read-only). */
  AssignmentToArgument: "ST2004",
  /** Assignment to a class or global name. */
  AssignmentToGlobal: "ST2005",
  /** `thisContext`, which generated code cannot provide. */
  ThisContextUnsupported: "ST2006",
  /** `super` outside a method. */
  SuperOutsideMethod: "ST2007",
  /** A temporary that shadows another variable of the same name. Warning. */
  ShadowedVariable: "ST2008",
  /** `NetNameResolver addressFromString:` given a host name: it answers nil (it does no DNS). Warning. */
  AddressFromStringHostName: "ST2101",
  /** `,` with an argument that is not a collection: an Error under the Pharo dialect. Warning. */
  CommaWithNonCollection: "ST2102",
  /** Two selectors of one class map to the same TypeScript name. */
  SelectorCollision: "ST2201",
  /** A method for a class that no definition in the input or the catalogue provides. */
  MethodForUnknownClass: "ST2202",
  /** A class definition st2ts cannot compile as written (a trait, `nil subclass:`, a redeclared variable); or compiles with a simplification (warning). */
  UnsupportedClassDefinition: "ST2203",
  /** A class that inherits from itself, or files whose classes inherit from each other's (ESM cannot load them). */
  ClassCycle: "ST2204",
  /** A `super` send that no superclass implements, or `super` in an extension method. */
  UnresolvedSuperSend: "ST2205",
  /** A method that may suspend overrides a runtime method that answers synchronously. Warning. */
  SuspendingOverride: "ST2206",
  /** An exception inside st2ts itself (a bug): reported instead of thrown. */
  InternalError: "ST9001",
} as const;

/** One of the {@link DiagnosticCode} values. */
export type DiagnosticCodeValue = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

/** A problem found in Smalltalk source, positioned in the original file. */
export interface Diagnostic {
  /** Stable code, e.g. `ST1001` (see {@link DiagnosticCode}). */
  readonly code: DiagnosticCodeValue;
  /** `error` or `warning`. */
  readonly severity: Severity;
  /** One-line human-readable message. */
  readonly message: string;
  /** The file name given to the reader. */
  readonly file: string;
  /** 1-based line of `start`. */
  readonly line: number;
  /** 1-based column of `start` (UTF-16 code units). */
  readonly column: number;
  /** 1-based line of `end`. */
  readonly endLine: number;
  /** 1-based column of `end`. */
  readonly endColumn: number;
  /** 0-based offset into the file. */
  readonly start: number;
  /** 0-based offset just past the region (`>= start`). */
  readonly end: number;
}

/**
 * Makes a diagnostic for the region `span` (a node's span).
 *
 * @param span - where
 * @param code - the code
 * @param severity - error or warning
 * @param message - the message
 */
export function diagnosticAt(
  span: {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly start: number;
    readonly end: number;
  },
  code: DiagnosticCodeValue,
  severity: Severity,
  message: string,
): Diagnostic {
  const { file, line, column, endLine, endColumn, start, end } = span;
  return { code, severity, message, file, line, column, endLine, endColumn, start, end };
}

/**
 * Makes a diagnostic for `[start, end)` of `source`.
 *
 * @param source - the file
 * @param code - the code
 * @param severity - error or warning
 * @param message - the message
 * @param start - start offset in the file
 * @param end - end offset in the file
 */
export function makeDiagnostic(
  source: SourceText,
  code: DiagnosticCodeValue,
  severity: Severity,
  message: string,
  start: number,
  end: number,
): Diagnostic {
  const span = source.span(start, end);
  return {
    code,
    severity,
    message,
    file: span.file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    start: span.start,
    end: span.end,
  };
}

/** Whether any diagnostic in `diagnostics` is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts diagnostics by start offset, then end, code and message: a total, deterministic order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.start - b.start || a.end - b.end || compareText(a.code, b.code) || compareText(a.message, b.message),
  );
}

/**
 * A code frame for `[start, end)` in the layout of Ohm's `getLineAndColumnMessage` (without
 * its `Line n, col m:` header): the previous line, the line with `>` and the next line, each
 * with a right-aligned line number, then a `^` under `start` and `~` under the rest of the
 * range on that line. Unlike Ohm's, CR and CR LF also end lines.
 *
 * @param text - the whole file text
 * @param start - offset of the caret
 * @param end - end of the highlighted range (defaults to `start`)
 */
export function codeFrame(text: string, start: number, end: number = start): string {
  const source = new SourceText(text, "");
  const offset = source.clamp(start);
  const index = source.lineIndex(offset);
  const lineNum = index + 1;
  const colNum = offset - source.lineStart(index) + 1;
  const line = source.lineText(index);
  const hasPrev = index > 0;
  const hasNext = index + 1 < source.lineCount;
  const numbers = [hasPrev ? lineNum - 1 : 0, lineNum, hasNext ? lineNum + 1 : 0].map(String);
  const width = Math.max(...numbers.map((n) => n.length));
  const pad = (n: string) => " ".repeat(width - n.length) + n;
  let out = "";
  if (hasPrev) out += `  ${pad(numbers[0]!)} | ${source.lineText(index - 1)}\n`;
  out += `> ${pad(numbers[1]!)} | ${line}\n`;
  const chars = Array.from({ length: line.length + 1 }, () => " ");
  const lineStart = source.lineStart(index);
  const from = Math.max(0, offset - lineStart);
  const to = Math.min(Math.max(offset, source.clamp(end)) - lineStart, line.length);
  for (let i = from; i < to; i++) chars[i] = "~";
  chars[colNum - 1] = "^";
  out += `${" ".repeat(2 + width + 3)}${chars.join("").replace(/ +$/, "")}\n`;
  if (hasNext) out += `  ${pad(numbers[2]!)} | ${source.lineText(index + 1)}\n`;
  return out;
}

/**
 * Formats one diagnostic as `file:line:col: severity CODE: message` followed by a code frame
 * of `text` (the file the diagnostic refers to). Without `text`, only the first line.
 *
 * @param diagnostic - the diagnostic
 * @param text - the file's text, for the code frame
 */
export function formatDiagnostic(diagnostic: Diagnostic, text?: string): string {
  const head = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
  if (text === undefined) return head;
  return `${head}\n${codeFrame(text, diagnostic.start, diagnostic.end)}`;
}

/**
 * Formats several diagnostics of one file, sorted by position, separated by blank lines.
 *
 * @param diagnostics - the diagnostics
 * @param text - the file's text, for the code frames
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], text?: string): string {
  return sortDiagnostics(diagnostics)
    .map((d) => formatDiagnostic(d, text))
    .join("\n");
}
