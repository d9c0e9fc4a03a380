/**
 * The fileIn (chunk) format reader: `!`-terminated chunks with `!!` escapes, `!Foo
 * methodsFor: 'cat'!` sections of method chunks ended by an empty chunk, `commentStamp:` and
 * `reorganize` chunks, and do-it chunks (class definitions recognised). Each chunk is parsed
 * with its own Ohm match, so one file reports an error per broken chunk.
 *
 * @module
 */

import type { DoItNode, ExpressionNode, MethodNode } from "../ast/nodes.js";
import type { MethodSide, SourceUnit } from "../ast/units.js";
import type { Diagnostic } from "../diagnostics.js";
import { DiagnosticCode, makeDiagnostic } from "../diagnostics.js";
import type { ParserSettings } from "../parse/parse.js";
import { parseFragment, settingsOf, startsWithPattern } from "../parse/parse.js";
import { isSeparator } from "../parse/scanner.js";
import type { Fragment } from "../parse/to-ast.js";
import type { SourceText } from "../source-text.js";
import { recognizeClassDefinition } from "./class-definition.js";
import type { ReadOptions, ReadResult } from "./read-result.js";
import { guardedRead } from "./read-result.js";

/** One chunk: its unescaped text and where it is. */
export interface Chunk {
  /** Offset of the chunk's first character. */
  readonly start: number;
  /** Offset of its terminating `!` (or the end of the file). */
  readonly end: number;
  /** Offset after the terminator. */
  readonly next: number;
  /** The text with `!!` unescaped. */
  readonly text: string;
  /** Positions in `text` of each `!` that was written `!!`. */
  readonly escapes: readonly number[];
  /** Whether a `!` ended it (false at the end of the file). */
  readonly terminated: boolean;
}

/** Reads the chunk that starts at `start`: up to the next `!` that is not `!!`. */
export function readChunk(text: string, start: number): Chunk {
  let i = start;
  let out = "";
  let from = start;
  const escapes: number[] = [];
  while (i < text.length) {
    const bang = text.indexOf("!", i);
    if (bang < 0) {
      i = text.length;
      break;
    }
    if (text.charCodeAt(bang + 1) === 33) {
      out += text.slice(from, bang + 1);
      escapes.push(out.length - 1);
      i = bang + 2;
      from = i;
      continue;
    }
    out += text.slice(from, bang);
    return { start, end: bang, next: bang + 1, text: out, escapes, terminated: true };
  }
  out += text.slice(from, i);
  return { start, end: text.length, next: text.length, text: out, escapes, terminated: false };
}

function skipSeparators(text: string, i: number): number {
  while (i < text.length && isSeparator(text.charCodeAt(i))) i++;
  return i;
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSeparator(s.charCodeAt(i))) return false;
  return true;
}

function fragmentOf(source: SourceText, chunk: Chunk): Fragment {
  return { source, text: chunk.text, base: chunk.start, escapes: chunk.escapes };
}

/** A class reference `Foo` or `Foo class`. */
function classRef(node: ExpressionNode): { className: string; side: MethodSide } | undefined {
  if (node.kind === "Variable") return { className: node.name, side: "instance" };
  if (node.kind === "Send" && node.selector === "class" && node.receiver.kind === "Variable") {
    return { className: node.receiver.name, side: "class" };
  }
  return undefined;
}

function stringArg(node: ExpressionNode | undefined): string | undefined {
  if (node?.kind === "Literal" && (node.type === "string" || node.type === "symbol")) return node.value;
  return undefined;
}

/** What a metadata chunk (`!Foo methodsFor: 'x'!`) announces. */
type Metadata =
  | {
      kind: "methods";
      className: string;
      side: MethodSide;
      category: string | undefined;
      stamp: string | undefined;
    }
  | { kind: "comment"; className: string; stamp: string | undefined }
  | { kind: "reorganize"; className: string; side: MethodSide };

function metadataOf(doIt: DoItNode): Metadata | undefined {
  if (doIt.statements.length !== 1) return undefined;
  const s = doIt.statements[0]!;
  if (s.kind !== "Send") return undefined;
  const ref = classRef(s.receiver);
  if (ref === undefined) return undefined;
  switch (s.selector) {
    case "methodsFor:":
    case "methodsFor:stamp:":
    case "methodsFor:stamp:prior:":
    case "publicMethodsFor:":
    case "privateMethodsFor:":
      return { kind: "methods", ...ref, category: stringArg(s.args[0]), stamp: stringArg(s.args[1]) };
    case "commentStamp:prior:":
    case "commentStamp:":
    case "commentStamp":
      return { kind: "comment", className: ref.className, stamp: stringArg(s.args[0]) };
    case "reorganize":
      return { kind: "reorganize", ...ref };
    default:
      return undefined;
  }
}

