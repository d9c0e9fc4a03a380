/**
 * The types st2ts infers for Smalltalk expressions and variables: a small lattice over
 * Smalltalk class names (primitive values included: `SmallInteger` is a JavaScript number,
 * `ByteString` a string, `UndefinedObject` null), with unions and two extremes: `never` (no
 * value yet, the bottom) and `unknown` (anything, the top).
 *
 * @module
 */

import type { TypeCatalogue } from "../catalogue/catalogue.js";
import type { TypeRef } from "../catalogue/types.js";

/** A type. `instance` is "an instance of this class or a subclass". */
export type StType =
  | { readonly kind: "never" }
  | { readonly kind: "unknown" }
  | { readonly kind: "instance"; readonly className: string }
  | { readonly kind: "class"; readonly className: string }
  | { readonly kind: "union"; readonly members: readonly StType[] };

/** The bottom: an expression that has produced no value yet. */
export const NEVER: StType = { kind: "never" };
/** The top: any value. */
export const UNKNOWN: StType = { kind: "unknown" };

/** An instance of `className`. */
export function instanceOf(className: string): StType {
  return { kind: "instance", className };
}

/** nil. */
export const NIL = instanceOf("UndefinedObject");
/** true or false. */
export const BOOLEAN = instanceOf("Boolean");
/** A SmallInteger (a JavaScript number). */
export const SMALL_INTEGER = instanceOf("SmallInteger");
/** A String that is a JavaScript string (ByteString or WideString). */
export const STRING: StType = {
  kind: "union",
  members: [instanceOf("ByteString"), instanceOf("WideString")],
};
/** Any Integer (a JavaScript number or bigint). */
export const INTEGER: StType = {
  kind: "union",
  members: [SMALL_INTEGER, instanceOf("LargePositiveInteger"), instanceOf("LargeNegativeInteger")],
};
/** Any Number: Integer, Float, Fraction or ScaledDecimal. */
export const ANY_NUMBER: StType = {
  kind: "union",
  members: [
    "SmallInteger",
    "LargePositiveInteger",
    "LargeNegativeInteger",
    "Float",
    "Fraction",
    "ScaledDecimal",
  ].map(instanceOf),
};
/** A block (a JavaScript function). */
export const BLOCK = instanceOf("BlockClosure");

/** The members of a type (a union's members, or the type itself). */
export function membersOf(type: StType): readonly StType[] {
  if (type.kind === "union") return type.members;
  if (type.kind === "never") return [];
  return [type];
}

function key(type: StType): string {
  return type.kind === "instance" || type.kind === "class" ? `${type.kind}:${type.className}` : type.kind;
}

/** The least type containing both. */
export function join(a: StType, b: StType): StType {
  if (a.kind === "unknown" || b.kind === "unknown") return UNKNOWN;
  if (a.kind === "never") return b;
  if (b.kind === "never") return a;
  const members = new Map<string, StType>();
  for (const member of [...membersOf(a), ...membersOf(b)]) members.set(key(member), member);
  if (members.has("instance:True") && members.has("instance:False")) {
    members.delete("instance:True");
    members.delete("instance:False");
    members.set(key(BOOLEAN), BOOLEAN);
  }
  if (members.has("instance:Boolean")) {
    members.delete("instance:True");
    members.delete("instance:False");
  }
  const all = [...members.values()];
  if (all.length > 6) return UNKNOWN;
  return all.length === 1 ? all[0]! : { kind: "union", members: all };
}

/** A canonical text for a type, equal for equal types. */
export function typeKey(type: StType): string {
  return type.kind === "unknown" ? "?" : membersOf(type).map(key).sort().join("|");
}

/** Whether two types are the same. */
export function sameType(a: StType, b: StType): boolean {
  return typeKey(a) === typeKey(b);
}

/** Whether the type can be nil. */
export function includesNil(type: StType): boolean {
  return type.kind === "unknown" || membersOf(type).some((member) => key(member) === key(NIL));
}

/** The type without nil. */
export function withoutNil(type: StType): StType {
  if (type.kind !== "union")
    return type.kind === "instance" && type.className === "UndefinedObject" ? NEVER : type;
  return membersOf(type).reduce(
    (joined, member) => (key(member) === key(NIL) ? joined : join(joined, member)),
    NEVER,
  );
}

/** Whether every value of `type` is an instance of `className` (or a subclass). */
export function isInstanceOf(type: StType, className: string, catalogue: TypeCatalogue): boolean {
  const members = membersOf(type);
  if (members.length === 0 || type.kind === "unknown") return false;
  return members.every(
    (member) => member.kind === "instance" && catalogue.inheritsFromOrIs(member.className, className),
  );
}

/** Whether the type is exactly one known class's instances (the receiver of a direct call). */
export function singleClass(type: StType): string | undefined {
  return type.kind === "instance" ? type.className : undefined;
}

/** The catalogue's type reference as an StType. */
export function fromTypeRef(ref: TypeRef): StType {
  switch (ref.kind) {
    case "unknown":
      return UNKNOWN;
    case "void":
    case "nil":
      return NIL;
    case "boolean":
      return BOOLEAN;
    case "number":
      return SMALL_INTEGER;
    case "bigint":
      return join(instanceOf("LargePositiveInteger"), instanceOf("LargeNegativeInteger"));
    case "string":
      return STRING;
    case "block":
      return BLOCK;
    case "array":
      return instanceOf("Array");
    case "bytes":
      return instanceOf("ByteArray");
    case "instance":
      return instanceOf(ref.className);
    case "class":
      return { kind: "class", className: ref.className };
    case "union":
      return ref.members.reduce<StType>((joined, member) => join(joined, fromTypeRef(member)), NEVER);
  }
}

/** Whether a value of type `type` may be passed where the catalogue declares `param`. */
export function assignableTo(type: StType, param: TypeRef, catalogue: TypeCatalogue): boolean {
  if (param.kind === "unknown") return true;
  if (type.kind === "unknown" || type.kind === "never") return type.kind === "never";
  return membersOf(type).every((member) => memberAssignable(member, param, catalogue));
}

function memberAssignable(member: StType, param: TypeRef, catalogue: TypeCatalogue): boolean {
  if (param.kind === "union") return param.members.some((each) => memberAssignable(member, each, catalogue));
  if (member.kind === "class")
    return param.kind === "class" && catalogue.inheritsFromOrIs(member.className, param.className);
  if (member.kind !== "instance") return false;
  const name = member.className;
  switch (param.kind) {
    case "nil":
    case "void":
      return name === "UndefinedObject";
    case "boolean":
      return name === "Boolean" || name === "True" || name === "False";
    case "number":
      return name === "SmallInteger";
    case "bigint":
      return name === "LargePositiveInteger" || name === "LargeNegativeInteger";
    case "string":
      return name === "ByteString" || name === "WideString";
    case "block":
      return name === "BlockClosure";
    case "array":
      return name === "Array";
    case "bytes":
      return name === "ByteArray";
    case "instance":
      return catalogue.inheritsFromOrIs(name, param.className);
    default:
      return false;
  }
}
