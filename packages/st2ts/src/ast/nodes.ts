/**
 * The st2ts abstract syntax tree: a readonly discriminated union on `kind`.
 *
 * Every node carries a {@link SourceSpan} into the original file (after chunk `!!` unescaping
 * and Tonel body extraction have been mapped back). Literal values are exact: integers are
 * `bigint`, scaled decimals keep numerator, denominator and scale, strings, symbols and
 * characters keep their code points.
 *
 * @module
 */

/**
 * A region of a source file. Offsets are 0-based UTF-16 code unit indices into the original
 * file text (`end` is exclusive); lines and columns are 1-based, columns count UTF-16 code
 * units, and CR, LF and CR LF all end a line.
 */
export interface SourceSpan {
  /** The file name given to the reader (`"<input>"` when none was given). */
  readonly file: string;
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
  /** 1-based column of `start`. */
  readonly column: number;
  /** 1-based line of `end`. */
  readonly endLine: number;
  /** 1-based column of `end`. */
  readonly endColumn: number;
}

/** The fields every node has. */
export interface NodeBase {
  /** Where the node is in the original file. */
  readonly span: SourceSpan;
}

// ---- Names ----------------------------------------------------------------------------------

/**
 * A reference to a variable, including the pseudo-variables `self`, `super` and
 * `thisContext` (which the parser does not treat specially).
 */
export interface VariableNode extends NodeBase {
  readonly kind: "Variable";
  /** The identifier as written. */
  readonly name: string;
}

/** The declaration of a method or block parameter or of a temporary variable. */
export interface DeclarationNode extends NodeBase {
  readonly kind: "Declaration";
  /** The identifier as written. */
  readonly name: string;
}

// ---- Literals -------------------------------------------------------------------------------

/** An integer literal of any size and radix (`42`, `-16rFF`, `1e10`, `100e-2`). */
export interface IntegerLiteral extends NodeBase {
  readonly kind: "Literal";
  readonly type: "integer";
  /** The exact value. */
  readonly value: bigint;
}

/** A float literal (`1.5`, `1e-2`, `2r1.1`); the value is the nearest IEEE double. */
export interface FloatLiteral extends NodeBase {
  readonly kind: "Literal";
  readonly type: "float";
  /** The nearest double (may be `Infinity` for an out-of-range literal, with a warning). */
  readonly value: number;
}

/** A scaled decimal (`1.5s2`, `3s`, `1.5s`): the value is `numerator / denominator`. */
export interface ScaledDecimalLiteral extends NodeBase {
  readonly kind: "Literal";
  readonly type: "scaledDecimal";
  /** Numerator of the reduced fraction (carries the sign). */
  readonly numerator: bigint;
  /** Denominator of the reduced fraction (positive). */
  readonly denominator: bigint;
  /** Number of decimal digits to print (`1.5s2` → 2, `1.5s` → 1, `3s` → 0). */
  readonly scale: number;
}

/** A string literal; `value` has the quotes removed and `''` undoubled. */
export interface StringLiteral extends NodeBase {
  readonly kind: "Literal";
  readonly type: "string";
  /** The exact content. */
  readonly value: string;
}

/** A symbol literal (`#foo`, `#at:put:`, `#+`, `#'hello world'`, or a bare word in `#( )`). */
export interface SymbolLiteral extends NodeBase {
  readonly kind: "Literal";
  readonly type: "symbol";
  /** The symbol's characters, without `#` and quotes. */
  readonly value: string;
}

/** A character literal (`$a`, `$ `, `$'`); astral characters are one code point. */
export interface CharacterLiteral extends NodeBase {
  readonly kind: "Literal";
  readonly type: "character";
  /** The character as a string of one code point (one or two UTF-16 code units). */
  readonly value: string;
  /** The Unicode code point. */
  readonly codePoint: number;
}

/** `true` or `false`. */
export interface BooleanLiteral extends NodeBase {
  readonly kind: "Literal";
  readonly type: "boolean";
  /** The value. */
  readonly value: boolean;
}

/** `nil`. */
export interface NilLiteral extends NodeBase {
  readonly kind: "Literal";
  readonly type: "nil";
  /** Always `null`. */
  readonly value: null;
}

/** A literal array `#( … )` (or a nested `( … )` inside one). */
export interface ArrayLiteral extends NodeBase {
  readonly kind: "Literal";
  readonly type: "array";
  /** The elements; bare words, keywords and binary runs are symbols. */
  readonly elements: readonly LiteralNode[];
}

/** A byte array literal `#[1 2 255]`; every element is an integer in 0..255. */
export interface ByteArrayLiteral extends NodeBase {
  readonly kind: "Literal";
  readonly type: "byteArray";
  /** The elements, each an integer literal in 0..255. */
  readonly elements: readonly IntegerLiteral[];
}

/** Any literal; discriminate on `type`. */
export type LiteralNode =
  | IntegerLiteral
  | FloatLiteral
  | ScaledDecimalLiteral
  | StringLiteral
  | SymbolLiteral
  | CharacterLiteral
  | BooleanLiteral
  | NilLiteral
  | ArrayLiteral
  | ByteArrayLiteral;

/** The `type` values of {@link LiteralNode}. */
export type LiteralType = LiteralNode["type"];

