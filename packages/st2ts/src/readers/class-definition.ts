/**
 * Recognises class definitions in parsed do-its: the Squeak form (`Object subclass: #Foo
 * instanceVariableNames: … category: …` and its `variableSubclass:` etc. variants, with
 * `uses:`), the Pharo ≤ 9 form (`… package: 'P'`, `slots: {…}`), the Pharo 10+ fluid form
 * (`Object << #Foo slots: {…}; package: 'P'`), and class-side instance variables
 * (`Foo class instanceVariableNames: 'x'`).
 *
 * @module
 */

import type { DoItNode, ExpressionNode, SendNode, SourceSpan } from "../ast/nodes.js";
import type { ClassDefinition, ClassInstanceVariables, ClassKind } from "../ast/units.js";
import type { Diagnostic } from "../diagnostics.js";
import { DiagnosticCode, makeDiagnostic } from "../diagnostics.js";
import type { SourceText } from "../source-text.js";

/** Subclass-creation keywords and the layout they give. */
const SUBCLASS_KEYWORDS: Readonly<Record<string, ClassKind>> = {
  "subclass:": "normal",
  "variableSubclass:": "variable",
  "variableByteSubclass:": "variableByte",
  "variableWordSubclass:": "variableWord",
  "variableDoubleByteSubclass:": "variableDoubleByte",
  "variableDoubleWordSubclass:": "variableDoubleWord",
  "weakSubclass:": "weak",
  "ephemeronSubclass:": "ephemeron",
  "immediateSubclass:": "immediate",
  "compiledMethodSubclass:": "compiledMethod",
};

/** Fluid `layout:` class names and the layout they give. */
const LAYOUTS: Readonly<Record<string, ClassKind>> = {
  FixedLayout: "normal",
  VariableLayout: "variable",
  ByteLayout: "variableByte",
  WordLayout: "variableWord",
  DoubleByteLayout: "variableDoubleByte",
  DoubleWordLayout: "variableDoubleWord",
  WeakLayout: "weak",
  EphemeronLayout: "ephemeron",
  ImmediateLayout: "immediate",
  CompiledMethodLayout: "compiledMethod",
};

/** The keywords that may follow the subclass keyword in the message forms. */
const DEFINITION_KEYWORDS = new Set([
  "instanceVariableNames:",
  "classVariableNames:",
  "poolDictionaries:",
  "category:",
  "package:",
  "tag:",
  "uses:",
  "slots:",
  "classVariables:",
  "sharedVariables:",
  "sharedPools:",
  "classInstanceVariableNames:",
  "layout:",
  "traits:",
]);

/** A class definition recognised in a do-it, or a warning that one was malformed. */
export type Recognition =
  | { readonly unit: ClassDefinition | ClassInstanceVariables; readonly diagnostic?: undefined }
  | { readonly unit?: undefined; readonly diagnostic: Diagnostic | undefined };

class NotLiteral extends Error {
  readonly node: ExpressionNode;
  constructor(node: ExpressionNode, what: string) {
    super(what);
    this.node = node;
  }
}

/** The text of a string or symbol literal. */
function text(node: ExpressionNode, what: string): string {
  if (node.kind === "Literal" && (node.type === "string" || node.type === "symbol")) return node.value;
  throw new NotLiteral(node, `${what} must be a string or symbol literal`);
}

/** Names from `'a b c'`, `#(a b)`, `{ #a . #b => Slot }`. */
function names(node: ExpressionNode, what: string): string[] {
  if (node.kind === "Literal" && node.type === "string")
    return node.value.split(/\s+/).filter((s) => s !== "");
  if (node.kind === "Literal" && node.type === "array") return node.elements.map((e) => text(e, what));
  if (node.kind === "BraceArray") {
    return node.elements.map((e) => {
      // `#a => InstanceVariableSlot` names the slot `a`.
      if (e.kind === "Send" && e.receiver.kind === "Literal") return text(e.receiver, what);
      return text(e, what);
    });
  }
  throw new NotLiteral(node, `${what} must be a string, a literal array or a brace array of symbols`);
}

