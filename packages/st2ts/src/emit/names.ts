/**
 * Identifiers in generated code. A Smalltalk variable keeps its name unless TypeScript reserves
 * it, it is one of the names generated code itself uses (`rt`, imports, `doIt`), or it has
 * non-ASCII letters: then it gets a `$` suffix (and `$uXXXX` for each non-ASCII character). `$`
 * never occurs in Smalltalk identifiers, so a mangled name cannot collide with another
 * variable's; st2ts's own temporaries all start with `$`.
 *
 * @module
 */

/** Words TypeScript or JavaScript reserve, or that mean something special as a variable name. */
export const RESERVED_IDENTIFIERS: ReadonlySet<string> = new Set([
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "let",
  "static",
  "implements",
  "interface",
  "package",
  "private",
  "protected",
  "public",
  "await",
  "async",
  "arguments",
  "eval",
  "undefined",
  "NaN",
  "Infinity",
  "globalThis",
  "constructor",
  "prototype",
  "__proto__",
  "as",
  "any",
  "unknown",
  "never",
  "type",
  "declare",
  "namespace",
  "module",
  "require",
  "process",
  "console",
  "Object",
  "Error",
  "Promise",
  "Symbol",
  "String",
  "Number",
  "Array",
  "Uint8Array",
]);

/** A TypeScript identifier for the Smalltalk identifier `name`, avoiding `taken` names. */
export function identifierFor(name: string, taken: ReadonlySet<string>): string {
  let ascii = "";
  for (const ch of name) {
    const code = ch.codePointAt(0)!;
    ascii += code < 128 ? ch : `$u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  if (ascii === name && !RESERVED_IDENTIFIERS.has(name) && !taken.has(name)) return name;
  let candidate = ascii === name ? `${name}$` : ascii;
  while (taken.has(candidate)) candidate = `${candidate}$`;
  return candidate;
}
