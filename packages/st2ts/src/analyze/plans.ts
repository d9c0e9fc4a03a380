/**
 * How each message send is compiled: inlined (a control structure), a direct typed call, an
 * arithmetic or native operation, or dynamic dispatch through `rt.send`. Chosen from the
 * receiver's and arguments' inferred types and the catalogue.
 *
 * @module
 */

import type { FoundMethod, TypeCatalogue } from "../catalogue/catalogue.js";
import type { Suspension } from "../catalogue/types.js";
import { BLOCK_FUNCTIONS, type BlockFunction } from "./block-functions.js";
import type { InlineKind } from "./inlining.js";
import {
  ANY_NUMBER,
  assignableTo,
  BOOLEAN,
  fromTypeRef,
  INTEGER,
  instanceOf,
  isInstanceOf,
  join,
  membersOf,
  NEVER,
  STRING,
  type StType,
  sameType,
  UNKNOWN,
  withoutNil,
} from "./types.js";

/** The runtime's arithmetic functions (`rt.add`, ...), by selector. */
export const ARITHMETIC_FUNCTIONS: Readonly<Record<string, string>> = {
  "+": "add",
  "-": "subtract",
  "*": "multiply",
  "/": "divide",
  "//": "intDiv",
  "\\\\": "mod",
  "rem:": "rem",
  "quo:": "quo",
  "<": "lessThan",
  ">": "greaterThan",
  "<=": "lessOrEqual",
  ">=": "greaterOrEqual",
  "=": "numberEquals",
  "~=": "numberNotEquals",
};

/** JavaScript operators that give exactly Smalltalk's answer for two SmallIntegers. */
const SMALL_INTEGER_OPERATORS: Readonly<Record<string, string>> = {
  "<": "<",
  ">": ">",
  "<=": "<=",
  ">=": ">=",
  "=": "===",
  "~=": "!==",
};

/** How one send is compiled. */
export type SendPlan =
  | { readonly kind: "inline"; readonly inline: InlineKind; readonly type: StType }
  | {
      readonly kind: "direct";
      readonly method: FoundMethod;
      readonly classSide: boolean;
      readonly type: StType;
      readonly suspension: Suspension;
    }
  | {
      readonly kind: "primitive";
      readonly method: FoundMethod;
      readonly type: StType;
      readonly suspension: Suspension;
    }
  | { readonly kind: "arithmetic"; readonly functionName: string; readonly type: StType }
  | { readonly kind: "native"; readonly operator: string; readonly type: StType }
  | { readonly kind: "identity"; readonly negated: boolean; readonly type: StType }
  | {
      readonly kind: "function";
      readonly function: BlockFunction;
      readonly type: StType;
      readonly suspension: Suspension;
    }
  | {
      readonly kind: "dynamic";
      readonly type: StType;
      /** How the send may suspend: as its selector's implementors may (absent: it may). */
      readonly suspension?: Suspension;
    };

/** The classes whose instances are JavaScript primitives, arrays or functions: no methods of their own. */
const PRIMITIVE_CLASSES = new Set([
  "SmallInteger",
  "LargePositiveInteger",
  "LargeNegativeInteger",
  "ByteString",
  "WideString",
  "Boolean",
  "True",
  "False",
  "UndefinedObject",
  "BlockClosure",
  "Array",
  "ByteArray",
]);

const NUMBER_CLASSES = [
  "SmallInteger",
  "LargePositiveInteger",
  "LargeNegativeInteger",
  "Float",
  "Fraction",
  "ScaledDecimal",
];

function isNumberType(type: StType): boolean {
  const members = membersOf(type);
  return (
    type.kind !== "unknown" &&
    members.length > 0 &&
    members.every((member) => member.kind === "instance" && NUMBER_CLASSES.includes(member.className))
  );
}

function isIntegerType(type: StType): boolean {
  return (
    isNumberType(type) &&
    membersOf(type).every(
      (member) =>
        member.kind === "instance" &&
        member.className !== "Float" &&
        member.className !== "Fraction" &&
        member.className !== "ScaledDecimal",
    )
  );
}

function hasFloat(type: StType): boolean {
  return membersOf(type).some((member) => member.kind === "instance" && member.className === "Float");
}

