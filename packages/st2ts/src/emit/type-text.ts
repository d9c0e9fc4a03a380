/**
 * TypeScript type annotations for inferred types.
 *
 * @module
 */

import { ANY_NUMBER, INTEGER, type StType, typeKey } from "../analyze/types.js";
import type { TypeCatalogue } from "../catalogue/catalogue.js";
import type { Imports } from "./imports.js";

const PRIMITIVE_TYPES: Readonly<Record<string, string>> = {
  SmallInteger: "number",
  LargePositiveInteger: "bigint",
  LargeNegativeInteger: "bigint",
  ByteString: "string",
  WideString: "string",
  Boolean: "boolean",
  True: "boolean",
  False: "boolean",
  UndefinedObject: "null",
  BlockClosure: "rt.Block",
  Array: "unknown[]",
  ByteArray: "Uint8Array",
};

/** Unions the runtime names: every Integer, every Number. */
const UNION_ALIASES = new Map([
  [typeKey(INTEGER), "rt.StInteger"],
  [typeKey(ANY_NUMBER), "rt.NumberValue"],
]);

/** The TypeScript text of a class's instance type (its export, imported as a type when needed). */
function classType(
  className: string,
  catalogue: TypeCatalogue,
  imports: Imports,
  localClasses: ReadonlySet<string>,
): string {
  const primitive = PRIMITIVE_TYPES[className];
  if (primitive !== undefined) return primitive;
  if (localClasses.has(className)) return className;
  const entry = catalogue.classNamed(className);
  if (entry === undefined) return "unknown";
  const name = imports.use(entry.module, entry.exportName, false);
  const parameters = entry.typeParameters ?? 0;
  return parameters === 0
    ? name
    : `${name}<${Array.from({ length: parameters }, () => "unknown").join(", ")}>`;
}

/**
 * The TypeScript type for `type`. `localClasses` are the classes the module itself defines
 * (referred to by name, without import).
 */
export function typeText(
  type: StType,
  catalogue: TypeCatalogue,
  imports: Imports,
  localClasses: ReadonlySet<string> = new Set(),
): string {
  switch (type.kind) {
    case "never":
      return "never";
    case "unknown":
      return "unknown";
    case "instance":
      return classType(type.className, catalogue, imports, localClasses);
    case "class": {
      if (localClasses.has(type.className)) return `typeof ${type.className}`;
      const entry = catalogue.classNamed(type.className);
      if (entry === undefined) return "unknown";
      // A type-only import will do for `typeof` (no load-time edge between modules).
      return `typeof ${imports.use(entry.module, entry.exportName, false)}`;
    }
    case "union": {
      const alias = UNION_ALIASES.get(typeKey(type));
      if (alias !== undefined) return alias;
      const texts = [
        ...new Set(type.members.map((member) => typeText(member, catalogue, imports, localClasses))),
      ];
      if (texts.includes("unknown")) return "unknown";
      return texts.join(" | ");
    }
  }
}
