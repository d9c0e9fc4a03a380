/**
 * The Tonel reader: an optional class comment, a `Class { … }` / `Trait { … }` /
 * `Extension { … }` / `Package { … }` STON header, then methods written
 * `{ #category : 'x' } Foo >> selector [ body ]` or `Foo class >> selector [ body ]`. Each
 * method body is delimited by bracket matching that skips strings, comments and character
 * literals (`$]`), then parsed with its own Ohm match (`TonelMethod`), positioned in the file.
 *
 * @module
 */

import type { MethodNode } from "../ast/nodes.js";
import type { ClassDefinition, ClassKind, MethodSide, SourceUnit } from "../ast/units.js";
import type { Diagnostic } from "../diagnostics.js";
import { DiagnosticCode, makeDiagnostic } from "../diagnostics.js";
import type { ParserSettings } from "../parse/parse.js";
import { parseFragment, settingsOf } from "../parse/parse.js";
import { matchBracket, skipComment } from "../parse/scanner.js";
import type { SourceText } from "../source-text.js";
import type { ReadOptions, ReadResult } from "./read-result.js";
import { guardedRead } from "./read-result.js";
import type { StonValue } from "./ston.js";
import { StonError, StonReader } from "./ston.js";

/** Tonel `#type` values and the layout they give. */
const TYPES: Readonly<Record<string, ClassKind>> = {
  normal: "normal",
  variable: "variable",
  bytes: "variableByte",
  words: "variableWord",
  doubleBytes: "variableDoubleByte",
  doubleWords: "variableDoubleWord",
  weak: "weak",
  ephemeron: "ephemeron",
  immediate: "immediate",
  compiledMethod: "compiledMethod",
};

/** The header keyword at `pos` (after separators and a comment), if the text is Tonel. */
const HEADER = /^(Class|Trait|Extension|Package)\s*\{/;

/** Offset of the first non-separator at or after `i`. */
function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) i++;
    else break;
  }
  return i;
}

/**
 * Whether `text` looks like Tonel: `Class {`, `Trait {`, `Extension {` or `Package {` at the
 * top level, after optional separators and one optional comment.
 */
export function looksLikeTonel(text: string): boolean {
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) === 34) {
    const end = skipComment(text, i);
    if (end < 0) return false;
    i = skipSpace(text, end);
  }
  return HEADER.test(text.slice(i, i + 32));
}

function str(v: StonValue | undefined): string | undefined {
  if (v === undefined || v.type === "nil") return undefined;
  if (v.type === "string" || v.type === "symbol") return v.value;
  throw new StonError("expected a string or a symbol", v.start);
}

function strs(v: StonValue | undefined): string[] {
  if (v === undefined || v.type === "nil") return [];
  if (v.type === "list") return v.value.map((e) => str(e) ?? "");
  if (v.type === "string") return v.value.split(/\s+/).filter((s) => s !== "");
  throw new StonError("expected a list of names", v.start);
}

function unquoteComment(raw: string): string {
  const body = raw.slice(1, -1);
  return body.includes('""') ? body.replaceAll('""', '"') : body;
}

interface MethodHeader {
  readonly className: string;
  readonly side: MethodSide;
  /** Offset where the selector pattern starts (just after `>>`). */
  readonly patternStart: number;
}

/** `Foo >> ` or `Foo class >> ` at `pos`. */
function methodHeader(text: string, pos: number): MethodHeader | undefined {
  const m = /^([A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_\u00C0-\uFFFF]*)(\s+class)?\s*>>\s*/.exec(
    text.slice(pos, pos + 300),
  );
  if (m === null) return undefined;
  return {
    className: m[1]!,
    side: m[2] === undefined ? "instance" : "class",
    patternStart: pos + m[0].length,
  };
}

/** The start of the next line that may begin a method (`{` or `Name >>`), for recovery. */
function nextMethodStart(text: string, from: number): number {
  const re = /\r\n?\s*|\n\s*/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index + m[0].length;
    if (at >= text.length) return text.length;
    if (text[at] === "{" || methodHeader(text, at) !== undefined) return at;
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  return text.length;
}

function readHeader(
  source: SourceText,
  pos: number,
  comment: string | undefined,
  units: SourceUnit[],
): number {
  const text = source.text;
  const m = HEADER.exec(text.slice(pos, pos + 32))!;
  const keyword = m[1]!;
  const reader = new StonReader(text, pos + m[0].length - 1);
  const header = reader.value();
  if (header.type !== "map") throw new StonError("expected a STON map { … }", header.start);
  const get = (key: string) => header.value.get(key);
  const name = str(get("name"));
  if (name === undefined) throw new StonError(`a ${keyword} definition needs a #name`, header.start);
  const span = source.span(pos, reader.pos);
  if (keyword === "Extension") units.push({ kind: "ClassExtension", className: name, span });
  else if (keyword === "Package") units.push({ kind: "PackageDefinition", name, span });
  else {
    const type = str(get("type"));
    const classKind: ClassKind =
      keyword === "Trait" ? "trait" : type === undefined ? "normal" : (TYPES[type] ?? "normal");
    const definition: ClassDefinition = {
      kind: "ClassDefinition",
      name,
      superclass: keyword === "Trait" ? null : (str(get("superclass")) ?? null),
      classKind,
      instanceVariables: strs(get("instVars")),
      classVariables: strs(get("classVars")),
      classInstanceVariables: strs(get("classInstVars")),
      poolDictionaries: strs(get("pools")),
      category: str(get("category")),
      package: str(get("package")),
      tag: str(get("tag")),
      traitComposition: str(get("traits")),
      comment,
      form: "tonel",
      span,
      definition: undefined,
    };
    units.push(definition);
  }
  return reader.pos;
}

