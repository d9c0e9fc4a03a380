/**
 * One Ohm match per fragment (a do-it, a method, a chunk, a Tonel method), with failures
 * turned into diagnostics positioned in the original file.
 *
 * @module
 */

import type { MatchResult } from "ohm-js";
import type { DoItNode, MethodNode } from "../ast/nodes.js";
import type { Diagnostic } from "../diagnostics.js";
import { DiagnosticCode, hasErrors, makeDiagnostic, sortDiagnostics } from "../diagnostics.js";
import { SourceText } from "../source-text.js";
import { fastParse } from "./fast-parser.js";
import { scanLexical } from "./scanner.js";
import type { Dialect, Fragment } from "./to-ast.js";
import { buildAst, dialects, fileOffset } from "./to-ast.js";

/** Options shared by every entry point. */
export interface ParseOptions {
  /** The file name used in spans and diagnostics (default `"<input>"`). */
  readonly fileName?: string;
  /** `"pharo"` (default) or `"squeak"` (which also accepts `_` for assignment). */
  readonly dialect?: Dialect;
  /**
   * `"fast"` (default): the hand-written fast path (src/parse/fast-parser.ts), falling back
   * to the Ohm grammar for anything it does not accept, so errors always come from Ohm;
   * `"ohm"`: the Ohm grammar only (the specification; slower). Both give identical results.
   */
  readonly engine?: Engine;
}

/** Which parser runs first; see {@link ParseOptions.engine}. */
export type Engine = "fast" | "ohm";

/** Dialect and engine, normalised from {@link ParseOptions}. */
export interface ParserSettings {
  /** The dialect. */
  readonly dialect: Dialect;
  /** The engine. */
  readonly engine: Engine;
}

/** Normalises options (unknown values fall back to the defaults). */
export function settingsOf(options: ParseOptions | undefined): ParserSettings {
  return {
    dialect: options?.dialect === "squeak" ? "squeak" : "pharo",
    engine: options?.engine === "ohm" ? "ohm" : "fast",
  };
}