function arithmeticType(selector: string, receiver: StType, argument: StType): StType {
  if (["<", ">", "<=", ">=", "=", "~="].includes(selector)) return BOOLEAN;
  const integers = isIntegerType(receiver) && isIntegerType(argument);
  if (selector === "//" || selector === "quo:") return INTEGER;
  if (selector === "/")
    return integers
      ? join(INTEGER, instanceOf("Fraction"))
      : hasFloat(receiver) || hasFloat(argument)
        ? instanceOf("Float")
        : ANY_NUMBER;
  if (integers) return INTEGER;
  if (hasFloat(receiver) || hasFloat(argument))
    return hasFloat(receiver) && hasFloat(argument) ? instanceOf("Float") : ANY_NUMBER;
  return ANY_NUMBER;
}

/** Whether instances of `className` (and every subclass) are JavaScript objects with methods. */
export function hasOwnMethods(className: string, catalogue: TypeCatalogue): boolean {
  if (PRIMITIVE_CLASSES.has(className)) return false;
  for (const primitive of PRIMITIVE_CLASSES) {
    if (catalogue.inheritsFromOrIs(primitive, className)) return false;
  }
  return true;
}

/**
 * Whether instances of `className` have `owner`'s methods as JavaScript members: `owner` is in
 * the chain and no detached class (Exception, whose JavaScript superclass is Error) lies between.
 */
function inheritsMembers(className: string, owner: string, catalogue: TypeCatalogue): boolean {
  for (const entry of catalogue.chain(className)) {
    if (entry.name === owner) return true;
    if (entry.detached) return false;
  }
  return false;
}

/**
 * The plan for a receiver that may be nil where nil does not understand the selector: the plan
 * for the other values, written as a typed `rt.send`, so that a nil receiver gets the message
 * (and doesNotUnderstand:) instead of a JavaScript TypeError.
 */
function toleratingNil(
  plan: SendPlan,
  selector: string,
  receiver: StType,
  catalogue: TypeCatalogue,
): SendPlan {
  switch (plan.kind) {
    case "direct":
      return { kind: "primitive", method: plan.method, type: plan.type, suspension: plan.suspension };
    case "native":
    case "arithmetic": {
      const found = commonMethod(receiver, selector, catalogue);
      return found === undefined
        ? { kind: "dynamic", type: UNKNOWN }
        : { kind: "primitive", method: found, type: plan.type, suspension: found.entry.suspends };
    }
    case "function":
      return { kind: "dynamic", type: UNKNOWN };
    default:
      return plan;
  }
}

/** Class-side selectors that answer an instance of the receiver (when the catalogue says no more). */
const INSTANCE_CREATION = new Set([
  "new",
  "basicNew",
  "new:",
  "new:withAll:",
  "on:",
  "with:",
  "with:with:",
  "with:with:with:",
  "with:with:with:with:",
  "withAll:",
  "newFrom:",
]);

/** The answer type of a method found in the catalogue, with the conventions the catalogue cannot express. */
function answerType(found: FoundMethod, selector: string, receiver: StType, classSide: boolean): StType {
  if (selector === "yourself") return receiver;
  if (classSide && receiver.kind === "class" && INSTANCE_CREATION.has(selector)) {
    const declared = fromTypeRef(found.entry.returns);
    return declared.kind === "unknown" ? instanceOf(receiver.className) : declared;
  }
  return fromTypeRef(found.entry.returns);
}

/** The facts about the arguments a plan needs. */
export interface ArgumentInfo {
  readonly types: readonly StType[];
}

/**
 * Chooses how to compile a send of `selector` to a receiver of type `receiver` with arguments of
 * `args` types (not an inlined send: the caller decides inlining first). A dynamic send may
 * suspend as the selector's implementors may.
 */
export function planSend(
  receiver: StType,
  selector: string,
  args: ArgumentInfo,
  catalogue: TypeCatalogue,
): SendPlan {
  const plan = choosePlan(receiver, selector, args, catalogue);
  return plan.kind === "dynamic" ? { ...plan, suspension: catalogue.selectorSuspension(selector) } : plan;
}

