/**
 * Definite assignment: which temporaries may be read before anything is assigned to them (they
 * then hold nil, and are declared `T | null` in generated code). A read counts as unassigned
 * unless an assignment precedes it on every path: branches of inlined conditionals meet by
 * intersection, loop bodies may not run, and a block sees what was assigned when it was
 * created (it may run at any later time, but no earlier). This is at least as strict as
 * TypeScript's own analysis, so the declarations it chooses always compile.
 *
 * @module
 */

import type {
  BlockNode,
  DeclarationNode,
  DoItNode,
  ExpressionNode,
  MethodNode,
  SendNode,
  StatementNode,
  VariableNode,
} from "../ast/nodes.js";
import type { Binding } from "./bindings.js";
import type { InlineKind } from "./inlining.js";

type Assigned = Set<Binding>;

function intersect(states: readonly Assigned[]): Assigned {
  const [first, ...rest] = states;
  const result = new Set(first);
  for (const binding of result) if (!rest.every((state) => state.has(binding))) result.delete(binding);
  return result;
}

/** Marks every temporary of `unit` that may be read before it is assigned as nullable. */
export function markNullable(
  unit: DoItNode | MethodNode,
  bindingOf: ReadonlyMap<VariableNode, Binding>,
  inlineOf: ReadonlyMap<SendNode, InlineKind>,
  declared: ReadonlyMap<DeclarationNode, Binding>,
): void {
  const tracked = (binding: Binding | undefined): binding is Binding =>
    binding !== undefined && (binding.kind === "temporary" || binding.kind === "blockTemporary");

  const statements = (list: readonly StatementNode[], assigned: Assigned): Assigned => {
    for (const statement of list)
      expression(statement.kind === "Return" ? statement.value : statement, assigned);
    return assigned;
  };

  const block = (node: ExpressionNode | undefined, assigned: Assigned): Assigned => {
    const inner = new Set(assigned);
    if (node === undefined || node.kind !== "Block") return inner;
    for (const param of node.params) {
      const binding = declared.get(param);
      if (binding !== undefined) inner.add(binding);
    }
    return statements(node.statements, inner);
  };

  const inlined = (node: SendNode, kind: InlineKind, assigned: Assigned): void => {
    const [first, second] = node.args;
    switch (kind) {
      case "if":
      case "ifNil": {
        expression(node.receiver, assigned);
        const branches = node.args.map((arg) => block(arg, assigned));
        const joined = intersect(node.args.length === 1 ? [...branches, assigned] : branches);
        for (const binding of joined) assigned.add(binding);
        return;
      }
      case "andOr":
        expression(node.receiver, assigned);
        block(first, assigned);
        return;
      case "while": {
        const afterCondition = statements((node.receiver as BlockNode).statements, assigned);
        block(first, afterCondition);
        return;
      }
      case "repeat":
        block(node.receiver, assigned);
        return;
      case "timesRepeat":
        expression(node.receiver, assigned);
        block(first, assigned);
        return;
      case "toDo":
        expression(node.receiver, assigned);
        expression(first!, assigned);
        if (node.args.length === 3) expression(second!, assigned);
        block(node.args[node.args.length - 1], assigned);
        return;
      case "caseOf":
        expression(node.receiver, assigned);
        for (const element of (first as { elements: readonly SendNode[] }).elements) {
          block(element.receiver, assigned);
          block(element.args[0], assigned);
        }
        if (second !== undefined) block(second, assigned);
        return;
    }
  };

  const expression = (node: ExpressionNode, assigned: Assigned): void => {
    switch (node.kind) {
      case "Literal":
        return;
      case "Variable": {
        const binding = bindingOf.get(node);
        if (tracked(binding) && !assigned.has(binding)) binding.nullable = true;
        return;
      }
      case "Assignment": {
        expression(node.value, assigned);
        const binding = bindingOf.get(node.variable);
        if (tracked(binding)) assigned.add(binding);
        return;
      }
      case "Block":
        block(node, assigned);
        return;
      case "BraceArray":
        for (const element of node.elements) expression(element, assigned);
        return;
      case "Cascade":
        expression(node.receiver, assigned);
        for (const message of node.messages) for (const arg of message.args) expression(arg, assigned);
        return;
      case "Send": {
        const kind = inlineOf.get(node);
        if (kind !== undefined) {
          inlined(node, kind, assigned);
          return;
        }
        expression(node.receiver, assigned);
        for (const arg of node.args) expression(arg, assigned);
        return;
      }
    }
  };

  statements(unit.statements, new Set());
}