function variableName(node: ExpressionNode): string | undefined {
  return node.kind === "Variable" ? node.name : undefined;
}

interface Fields {
  instanceVariables: string[];
  classVariables: string[];
  classInstanceVariables: string[];
  poolDictionaries: string[];
  category: string | undefined;
  package: string | undefined;
  tag: string | undefined;
  traitComposition: string | undefined;
  classKind: ClassKind;
  usedPharoKeyword: boolean;
}

function applyKeyword(fields: Fields, keyword: string, arg: ExpressionNode, source: SourceText): void {
  switch (keyword) {
    case "instanceVariableNames:":
    case "slots:":
      fields.instanceVariables = names(arg, keyword);
      break;
    case "classVariableNames:":
    case "classVariables:":
    case "sharedVariables:":
      fields.classVariables = names(arg, keyword);
      break;
    case "classInstanceVariableNames:":
      fields.classInstanceVariables = names(arg, keyword);
      break;
    case "poolDictionaries:":
    case "sharedPools:":
      fields.poolDictionaries = names(arg, keyword);
      break;
    case "category:":
      fields.category = text(arg, keyword);
      break;
    case "package:":
      fields.package = text(arg, keyword);
      break;
    case "tag:":
      fields.tag = text(arg, keyword);
      break;
    case "uses:":
    case "traits:":
      fields.traitComposition = source.text.slice(arg.span.start, arg.span.end);
      break;
    case "layout:": {
      const layout = variableName(arg);
      const kind = layout === undefined ? undefined : LAYOUTS[layout];
      if (kind === undefined) throw new NotLiteral(arg, "layout: must name a known layout class");
      fields.classKind = kind;
      break;
    }
  }
  if (keyword === "package:" || keyword === "slots:" || keyword === "classVariables:")
    fields.usedPharoKeyword = true;
}

function emptyFields(classKind: ClassKind): Fields {
  return {
    instanceVariables: [],
    classVariables: [],
    classInstanceVariables: [],
    poolDictionaries: [],
    category: undefined,
    package: undefined,
    tag: undefined,
    traitComposition: undefined,
    classKind,
    usedPharoKeyword: false,
  };
}

function definition(
  name: string,
  superclass: string | null,
  fields: Fields,
  form: ClassDefinition["form"],
  span: SourceSpan,
  doIt: DoItNode,
): ClassDefinition {
  return {
    kind: "ClassDefinition",
    name,
    superclass,
    classKind: fields.classKind,
    instanceVariables: fields.instanceVariables,
    classVariables: fields.classVariables,
    classInstanceVariables: fields.classInstanceVariables,
    poolDictionaries: fields.poolDictionaries,
    category: fields.category,
    package: fields.package,
    tag: fields.tag,
    traitComposition: fields.traitComposition,
    comment: undefined,
    form,
    span,
    definition: doIt,
  };
}

/** `Object`, `nil`, `Trait` as a superclass expression; undefined if not a name. */
function superclassOf(node: ExpressionNode): string | null | undefined {
  if (node.kind === "Variable") return node.name;
  if (node.kind === "Literal" && node.type === "nil") return null;
  return undefined;
}

function keywords(selector: string): string[] {
  return selector
    .split(":")
    .slice(0, -1)
    .map((k) => `${k}:`);
}

