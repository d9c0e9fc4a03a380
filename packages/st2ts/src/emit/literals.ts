/**
 * Smalltalk literals as TypeScript source. String contents go through TypeScript's own printer
 * (`ts.factory.createStringLiteral` + `printNode`), loaded only when a string needs escaping: a
 * string of printable ASCII without quotes or backslashes prints as itself between double
 * quotes, exactly as TypeScript's printer prints it (a property test checks that).
 *
 * @module
 */

import { createRequire } from "node:module";
import type { LiteralNode } from "../ast/nodes.js";

type TypeScriptModule = typeof import("typescript");

let typescript: TypeScriptModule | undefined;
let printLiteral: ((text: string) => string) | undefined;

function typeScriptPrinter(): (text: string) => string {
  if (printLiteral !== undefined) return printLiteral;
  typescript ??= createRequire(import.meta.url)("typescript") as TypeScriptModule;
  const ts = typescript;
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  const file = ts.createSourceFile("literal.ts", "", ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  printLiteral = (text) =>
    printer.printNode(ts.EmitHint.Expression, ts.factory.createStringLiteral(text), file);
  return printLiteral;
}

/** Text that prints as itself: printable ASCII without `"` and `\`. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** A TypeScript string literal whose value is exactly `text` (any code points, lone surrogates too). */
export function stringLiteral(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : typeScriptPrinter()(text);
}

/** The same literal printed by TypeScript's printer, always (for tests of the fast path). */
export function stringLiteralByTypeScript(text: string): string {
  return typeScriptPrinter()(text);
}

/** A TypeScript expression for an integer literal: a number within ±(2^53 - 1), else a bigint. */
export function integerLiteral(value: bigint): string {
  const text = value.toString();
  const safe = value >= -(2n ** 53n) + 1n && value <= 2n ** 53n - 1n;
  if (!safe) return `${text}n`;
  return value < 0n ? `(${text})` : text;
}

/** A TypeScript expression for a float: `rt.float(x)` (Floats are boxed). */
export function floatLiteral(value: number): string {
  if (Number.isNaN(value)) return "rt.float(Number.NaN)";
  if (!Number.isFinite(value))
    return value > 0 ? "rt.float(Number.POSITIVE_INFINITY)" : "rt.float(Number.NEGATIVE_INFINITY)";
  if (Object.is(value, -0)) return "rt.float(-0)";
  return `rt.float(${String(value)})`;
}

/** The TypeScript expression for a literal (an array literal is a JavaScript array; the emitter hoists it). */
export function literalExpression(node: LiteralNode): string {
  switch (node.type) {
    case "integer":
      return integerLiteral(node.value);
    case "float":
      return floatLiteral(node.value);
    case "scaledDecimal":
      return `rt.scaledDecimal(${integerLiteral(node.numerator)}, ${integerLiteral(node.denominator)}, ${node.scale})`;
    case "string":
      return stringLiteral(node.value);
    case "symbol":
      return `rt.symbol(${stringLiteral(node.value)})`;
    case "character":
      return `rt.char(${node.codePoint})`;
    case "boolean":
      return node.value ? "true" : "false";
    case "nil":
      return "null";
    case "array":
      return `[${node.elements.map(literalExpression).join(", ")}]`;
    case "byteArray":
      return `new Uint8Array([${node.elements.map((element) => element.value.toString()).join(", ")}])`;
  }
}
