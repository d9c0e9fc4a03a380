/**
 * st2ts: Smalltalk to TypeScript. This module is the front end: it parses Smalltalk (Pharo
 * and Squeak syntax) into a typed AST and reads the three source forms (workspace do-its,
 * fileIn chunk files, Tonel files) into units in file order, with diagnostics as values.
 *
 * @module
 */

export type {
  ArrayLiteral,
  AssignmentNode,
  BlockNode,
  BooleanLiteral,
  BraceArrayNode,
  ByteArrayLiteral,
  CascadeMessageNode,
  CascadeNode,
  CharacterLiteral,
  DeclarationNode,
  DoItNode,
  ExpressionNode,
  FloatLiteral,
  IntegerLiteral,
  LiteralNode,
  LiteralType,
  MethodNode,
  NilLiteral,
  Node,
  NodeBase,
  NodeKind,
  PatternKind,
  PragmaNode,
  ReturnNode,
  ScaledDecimalLiteral,
  SendNode,
  SourceSpan,
  StatementNode,
  StringLiteral,
  SymbolLiteral,
  VariableNode,
} from "./ast/nodes.js";
export { printAst, printSymbol } from "./ast/print.js";
export type {
  ClassComment,
  ClassDefinition,
  ClassDefinitionForm,
  ClassExtension,
  ClassInstanceVariables,
  ClassKind,
  DoItUnit,
  MethodDefinition,
  MethodSide,
  Organization,
  PackageDefinition,
  SourceUnit,
  SourceUnitKind,
} from "./ast/units.js";
export { walk } from "./ast/walk.js";
export type { Diagnostic, DiagnosticCodeValue, Severity } from "./diagnostics.js";
export {
  codeFrame,
  DiagnosticCode,
  formatDiagnostic,
  formatDiagnostics,
  hasErrors,
  sortDiagnostics,
} from "./diagnostics.js";
export type { SourceMapV3 } from "./emit/code-writer.js";
export type { GeneratedModule } from "./emit/program-emitter.js";
export type { ParseOptions, ParseResult } from "./parse/parse.js";
export { parseDoIt, parseMethod } from "./parse/parse.js";
export type { Dialect } from "./parse/to-ast.js";
export { readFileIn } from "./readers/chunks.js";
export { detectSourceForm, readSmalltalkSource } from "./readers/detect.js";
export type { ReadOptions, ReadResult, SourceForm } from "./readers/read-result.js";
export { readTonel } from "./readers/tonel.js";
export type { LineColumn } from "./source-text.js";
export { SourceText } from "./source-text.js";
export type { TranspileOptions, TranspileResult } from "./transpile.js";
export { transpile } from "./transpile.js";
export type {
  ProgramInputFile,
  TranspileProgramOptions,
  TranspileProgramResult,
} from "./transpile-program.js";
export { transpileProgram } from "./transpile-program.js";