// ---- Expressions ----------------------------------------------------------------------------

/**
 * A message send. `selector` is the full selector (`at:put:`), `args` has one entry per
 * keyword (none for a unary, one for a binary selector), and `selectorParts` has the span of
 * each keyword (or of the one unary/binary selector token).
 */
export interface SendNode extends NodeBase {
  readonly kind: "Send";
  /** The receiver expression (`super` is a {@link VariableNode} named `super`). */
  readonly receiver: ExpressionNode;
  /** The selector, e.g. `foo`, `+`, `at:put:`. */
  readonly selector: string;
  /** The argument expressions, in order. */
  readonly args: readonly ExpressionNode[];
  /** Span of each selector part (one per keyword). */
  readonly selectorParts: readonly SourceSpan[];
}

/** One message of a cascade (`; foo: 1`); its receiver is the cascade's receiver. */
export interface CascadeMessageNode extends NodeBase {
  readonly kind: "CascadeMessage";
  /** The selector. */
  readonly selector: string;
  /** The argument expressions. */
  readonly args: readonly ExpressionNode[];
  /** Span of each selector part. */
  readonly selectorParts: readonly SourceSpan[];
}

/**
 * A cascade `r m1; m2; m3`: every message is sent to the value of `receiver`, which is
 * evaluated once; the value is that of the last message. `messages` has at least two entries.
 */
export interface CascadeNode extends NodeBase {
  readonly kind: "Cascade";
  /** The shared receiver (the receiver of the first send). */
  readonly receiver: ExpressionNode;
  /** The messages in order; the first is the one written before the first `;`. */
  readonly messages: readonly CascadeMessageNode[];
}

/** `variable := value` (also `variable _ value` in the Squeak dialect). */
export interface AssignmentNode extends NodeBase {
  readonly kind: "Assignment";
  /** The assigned variable. */
  readonly variable: VariableNode;
  /** The assigned value (possibly another assignment: `a := b := 3`). */
  readonly value: ExpressionNode;
}

/** A block `[:a :b | | t | statements]`. */
export interface BlockNode extends NodeBase {
  readonly kind: "Block";
  /** The parameters. */
  readonly params: readonly DeclarationNode[];
  /** The temporaries. */
  readonly temporaries: readonly DeclarationNode[];
  /** The statements (empty for `[]`, whose value is nil). */
  readonly statements: readonly StatementNode[];
}

/** A brace array `{a. b + 1. c}`: a runtime Array built from expression values. */
export interface BraceArrayNode extends NodeBase {
  readonly kind: "BraceArray";
  /** The element expressions. */
  readonly elements: readonly ExpressionNode[];
}

/** Any expression. */
export type ExpressionNode =
  | VariableNode
  | LiteralNode
  | SendNode
  | CascadeNode
  | AssignmentNode
  | BlockNode
  | BraceArrayNode;

/** `^ expression`. */
export interface ReturnNode extends NodeBase {
  readonly kind: "Return";
  /** The returned expression. */
  readonly value: ExpressionNode;
}

/** A statement: an expression or a return. */
export type StatementNode = ExpressionNode | ReturnNode;

// ---- Methods and do-its ---------------------------------------------------------------------

/** A pragma `<primitive: 60>`, `<primitive: 60 error: ec>`, `<foo>`, `<+ 1>`. */
export interface PragmaNode extends NodeBase {
  readonly kind: "Pragma";
  /** The pragma selector, e.g. `primitive:error:`. */
  readonly selector: string;
  /** The arguments: literals, or identifiers (as in `error: ec`). */
  readonly args: readonly (LiteralNode | VariableNode)[];
  /** Span of each selector part. */
  readonly selectorParts: readonly SourceSpan[];
}

/** How a method's selector is written. */
export type PatternKind = "unary" | "binary" | "keyword";

/** A method: selector pattern, pragmas, temporaries and statements. */
export interface MethodNode extends NodeBase {
  readonly kind: "Method";
  /** The selector, e.g. `at:put:`. */
  readonly selector: string;
  /** Unary, binary or keyword pattern. */
  readonly patternKind: PatternKind;
  /** Span of each selector part of the pattern. */
  readonly selectorParts: readonly SourceSpan[];
  /** The parameters. */
  readonly params: readonly DeclarationNode[];
  /** The temporaries. */
  readonly temporaries: readonly DeclarationNode[];
  /** The pragmas, in source order (before and after the temporaries). */
  readonly pragmas: readonly PragmaNode[];
  /** The body statements. */
  readonly statements: readonly StatementNode[];
  /** The method comment: the first comment after the pattern, without quotes, `""` undoubled. */
  readonly comment: string | undefined;
}

/** A workspace do-it (also every plain chunk of a fileIn): temporaries and statements. */
export interface DoItNode extends NodeBase {
  readonly kind: "DoIt";
  /** The temporaries. */
  readonly temporaries: readonly DeclarationNode[];
  /** The statements. */
  readonly statements: readonly StatementNode[];
}

/** Every node of a parsed method or do-it. */
export type Node = MethodNode | DoItNode | PragmaNode | StatementNode | CascadeMessageNode | DeclarationNode;

/** The `kind` values of {@link Node}. */
export type NodeKind = Node["kind"];
