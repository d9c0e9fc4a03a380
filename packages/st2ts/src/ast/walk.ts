/**
 * A generic pre-order traversal of the AST, for analyses that do not care about every kind.
 *
 * @module
 */

import type { LiteralNode, Node } from "./nodes.js";

/** The child nodes of `node`, in source order. */
export function childrenOf(node: Node): Node[] {
  switch (node.kind) {
    case "Variable":
    case "Declaration":
      return [];
    case "Literal":
      return literalChildren(node);
    case "Send":
      return [node.receiver, ...node.args];
    case "CascadeMessage":
      return [...node.args];
    case "Cascade":
      return [node.receiver, ...node.messages];
    case "Assignment":
      return [node.variable, node.value];
    case "Return":
      return [node.value];
    case "Block":
      return [...node.params, ...node.temporaries, ...node.statements];
    case "BraceArray":
      return [...node.elements];
    case "Pragma":
      return [...node.args];
    case "DoIt":
      return [...node.temporaries, ...node.statements];
    case "Method":
      return [...node.params, ...node.pragmas, ...node.temporaries, ...node.statements];
  }
}

function literalChildren(node: LiteralNode): Node[] {
  if (node.type === "array" || node.type === "byteArray") return [...node.elements];
  return [];
}

/**
 * Visits `node` and its descendants in pre-order (source order). Returning `false` from
 * `visit` skips the node's children.
 *
 * @param node - the root
 * @param visit - called for each node with its parent
 */
export function walk(node: Node, visit: (node: Node, parent: Node | undefined) => unknown): void {
  const stack: [Node, Node | undefined][] = [[node, undefined]];
  while (stack.length > 0) {
    const [n, parent] = stack.pop()!;
    if (visit(n, parent) === false) continue;
    const children = childrenOf(n);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, n]);
  }
}
