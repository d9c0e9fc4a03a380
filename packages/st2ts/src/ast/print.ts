/**
 * A compact, fully parenthesised s-expression printer for the AST, for tests and debugging.
 * `3 + 4 * 2` prints as `((3 + 4) * 2)`; see the package README for the notation.
 *
 * @module
 */

import type { DeclarationNode, LiteralNode, Node, StatementNode } from "./nodes.js";

const BINARY = /^[-+*/\\~<>=@%|&?,!]+$/;
const WORD = /^[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_\u0080-\uFFFF]*$/;
const KEYWORDS =
  /^([A-Za-z_\u0080-\uFFFF][A-Za-z0-9_\u0080-\uFFFF]*:)+([A-Za-z_\u0080-\uFFFF][A-Za-z0-9_\u0080-\uFFFF]*)?$/;

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Prints a symbol value as it would be written: `#foo`, `#at:put:`, `#+`, `#'a b'`. */
export function printSymbol(value: string): string {
  return WORD.test(value) || KEYWORDS.test(value) || BINARY.test(value) ? `#${value}` : `#${quote(value)}`;
}

function printLiteral(node: LiteralNode): string {
  switch (node.type) {
    case "integer":
      return node.value.toString();
    case "float": {
      const s = String(node.value);
      return Number.isInteger(node.value) && !s.includes("e") ? `${s}.0` : s;
    }
    case "scaledDecimal":
      return `${node.numerator}/${node.denominator}s${node.scale}`;
    case "string":
      return quote(node.value);
    case "symbol":
      return printSymbol(node.value);
    case "character":
      return `$${node.value}`;
    case "boolean":
      return String(node.value);
    case "nil":
      return "nil";
    case "array":
      return `#(${node.elements.map(printLiteral).join(" ")})`;
    case "byteArray":
      return `#[${node.elements.map(printLiteral).join(" ")}]`;
  }
}

function message(selector: string, args: readonly Node[]): string {
  if (args.length === 0) return selector;
  if (!selector.includes(":")) return `${selector} ${printAst(args[0]!)}`;
  const keywords = selector.split(":");
  return args.map((a, i) => `${keywords[i]}: ${printAst(a)}`).join(" ");
}

function decls(prefix: string, list: readonly DeclarationNode[]): string {
  return list.map((d) => `${prefix}${d.name}`).join(" ");
}

function body(temporaries: readonly DeclarationNode[], statements: readonly StatementNode[]): string[] {
  const parts: string[] = [];
  if (temporaries.length > 0) parts.push(`|${decls("", temporaries)}|`);
  for (const s of statements) parts.push(printAst(s));
  return parts;
}

/**
 * Prints a node as an s-expression: sends as `(receiver selector args)`, cascades as
 * `(cascade receiver (msg) …)`, blocks as `(block (:p) (|t|) statements…)`, assignments
 * as `(x := value)`, returns as `(^ value)`, brace arrays as `(brace …)`, literals in
 * Smalltalk syntax (floats always with a `.` or exponent, scaled decimals as `n/ds<scale>`).
 * A do-it prints as its statements joined by `. `; a method as `(method selector …)`.
 */
export function printAst(node: Node): string {
  switch (node.kind) {
    case "Variable":
    case "Declaration":
      return node.name;
    case "Literal":
      return printLiteral(node);
    case "Send":
      return `(${printAst(node.receiver)} ${message(node.selector, node.args)})`;
    case "CascadeMessage":
      return `(${message(node.selector, node.args)})`;
    case "Cascade":
      return `(cascade ${printAst(node.receiver)} ${node.messages.map(printAst).join(" ")})`;
    case "Assignment":
      return `(${node.variable.name} := ${printAst(node.value)})`;
    case "Return":
      return `(^ ${printAst(node.value)})`;
    case "Block": {
      const parts = ["block"];
      if (node.params.length > 0) parts.push(`(${decls(":", node.params)})`);
      if (node.temporaries.length > 0) parts.push(`(|${decls("", node.temporaries)}|)`);
      for (const s of node.statements) parts.push(printAst(s));
      return `(${parts.join(" ")})`;
    }
    case "BraceArray":
      return `(brace${node.elements.map((e) => ` ${printAst(e)}`).join("")})`;
    case "Pragma":
      return `<${message(node.selector, node.args)}>`;
    case "DoIt":
      return body(node.temporaries, node.statements).join(". ");
    case "Method": {
      const parts = ["method", node.selector];
      if (node.params.length > 0) parts.push(`(${decls(":", node.params)})`);
      for (const p of node.pragmas) parts.push(printAst(p));
      parts.push(...body(node.temporaries, node.statements));
      return `(${parts.join(" ")})`;
    }
  }
}