/** The result of parsing one do-it or method. */
export interface ParseResult<T> {
  /** The tree, or `undefined` if an error diagnostic was reported. */
  readonly ast: T | undefined;
  /** Errors and warnings, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The start rules of the grammar. */
export type StartRule = "DoIt" | "Method" | "TonelMethod" | "PatternOnly";

/** The file name used when none is given. */
export const DEFAULT_FILE_NAME = "<input>";

/**
 * Reports the failure of a match of `fragment`: an unterminated string, comment or
 * character at its start, otherwise "expected …" at the rightmost failure position.
 */
function failureDiagnostic(fragment: Fragment, expected: string, position: number): Diagnostic {
  const { source, text } = fragment;
  const unterminated = scanLexical(text, 0, text.length);
  if (unterminated !== undefined) {
    const start = fileOffset(fragment, unterminated.start);
    const end = fileOffset(fragment, text.length);
    if (unterminated.kind === "string") {
      return makeDiagnostic(
        source,
        DiagnosticCode.UnterminatedString,
        "error",
        "unterminated string: no closing quote (')",
        start,
        end,
      );
    }
    if (unterminated.kind === "comment") {
      return makeDiagnostic(
        source,
        DiagnosticCode.UnterminatedComment,
        "error",
        'unterminated comment: no closing double quote (")',
        start,
        end,
      );
    }
    return makeDiagnostic(
      source,
      DiagnosticCode.UnterminatedCharacter,
      "error",
      "a character literal needs a character after $",
      start,
      end,
    );
  }
  const start = fileOffset(fragment, position);
  const end = position < text.length ? fileOffset(fragment, position + 1) : start;
  const found = position < text.length ? describeFound(text, position) : "the end of the input";
  return makeDiagnostic(
    source,
    DiagnosticCode.SyntaxError,
    "error",
    `expected ${expected}, found ${found}`,
    start,
    end,
  );
}

/** The token alternatives that together mean "an expression" (see `Primary`). */
const EXPRESSION_STARTS = [
  "an identifier",
  "a number",
  "a string",
  "a symbol",
  "a character literal",
  '"#("',
  '"#["',
  '"true"',
  '"false"',
  '"nil"',
  '"("',
  '"["',
  '"{"',
];

const MESSAGE_STARTS = ["a unary selector", "a binary selector", "a keyword"];

interface OhmFailure {
  isFluffy(): boolean;
  toString(): string;
}

/**
 * What was expected at the rightmost failure, with the alternatives of an expression grouped
 * as "an expression" and those of a message as "a message".
 */
function expectedText(match: MatchResult): string {
  const failures = (match as unknown as { getRightmostFailures(): OhmFailure[] }).getRightmostFailures();
  let items = [...new Set(failures.filter((f) => !f.isFluffy()).map((f) => f.toString()))];
  // Where statements may be empty, everything but "end of input" is "fluffy" (it failed
  // inside an optional part); then the fluffy alternatives are what the writer meant.
  if (items.every((i) => i === "end of input")) items = [...new Set(failures.map((f) => f.toString()))];
  const group = (members: readonly string[], name: string, required: readonly string[]) => {
    if (required.every((r) => items.includes(r))) {
      const at = items.findIndex((i) => members.includes(i));
      const rest = items.filter((i) => !members.includes(i));
      rest.splice(Math.min(at, rest.length), 0, name);
      items = rest;
    }
  };
  group(EXPRESSION_STARTS, "an expression", ["an identifier", '"["', '"("']);
  group(MESSAGE_STARTS, "a message", MESSAGE_STARTS);
  items.sort((a, b) => rank(a) - rank(b));
  if (items.length === 0) return "something else";
  if (items.length === 1) return items[0]!;
  if (items.length === 2) return `${items[0]} or ${items[1]}`;
  return `${items.slice(0, -1).join(", ")}, or ${items[items.length - 1]}`;
}

/** Descriptions first (in a fixed order), then quoted tokens, then "end of input". */
function rank(item: string): number {
  if (item === "end of input") return 3;
  if (item.startsWith('"')) return 2;
  if (item === "an expression") return 0;
  return 1;
}

function describeFound(text: string, position: number): string {
  const cp = text.codePointAt(position)!;
  const ch = String.fromCodePoint(cp);
  if (cp === 10 || cp === 13) return "a line break";
  if (cp < 32 || cp === 127)
    return `the control character U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  return JSON.stringify(ch);
}

/**
 * Matches `fragment` with `startRule` and builds its AST. Never throws: an internal failure
 * (or a stack overflow on absurdly deep nesting) becomes a diagnostic.
 *
 * @returns the AST (undefined on error) and the diagnostics, in report order
 */
export function parseFragment<T>(
  fragment: Fragment,
  startRule: StartRule,
  dialect: Dialect,
  engine: Engine = "fast",
): { ast: T | undefined; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  try {
    if (engine !== "ohm" && startRule !== "PatternOnly") {
      const fast = fastParse<T>(fragment, startRule, dialect);
      if (fast.ok) return { ast: fast.ast, diagnostics: fast.diagnostics };
      if (fragment.text.length > LARGE_FRAGMENT) {
        diagnostics.push(windowedFailure(fragment, startRule, dialect, fast.resumeAt, fast.failedAt));
        return { ast: undefined, diagnostics };
      }
    }
    const { grammar } = dialects[dialect];
    const match = grammar.match(fragment.text, startRule);
    if (match.failed()) {
      diagnostics.push(failureDiagnostic(fragment, expectedText(match), match.getRightmostFailurePosition()));
      return { ast: undefined, diagnostics };
    }
    const ast = buildAst(dialect, match, fragment, diagnostics) as T;
    return { ast: hasErrors(diagnostics) ? undefined : ast, diagnostics };
  } catch (error) {
    diagnostics.push(internalError(fragment.source, error, fileOffset(fragment, 0)));
    return { ast: undefined, diagnostics };
  }
}

/** Whether `text` starts with a method selector pattern (`foo`, `+ x`, `at: i put: v`). */
export function startsWithPattern(text: string, dialect: Dialect): boolean {
  try {
    return dialects[dialect].grammar.match(text, "PatternOnly").succeeded();
  } catch {
    return false;
  }
}

/**
 * Above this many characters, a broken fragment is not handed to Ohm whole: a packrat match
 * costs about 2 KB of heap per input character (reference §3.7), so a megabyte-sized broken
 * do-it could exhaust the heap.
 */
const LARGE_FRAGMENT = 64 * 1024;

/** `fragment.text[start, end)` as a fragment of its own, positioned in the same file. */
function subFragment(fragment: Fragment, start: number, end: number): Fragment {
  const escapes = fragment.escapes.filter((e) => e >= start && e < end).map((e) => e - start);
  return {
    source: fragment.source,
    text: fragment.text.slice(start, end),
    base: fileOffset(fragment, start),
    escapes,
  };
}

/**
 * The syntax error of a large fragment, from an Ohm match of a bounded window: the do-it from
 * the top-level statement where the fast path stopped (a statement boundary, so the grammar
 * reads it as it would in place) to at most {@link LARGE_FRAGMENT} characters past the stop.
 */
function windowedFailure(
  fragment: Fragment,
  startRule: StartRule,
  dialect: Dialect,
  resumeAt: number,
  failedAt: number,
): Diagnostic {
  const { text } = fragment;
  const start = Math.min(resumeAt, failedAt);
  // Before its first statement a method is read as a method; from a statement on, as a do-it
  // (without a Tonel method's closing bracket).
  const rule = start === 0 ? startRule : "DoIt";
  const limit = startRule === "TonelMethod" && start > 0 ? text.length - 1 : text.length;
  let end = Math.min(limit, Math.max(failedAt + 4096, start + LARGE_FRAGMENT));
  if (end - start > 2 * LARGE_FRAGMENT) end = start + 2 * LARGE_FRAGMENT;
  const window = subFragment(fragment, start, end);
  const match = dialects[dialect].grammar.match(window.text, rule);
  if (match.failed()) {
    const position = match.getRightmostFailurePosition();
    const cutShort = end < limit;
    // A failure at the cut (or an unterminated literal made by the cut) only means the window
    // ended; otherwise it is the real error.
    if (
      !cutShort ||
      (position < window.text.length - 1 && scanLexical(window.text, 0, window.text.length) === undefined)
    ) {
      return failureDiagnostic(window, expectedText(match), position);
    }
  }
  const at = fileOffset(fragment, failedAt);
  return makeDiagnostic(
    fragment.source,
    DiagnosticCode.SyntaxError,
    "error",
    "syntax error here (the source is too large to report the expected tokens)",
    at,
    Math.min(at + 1, fileOffset(fragment, text.length)),
  );
}

/**
 * The diagnostic for an exception caught at a public entry point: `ST1012` for a stack
 * overflow (nesting too deep for the parser), `ST9001` otherwise.
 */
export function internalError(source: SourceText, error: unknown, offset: number): Diagnostic {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return makeDiagnostic(
      source,
      DiagnosticCode.NestingTooDeep,
      "error",
      "the source is nested too deeply to parse",
      offset,
      offset,
    );
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return makeDiagnostic(
    source,
    DiagnosticCode.InternalError,
    "error",
    `internal error in st2ts (please report it): ${message.split("\n")[0]}`,
    offset,
    offset,
  );
}

/** A fragment that is the whole of `source`. */
export function wholeFile(source: SourceText): Fragment {
  return { source, text: source.text, base: 0, escapes: [] };
}

function sorted(diagnostics: Diagnostic[]): Diagnostic[] {
  return sortDiagnostics(diagnostics);
}

function parseWhole<T>(source: string, options: ParseOptions | undefined, rule: StartRule): ParseResult<T> {
  const file = typeof options?.fileName === "string" ? options.fileName : DEFAULT_FILE_NAME;
  const { dialect, engine } = settingsOf(options);
  const text = new SourceText(typeof source === "string" ? source : "", file);
  if (typeof source !== "string") {
    return {
      ast: undefined,
      diagnostics: [
        internalError(text, new TypeError(`the source must be a string, not ${typeof source}`), 0),
      ],
    };
  }
  const r = parseFragment<T>(wholeFile(text), rule, dialect, engine);
  return { ast: r.ast, diagnostics: sorted(r.diagnostics) };
}

/**
 * Parses a workspace do-it: optional temporaries `| a b |`, then statements.
 *
 * @param source - the do-it text
 * @param options - file name, dialect and engine
 * @returns the {@link DoItNode} (undefined on error) and diagnostics; never throws
 */
export function parseDoIt(source: string, options: ParseOptions = {}): ParseResult<DoItNode> {
  return parseWhole<DoItNode>(source, options, "DoIt");
}

/**
 * Parses one method: a selector pattern (`foo`, `+ other`, `at: i put: v`), pragmas,
 * temporaries and statements.
 *
 * @param source - the method text
 * @param options - file name, dialect and engine
 * @returns the {@link MethodNode} (undefined on error) and diagnostics; never throws
 */
export function parseMethod(source: string, options: ParseOptions = {}): ParseResult<MethodNode> {
  return parseWhole<MethodNode>(source, options, "Method");
}