function choosePlan(
  receiver: StType,
  selector: string,
  args: ArgumentInfo,
  catalogue: TypeCatalogue,
): SendPlan {
  if (selector === "==" || selector === "~~")
    return { kind: "identity", negated: selector === "~~", type: BOOLEAN };
  // During inference a variable with nothing assigned yet has no type: decide later.
  if (receiver.kind === "never" || args.types.some((type) => type.kind === "never"))
    return { kind: "dynamic", type: NEVER };
  const notNil = withoutNil(receiver);
  if (
    receiver.kind === "union" &&
    notNil.kind !== "never" &&
    !sameType(notNil, receiver) &&
    catalogue.lookupInstance("UndefinedObject", selector) === undefined
  ) {
    return toleratingNil(planSend(notNil, selector, args, catalogue), selector, notNil, catalogue);
  }
  const [firstArgument] = args.types;
  if (firstArgument !== undefined && args.types.length === 1) {
    if (
      selector === "," &&
      isInstanceOf(receiver, "String", catalogue) &&
      sameAsString(receiver) &&
      sameAsString(firstArgument)
    ) {
      return { kind: "native", operator: "+", type: STRING };
    }
    const functionName = ARITHMETIC_FUNCTIONS[selector];
    if (functionName !== undefined && isNumberType(receiver) && isNumberType(firstArgument)) {
      const small = (type: StType) =>
        membersOf(type).every((m) => m.kind === "instance" && m.className === "SmallInteger");
      const operator = SMALL_INTEGER_OPERATORS[selector];
      if (operator !== undefined && small(receiver) && small(firstArgument)) {
        return { kind: "native", operator, type: BOOLEAN };
      }
      return { kind: "arithmetic", functionName, type: arithmeticType(selector, receiver, firstArgument) };
    }
  }
  const blockFunction = BLOCK_FUNCTIONS[selector];
  if (blockFunction !== undefined && receiver.kind === "instance" && receiver.className === "BlockClosure") {
    const type = blockFunction.answers === undefined ? UNKNOWN : instanceOf(blockFunction.answers);
    return { kind: "function", function: blockFunction, type, suspension: blockFunction.suspends };
  }
  if (receiver.kind === "class") {
    const found = catalogue.lookupClassSide(receiver.className, selector);
    if (found !== undefined && argumentsFit(found, args, catalogue)) {
      const type = answerType(found, selector, receiver, true);
      // The protocol every class shares (`new`, `name`, ...) is not a static member: send it.
      if (
        found.owner.name === "Class" ||
        found.entry.dispatched === true ||
        !inheritsMembers(receiver.className, found.owner.name, catalogue)
      ) {
        return { kind: "primitive", method: found, type, suspension: found.entry.suspends };
      }
      return { kind: "direct", method: found, classSide: true, type, suspension: found.entry.suspends };
    }
    return { kind: "dynamic", type: UNKNOWN };
  }
  if (receiver.kind === "instance") {
    const found = catalogue.lookupInstance(receiver.className, selector);
    if (found !== undefined && selector === "class") {
      // `x class` is x's class or a subclass's: typed, so that class-side sends to it are.
      const type: StType = { kind: "class", className: receiver.className };
      return { kind: "primitive", method: found, type, suspension: "never" };
    }
    if (found !== undefined && argumentsFit(found, args, catalogue)) {
      const type = answerType(found, selector, receiver, false);
      if (
        hasOwnMethods(receiver.className, catalogue) &&
        found.entry.dispatched !== true &&
        inheritsMembers(receiver.className, found.owner.name, catalogue)
      ) {
        return { kind: "direct", method: found, classSide: false, type, suspension: found.entry.suspends };
      }
      return { kind: "primitive", method: found, type, suspension: found.entry.suspends };
    }
  } else if (receiver.kind === "union") {
    const found = commonMethod(receiver, selector, catalogue);
    if (found !== undefined)
      return {
        kind: "primitive",
        method: found,
        type: fromTypeRef(found.entry.returns),
        suspension: found.entry.suspends,
      };
  }
  return { kind: "dynamic", type: UNKNOWN };
}

function sameAsString(type: StType): boolean {
  return (
    membersOf(type).length > 0 &&
    membersOf(type).every(
      (m) => m.kind === "instance" && (m.className === "ByteString" || m.className === "WideString"),
    )
  );
}

/** A method every member of a union understands with the same declaration, if there is one. */
function commonMethod(type: StType, selector: string, catalogue: TypeCatalogue): FoundMethod | undefined {
  let common: FoundMethod | undefined;
  for (const member of membersOf(type)) {
    if (member.kind !== "instance") return undefined;
    const found = catalogue.lookupInstance(member.className, selector);
    if (found === undefined) return undefined;
    if (common === undefined) common = found;
    else if (JSON.stringify(common.entry) !== JSON.stringify(found.entry)) return undefined;
  }
  return common;
}

function argumentsFit(found: FoundMethod, args: ArgumentInfo, catalogue: TypeCatalogue): boolean {
  const params = found.entry.params;
  return (
    params.length === args.types.length &&
    params.every((param, index) => assignableTo(args.types[index]!, param, catalogue))
  );
}

/** The answer type of a plan. */
export function planType(plan: SendPlan): StType {
  return plan.type;
}
