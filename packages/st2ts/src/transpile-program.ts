/**
 * `transpileProgram()`: several Smalltalk files (a Tonel package directory, fileIns) that form
 * one program, in; a coherent set of TypeScript modules (one per file, plus an entry module)
 * out. See `emit/program-emitter.ts` for the module layout.
 *
 * @module
 */

import { posix } from "node:path";
import type { SourceUnit } from "./ast/units.js";
import type { TypeCatalogue } from "./catalogue/catalogue.js";
import { defaultCatalogue } from "./catalogue/default-catalogue.js";
import { type Diagnostic, DiagnosticCode, diagnosticAt, hasErrors, sortDiagnostics } from "./diagnostics.js";
import { emitProgram, type GeneratedModule, type ProgramFile } from "./emit/program-emitter.js";
import { readSmalltalkSource } from "./readers/detect.js";

/** One Smalltalk file of a program. */
export interface ProgramInputFile {
  /** Its name (a path relative to the program's root, posix): diagnostics use it, and it places the module. */
  readonly fileName: string;
  /** Its text. */
  readonly text: string;
}

/** Options of {@link transpileProgram}. */
export interface TranspileProgramOptions {
  /** The dialect whose behaviour the program gets (`squeak`, the default, or `pharo`). */
  readonly dialect?: "squeak" | "pharo";
  /** The type catalogue (default: the one shipped with st2ts). */
  readonly catalogue?: TypeCatalogue;
  /** `typescript` (the default) or `javascript`. */
  readonly target?: "typescript" | "javascript";
  /** Rewrites the runtime packages' names in the generated imports. */
  readonly moduleSpecifier?: (module: string) => string;
  /** The entry module's path (default `index.ts`). */
  readonly entryFile?: string;
  /** Each module's path, from its file's name (default: `.st` replaced by `.ts`). */
  readonly outFile?: (fileName: string) => string;
  /** How a module names its source in its banner and source map (default: the relative path to it). */
  readonly sourceName?: (fileName: string, outFile: string) => string;
}

/** What {@link transpileProgram} answers. */
export interface TranspileProgramResult {
  /** The modules in load order (the entry module last); empty when there are errors. */
  readonly modules: readonly GeneratedModule[];
  /** The path of the module that runs the program (the entry module, or the only one). */
  readonly entry: string | undefined;
  /** Errors and warnings of every file, sorted by file and position. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Whether a file's units define or extend classes (then it is compiled as a program, not as do-its only). */
export function definesClasses(units: readonly SourceUnit[]): boolean {
  return units.some(
    (unit) =>
      unit.kind === "ClassDefinition" ||
      unit.kind === "MethodDefinition" ||
      unit.kind === "ClassInstanceVariables" ||
      unit.kind === "ClassExtension",
  );
}

function defaultOutFile(fileName: string): string {
  return `${fileName.endsWith(".st") ? fileName.slice(0, -3) : fileName}.ts`;
}

function relativeSource(fileName: string, outFile: string): string {
  return posix.relative(posix.dirname(outFile), fileName);
}

/**
 * Transpiles the files of one program together: classes may refer to classes of other files, in
 * cycles too. Never throws: problems are diagnostics.
 */
export function transpileProgram(
  files: readonly ProgramInputFile[],
  options: TranspileProgramOptions = {},
): TranspileProgramResult {
  const dialect = options.dialect ?? "squeak";
  const diagnostics: Diagnostic[] = [];
  try {
    const read: ProgramFile[] = files.map((file) => {
      const result = readSmalltalkSource(file.text, { fileName: file.fileName, dialect });
      diagnostics.push(...result.diagnostics);
      const outFile = (options.outFile ?? defaultOutFile)(file.fileName);
      return {
        fileName: file.fileName,
        text: file.text,
        units: result.units,
        outFile,
        sourceName: (options.sourceName ?? relativeSource)(file.fileName, outFile),
      };
    });
    if (hasErrors(diagnostics))
      return { modules: [], entry: undefined, diagnostics: sortDiagnostics(diagnostics) };
    return emitRead(read, options, diagnostics);
  } catch (error) {
    return {
      modules: [],
      entry: undefined,
      diagnostics: [internalError(files[0]?.fileName ?? "<input>", error)],
    };
  }
}

/** Emits a program whose files are read (`transpile` of one file that defines classes comes here too). */
export function emitRead(
  files: readonly ProgramFile[],
  options: TranspileProgramOptions,
  readDiagnostics: readonly Diagnostic[] = [],
): TranspileProgramResult {
  const output = emitProgram(files, {
    dialect: options.dialect ?? "squeak",
    catalogue: options.catalogue ?? defaultCatalogue(),
    typescript: options.target !== "javascript",
    ...(options.moduleSpecifier === undefined ? {} : { moduleSpecifier: options.moduleSpecifier }),
    ...(options.entryFile === undefined ? {} : { entryFile: options.entryFile }),
  });
  return {
    modules: output.modules,
    entry: output.entry,
    diagnostics: sortDiagnostics([...readDiagnostics, ...output.diagnostics]),
  };
}

/** The diagnostic for an exception inside st2ts. */
export function internalError(fileName: string, error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  const span = { file: fileName, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
  return diagnosticAt(span, DiagnosticCode.InternalError, "error", `internal error in st2ts: ${detail}`);
}
