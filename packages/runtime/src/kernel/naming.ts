/**
 * The one rule that maps Smalltalk selectors to TypeScript member names (design rule 7).
 *
 * - Unary selectors keep their name: `receiveData` -> `receiveData`.
 * - Keyword selectors join their keywords in camelCase: `connectTo:port:` -> `connectToPort`.
 * - Binary selectors use the fixed table {@link BINARY_SELECTOR_NAMES}; a run of binary characters
 *   that the table lacks is spelled out character by character: `+-` -> `op$PlusMinus`.
 * - A name that JavaScript gives a meaning of its own (`constructor`, `then`, `__proto__`, and on
 *   the class side `name`, `length`, `prototype`, ...) gets a `$` suffix. `$` never occurs in a
 *   Smalltalk identifier, so a mangled name can never collide with a plain one.
 * - A class may declare a different name for a selector (a `@selector` TSDoc tag on the member and
 *   an entry in the class's `$selectors` table), which is how a getter/setter pair such as
 *   `priority` and `priority:` get two names (`priority` and `priority$`).
 *
 * st2ts imports this module, so the transpiler and the runtime can never disagree.
 */

/** The fixed names of the binary selectors that networking code uses. */
export const BINARY_SELECTOR_NAMES: Readonly<Record<string, string>> = Object.freeze({
  "+": "plus",
  "-": "minus",
  "*": "times",
  "/": "divide",
  "//": "intDiv",
  "\\\\": "mod",
  "**": "pow",
  "=": "eq",
  "==": "identical",
  "~=": "ne",
  "~~": "notIdentical",
  "<": "lt",
  ">": "gt",
  "<=": "le",
  ">=": "ge",
  ",": "comma",
  "->": "assoc",
  "@": "point",
  "&": "amp",
  "|": "pipe",
  "<<": "shiftLeft",
  ">>": "shiftRight",
  "==>": "implies",
  "%": "percent",
});

const BINARY_CHARACTER_NAMES: Readonly<Record<string, string>> = {
  "+": "Plus",
  "-": "Minus",
  "*": "Star",
  "/": "Slash",
  "\\": "Backslash",
  "~": "Tilde",
  "<": "Less",
  ">": "Greater",
  "=": "Equal",
  "@": "At",
  "%": "Percent",
  "|": "Bar",
  "&": "Amp",
  "?": "Query",
  ",": "Comma",
  "!": "Bang",
};

/** The characters a binary selector is made of (Pharo's `Character specialCharacters`). */
export const BINARY_CHARACTERS = "+-/\\*~<>=@,%|&?!";

/** Member names that JavaScript itself uses on every object (and `then`, which `await` calls). */
const INSTANCE_SPECIAL = new Set([
  "constructor",
  "then",
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
]);

/** Static member names that every JavaScript class already has. */
const CLASS_SPECIAL = new Set([
  ...INSTANCE_SPECIAL,
  "name",
  "length",
  "prototype",
  "caller",
  "arguments",
  "call",
  "apply",
  "bind",
]);

/** Whether `selector` is a binary selector (made only of binary characters). */
export function isBinarySelector(selector: string): boolean {
  if (selector.length === 0) return false;
  for (const ch of selector) if (!BINARY_CHARACTERS.includes(ch)) return false;
  return true;
}

/** Whether `selector` is a keyword selector (`at:put:`). */
export function isKeywordSelector(selector: string): boolean {
  return selector.endsWith(":");
}

/** The number of arguments a message with `selector` takes (`numArgs`). */
export function selectorArity(selector: string): number {
  if (isBinarySelector(selector)) return 1;
  let count = 0;
  for (const ch of selector) if (ch === ":") count += 1;
  return count;
}

/** The keywords of a keyword selector, each with its colon: `at:put:` -> `["at:", "put:"]`. */
export function selectorKeywords(selector: string): string[] {
  return selector.match(/[^:]+:/g) ?? [selector];
}

/**
 * The TypeScript member name for `selector` by the rule alone (without a class's own overrides).
 * `classSide` selects the static-member rule, which mangles the names JavaScript functions own.
 */
export function selectorToName(selector: string, classSide = false): string {
  let name: string;
  if (isBinarySelector(selector)) {
    name = BINARY_SELECTOR_NAMES[selector] ?? binaryRunName(selector);
  } else if (isKeywordSelector(selector)) {
    const parts = selector.split(":").filter((part) => part.length > 0);
    name = parts.map((part, index) => (index === 0 ? part : part[0]!.toUpperCase() + part.slice(1))).join("");
  } else {
    name = selector;
  }
  const special = classSide ? CLASS_SPECIAL : INSTANCE_SPECIAL;
  return special.has(name) ? `${name}$` : name;
}

function binaryRunName(selector: string): string {
  let name = "op$";
  for (const ch of selector) name += BINARY_CHARACTER_NAMES[ch] ?? `U${ch.codePointAt(0)!.toString(16)}`;
  return name;
}