/** Reads the method chunks of a `methodsFor:` section, up to the empty chunk. */
function readMethods(
  source: SourceText,
  pos: number,
  meta: Extract<Metadata, { kind: "methods" }>,
  settings: ParserSettings,
  units: SourceUnit[],
  diagnostics: Diagnostic[],
): number {
  const text = source.text;
  for (;;) {
    const start = skipSeparators(text, pos);
    if (start >= text.length) return text.length;
    const chunk = readChunk(text, start);
    pos = chunk.next;
    if (isBlank(chunk.text)) return pos;
    if (chunk.text.startsWith("]style[")) continue;
    const fragment = fragmentOf(source, chunk);
    const r = parseFragment<MethodNode>(fragment, "Method", settings.dialect, settings.engine);
    if (r.ast !== undefined) {
      units.push({
        kind: "MethodDefinition",
        className: meta.className,
        side: meta.side,
        category: meta.category,
        stamp: meta.stamp,
        method: r.ast,
        span: source.span(chunk.start, chunk.end),
      });
      diagnostics.push(...r.diagnostics);
    } else if (!startsWithPattern(chunk.text, settings.dialect)) {
      diagnostics.push(
        makeDiagnostic(
          source,
          DiagnosticCode.ExpectedMethod,
          "error",
          `expected a method of ${meta.className}${meta.side === "class" ? " class" : ""} (a selector pattern such as 'foo', '+ other' or 'at: index put: value'); a methodsFor: section ends with an empty chunk '! !'`,
          chunk.start,
          Math.min(chunk.end, chunk.start + firstLineLength(chunk.text)),
        ),
      );
    } else {
      diagnostics.push(...r.diagnostics);
    }
    if (!chunk.terminated) return pos;
  }
}

function firstLineLength(s: string): number {
  const m = /[\r\n]/.exec(s);
  return m === null ? s.length : m.index;
}

/** Reads the text chunk after a `commentStamp:` or `reorganize` chunk. */
function readTextChunk(
  source: SourceText,
  pos: number,
  what: string,
  at: { start: number; end: number },
  diagnostics: Diagnostic[],
): Chunk | undefined {
  const start = skipSeparators(source.text, pos);
  if (start >= source.text.length) {
    diagnostics.push(
      makeDiagnostic(
        source,
        DiagnosticCode.MissingChunk,
        "error",
        `the file ends before the ${what} chunk`,
        at.start,
        at.end,
      ),
    );
    return undefined;
  }
  return readChunk(source.text, start);
}

/** The reader proper, writing into `units` and `diagnostics`. */
export function readChunks(
  source: SourceText,
  settings: ParserSettings,
  units: SourceUnit[],
  diagnostics: Diagnostic[],
): void {
  const text = source.text;
  let pos = 0;
  while (pos < text.length) {
    pos = skipSeparators(text, pos);
    if (pos >= text.length) break;
    const isMetadata = text.charCodeAt(pos) === 33 && text.charCodeAt(pos + 1) !== 33;
    const chunk = readChunk(text, isMetadata ? pos + 1 : pos);
    pos = chunk.next;
    if (isBlank(chunk.text) || chunk.text.startsWith("]style[")) continue;
    const r = parseFragment<DoItNode>(fragmentOf(source, chunk), "DoIt", settings.dialect, settings.engine);
    diagnostics.push(...r.diagnostics);
    const doIt = r.ast;
    if (doIt === undefined) continue;
    const meta = isMetadata ? metadataOf(doIt) : undefined;
    if (meta?.kind === "methods") {
      pos = readMethods(source, pos, meta, settings, units, diagnostics);
      continue;
    }
    if (meta?.kind === "comment" || meta?.kind === "reorganize") {
      const what = meta.kind === "comment" ? "class comment" : "organization";
      const body = readTextChunk(source, pos, what, { start: chunk.start, end: chunk.end }, diagnostics);
      if (body === undefined) break;
      pos = body.next;
      const span = source.span(body.start, body.end);
      if (meta.kind === "comment") {
        units.push({
          kind: "ClassComment",
          className: meta.className,
          text: body.text,
          stamp: meta.stamp,
          span,
        });
      } else {
        units.push({
          kind: "Organization",
          className: meta.className,
          side: meta.side,
          text: body.text,
          span,
        });
      }
      continue;
    }
    const recognized = recognizeClassDefinition(doIt, source);
    if (recognized.unit !== undefined) units.push(recognized.unit);
    else {
      if (recognized.diagnostic !== undefined) diagnostics.push(recognized.diagnostic);
      units.push(doIt);
    }
  }
}

/**
 * Reads a fileIn (chunk format) file: class definitions, `methodsFor:` sections, class
 * comments, organisation chunks and do-its, in file order.
 *
 * @param source - the file text
 * @param options - file name, dialect and engine
 * @returns units and diagnostics; never throws
 */
export function readFileIn(source: string, options: ReadOptions = {}): ReadResult {
  return guardedRead("fileIn", source, options, (text, units, diagnostics) =>
    readChunks(text, settingsOf(options), units, diagnostics),
  );
}