/** The reader proper. */
export function readTonelInto(
  source: SourceText,
  settings: ParserSettings,
  units: SourceUnit[],
  diagnostics: Diagnostic[],
): void {
  const text = source.text;
  const error = (code: Diagnostic["code"], message: string, start: number, end: number) =>
    diagnostics.push(makeDiagnostic(source, code, "error", message, start, end));

  let pos = skipSpace(text, 0);
  let comment: string | undefined;
  if (text.charCodeAt(pos) === 34) {
    const end = skipComment(text, pos);
    if (end < 0) {
      error(
        DiagnosticCode.UnterminatedComment,
        'unterminated comment: no closing double quote (")',
        pos,
        text.length,
      );
      return;
    }
    comment = unquoteComment(text.slice(pos, end));
    pos = skipSpace(text, end);
  }
  if (!HEADER.test(text.slice(pos, pos + 32))) {
    error(
      DiagnosticCode.ExpectedTonelDefinition,
      "expected a Tonel definition: Class { … }, Trait { … }, Extension { … } or Package { … }",
      pos,
      Math.min(text.length, pos + 1),
    );
    return;
  }
  try {
    pos = readHeader(source, pos, comment, units);
  } catch (e) {
    if (!(e instanceof StonError)) throw e;
    error(
      DiagnosticCode.InvalidTonelHeader,
      `invalid Tonel header: ${e.message}`,
      e.position,
      Math.min(text.length, e.position + 1),
    );
    return;
  }

  while (true) {
    pos = skipSpace(text, pos);
    if (pos >= text.length) break;
    const methodStart = pos;
    let category: string | undefined;
    if (text[pos] === "{") {
      const reader = new StonReader(text, pos);
      try {
        const meta = reader.value();
        if (meta.type === "map") category = str(meta.value.get("category"));
        pos = skipSpace(text, reader.pos);
      } catch (e) {
        if (!(e instanceof StonError)) throw e;
        error(
          DiagnosticCode.InvalidTonelHeader,
          `invalid method metadata: ${e.message}`,
          e.position,
          Math.min(text.length, e.position + 1),
        );
        pos = nextMethodStart(text, pos + 1);
        continue;
      }
    }
    const header = methodHeader(text, pos);
    if (header === undefined) {
      const lineEnd = text.slice(pos).search(/[\r\n]/);
      error(
        DiagnosticCode.ExpectedTonelMethod,
        "expected a method definition: { #category : 'x' } ClassName >> selector [ body ]",
        pos,
        lineEnd < 0 ? text.length : pos + Math.max(1, lineEnd),
      );
      pos = nextMethodStart(text, pos);
      continue;
    }
    // The body's `[`: the pattern itself holds no strings, comments or brackets.
    const open = text.indexOf("[", header.patternStart);
    if (open < 0) {
      error(
        DiagnosticCode.ExpectedTonelMethod,
        "expected '[' to open the method body",
        header.patternStart,
        text.length,
      );
      break;
    }
    const match = matchBracket(text, open);
    if (!match.ok) {
      const u = match.unterminated;
      if (u?.kind === "string") {
        error(
          DiagnosticCode.UnterminatedString,
          "unterminated string: no closing quote (')",
          u.start,
          text.length,
        );
      } else if (u?.kind === "comment") {
        error(
          DiagnosticCode.UnterminatedComment,
          'unterminated comment: no closing double quote (")',
          u.start,
          text.length,
        );
      } else {
        error(
          DiagnosticCode.UnbalancedBrackets,
          "unbalanced brackets: this '[' has no matching ']'",
          open,
          open + 1,
        );
      }
      break;
    }
    const end = match.close + 1;
    const fragment = {
      source,
      text: text.slice(header.patternStart, end),
      base: header.patternStart,
      escapes: [],
    };
    const r = parseFragment<MethodNode>(fragment, "TonelMethod", settings.dialect, settings.engine);
    diagnostics.push(...r.diagnostics);
    if (r.ast !== undefined) {
      units.push({
        kind: "MethodDefinition",
        className: header.className,
        side: header.side,
        category,
        stamp: undefined,
        method: r.ast,
        span: source.span(methodStart, end),
      });
    }
    pos = end;
  }
}

/**
 * Reads a Tonel file (`Foo.class.st`, `Foo.extension.st`, `Foo.trait.st`, `package.st`).
 *
 * @param source - the file text
 * @param options - file name, dialect and engine
 * @returns units (the definition, then each method) and diagnostics; never throws
 */
export function readTonel(source: string, options: ReadOptions = {}): ReadResult {
  return guardedRead("tonel", source, options, (text, units, diagnostics) =>
    readTonelInto(text, settingsOf(options), units, diagnostics),
  );
}