/** The message form: `Object subclass: #Foo instanceVariableNames: … category: …`. */
function messageForm(send: SendNode, source: SourceText, doIt: DoItNode): ClassDefinition | undefined {
  const parts = keywords(send.selector);
  const first = parts[0];
  const kind = first === undefined ? undefined : SUBCLASS_KEYWORDS[first];
  if (kind === undefined) return undefined;
  const superclass = superclassOf(send.receiver);
  if (superclass === undefined)
    throw new NotLiteral(send.receiver, "the superclass must be a class name or nil");
  if (!parts.slice(1).every((k) => DEFINITION_KEYWORDS.has(k))) return undefined;
  const name = text(send.args[0]!, "the class name");
  const fields = emptyFields(kind);
  parts.forEach((k, i) => {
    if (i > 0) applyKeyword(fields, k, send.args[i]!, source);
  });
  return definition(name, superclass, fields, fields.usedPharoKeyword ? "pharo" : "squeak", doIt.span, doIt);
}

/** The fluid form: `Object << #Foo slots: {…}; tag: 'T'; package: 'P'`. */
function fluidForm(
  head: ExpressionNode,
  messages: readonly { selector: string; args: readonly ExpressionNode[] }[],
  source: SourceText,
  doIt: DoItNode,
): ClassDefinition | undefined {
  if (head.kind !== "Send" || head.selector !== "<<" || messages.length === 0) return undefined;
  const receiver = superclassOf(head.receiver);
  const nameNode = head.args[0]!;
  if (receiver === undefined || nameNode.kind !== "Literal" || nameNode.type !== "symbol") return undefined;
  const isTrait = receiver === "Trait";
  const name = nameNode.value;
  const fields = emptyFields(isTrait ? "trait" : "normal");
  for (const m of messages) {
    const parts = keywords(m.selector);
    if (parts.length !== 1 || !DEFINITION_KEYWORDS.has(parts[0]!)) return undefined;
    applyKeyword(fields, parts[0]!, m.args[0]!, source);
  }
  return definition(name, isTrait ? null : receiver, fields, "fluid", doIt.span, doIt);
}

/** `Foo class instanceVariableNames: 'x'` (also with `uses:`) and `Foo class slots: {…}`. */
function classSideForm(send: SendNode, doIt: DoItNode): ClassInstanceVariables | undefined {
  const r = send.receiver;
  if (r.kind !== "Send" || r.selector !== "class" || r.receiver.kind !== "Variable") return undefined;
  const parts = keywords(send.selector);
  const at = parts.findIndex((k) => k === "instanceVariableNames:" || k === "slots:");
  if (at < 0 || !parts.every((k) => k === "uses:" || k === "instanceVariableNames:" || k === "slots:")) {
    return undefined;
  }
  return {
    kind: "ClassInstanceVariables",
    className: r.receiver.name,
    instanceVariables: names(send.args[at]!, parts[at]!),
    span: doIt.span,
    definition: doIt,
  };
}

/**
 * Looks for a class definition in a do-it of exactly one statement. Answers the unit, or a
 * warning (`ST1104`) when the statement has the shape of a definition but an argument is not
 * a literal, or nothing.
 */
export function recognizeClassDefinition(doIt: DoItNode, source: SourceText): Recognition {
  if (doIt.statements.length !== 1 || doIt.temporaries.length > 0) return { diagnostic: undefined };
  const statement = doIt.statements[0]!;
  try {
    let unit: ClassDefinition | ClassInstanceVariables | undefined;
    if (statement.kind === "Send") {
      unit =
        messageForm(statement, source, doIt) ??
        classSideForm(statement, doIt) ??
        fluidForm(statement.receiver, [statement], source, doIt);
    } else if (statement.kind === "Cascade") {
      unit = fluidForm(statement.receiver, statement.messages, source, doIt);
    }
    return unit === undefined ? { diagnostic: undefined } : { unit };
  } catch (error) {
    if (!(error instanceof NotLiteral)) throw error;
    return {
      diagnostic: makeDiagnostic(
        source,
        DiagnosticCode.UnrecognisedClassDefinition,
        "warning",
        `this looks like a class definition, but ${error.message}; it is kept as a do-it`,
        error.node.span.start,
        error.node.span.end,
      ),
    };
  }
}
