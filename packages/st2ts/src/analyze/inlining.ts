/**
 * Which sends st2ts inlines: exactly the ones Pharo's Opal compiler inlines
 * (`ASTMessageNode>>isInlined` and its `isInline…` helpers): control structures whose block
 * arguments are literal blocks of the right arity, never a cascaded message (a cascade's
 * messages are {@link CascadeMessageNode}s, which are never inlined).
 *
 * @module
 */

import type { BlockNode, ExpressionNode, SendNode } from "../ast/nodes.js";
import { walk } from "../ast/walk.js";

/** The inlined control structures. */
export type InlineKind = "if" | "ifNil" | "andOr" | "while" | "toDo" | "timesRepeat" | "repeat" | "caseOf";

function isBlock(node: ExpressionNode | undefined, arity?: number): node is BlockNode {
  return node !== undefined && node.kind === "Block" && (arity === undefined || node.params.length === arity);
}

function isBlockWithAtMostOneArgument(node: ExpressionNode | undefined): node is BlockNode {
  return node !== undefined && node.kind === "Block" && node.params.length <= 1;
}

function assigns(block: BlockNode, name: string): boolean {
  let found = false;
  walk(block, (node) => {
    if (node.kind === "Assignment" && node.variable.name === name) found = true;
    return !found;
  });
  return found;
}

function isNonZeroNumberLiteral(node: ExpressionNode): boolean {
  if (node.kind !== "Literal") return false;
  if (node.type === "integer") return node.value !== 0n;
  if (node.type === "float") return node.value !== 0;
  if (node.type === "scaledDecimal") return node.numerator !== 0n;
  return false;
}

/** How `send` is inlined, or `undefined` when it stays a real send. */
export function inlineKind(send: SendNode): InlineKind | undefined {
  const { selector, args, receiver } = send;
  const receiverIsBlock = receiver.kind === "Block";
  switch (selector) {
    case "ifTrue:":
    case "ifFalse:":
    case "ifTrue:ifFalse:":
    case "ifFalse:ifTrue:":
      return !receiverIsBlock && args.every((arg) => isBlock(arg, 0)) ? "if" : undefined;
    case "ifNil:":
      return !receiverIsBlock && isBlock(args[0], 0) ? "ifNil" : undefined;
    case "ifNotNil:":
      return !receiverIsBlock && isBlockWithAtMostOneArgument(args[0]) ? "ifNil" : undefined;
    case "ifNil:ifNotNil:":
      return !receiverIsBlock && isBlock(args[0], 0) && isBlockWithAtMostOneArgument(args[1])
        ? "ifNil"
        : undefined;
    case "ifNotNil:ifNil:":
      return !receiverIsBlock && isBlockWithAtMostOneArgument(args[0]) && isBlock(args[1], 0)
        ? "ifNil"
        : undefined;
    case "and:":
    case "or:":
      return !receiverIsBlock && isBlock(args[0], 0) ? "andOr" : undefined;
    case "whileTrue:":
    case "whileFalse:":
      return isBlock(receiver, 0) && isBlock(args[0], 0) ? "while" : undefined;
    case "whileTrue":
    case "whileFalse":
      return isBlock(receiver, 0) ? "while" : undefined;
    case "repeat":
      return isBlock(receiver, 0) ? "repeat" : undefined;
    case "timesRepeat:":
      return !receiverIsBlock && isBlock(args[0], 0) ? "timesRepeat" : undefined;
    case "to:do:":
    case "to:by:do:":
      return inlinesToDo(send) ? "toDo" : undefined;
    case "caseOf:":
    case "caseOf:otherwise:":
      return inlinesCaseOf(send) ? "caseOf" : undefined;
    default:
      return undefined;
  }
}

function inlinesToDo(send: SendNode): boolean {
  if (send.receiver.kind === "Block") return false;
  const block = send.args[send.args.length - 1];
  if (!isBlock(block, 1)) return false;
  const limit = send.args[0]!;
  if (limit.kind === "Variable" && assigns(block, limit.name)) return false;
  if (send.args.length === 3 && !isNonZeroNumberLiteral(send.args[1]!)) return false;
  return true;
}

function inlinesCaseOf(send: SendNode): boolean {
  const [cases, otherwise] = send.args;
  if (send.args.length === 2 && !isBlock(otherwise)) return false;
  if (cases === undefined || cases.kind !== "BraceArray" || cases.elements.length === 0) return false;
  return cases.elements.every(
    (element) =>
      element.kind === "Send" &&
      element.selector === "->" &&
      isBlock(element.receiver, 0) &&
      isBlock(element.args[0]),
  );
}
