/**
 * Type-checks TypeScript snippets with the repository's strict compiler policy
 * (`tsconfig.base.json`) against the packages' built declarations, as one program of in-memory
 * files that live (virtually) in this package, so that `@smalltalk-sockets/*` and `st2ts`
 * resolve as they would for a user.
 *
 * @module
 */

import { dirname, join } from "node:path";
import ts from "typescript";
import { PACKAGE } from "./repository.js";

/** A file to check: its name (unique, ending in `.ts`) and text. */
export interface VirtualFile {
  readonly name: string;
  readonly text: string;
}

/** A compiler error in a checked file. */
export interface CheckError {
  /** 1-based line in the file. */
  readonly line: number;
  readonly code: number;
  readonly message: string;
}

/** The directory the virtual files are placed in (it does not exist on disk). */
const VIRTUAL_DIRECTORY = join(PACKAGE, "snippets");

/**
 * The compiler options of `tsconfig.base.json`, read through this package's `tsconfig.json`,
 * which extends it (so that its `types` resolve from this package).
 */
export function baseCompilerOptions(): ts.CompilerOptions {
  const path = join(PACKAGE, "tsconfig.json");
  const config = ts.readConfigFile(path, ts.sys.readFile);
  if (config.error !== undefined)
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, PACKAGE, undefined, path);
  return { ...parsed.options, noEmit: true };
}

/** Type-checks `files` together; answers the errors of each file by name (global ones under `""`). */
export function typeCheck(files: readonly VirtualFile[]): Map<string, CheckError[]> {
  const options = baseCompilerOptions();
  const virtual = new Map(files.map((file) => [join(VIRTUAL_DIRECTORY, file.name), file.text]));
  const host = ts.createCompilerHost(options, true);
  const { fileExists, readFile, getSourceFile, directoryExists } = host;
  const directories = new Set([...virtual.keys()].flatMap((name) => ancestors(name)));
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.directoryExists = (name) => directories.has(name) || (directoryExists?.call(host, name) ?? true);
  host.readFile = (name) => virtual.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, onError, shouldCreate) => {
    const text = virtual.get(name);
    return text === undefined
      ? getSourceFile.call(host, name, language, onError, shouldCreate)
      : ts.createSourceFile(name, text, language, true);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  const errors = new Map<string, CheckError[]>(files.map((file) => [file.name, []]));
  errors.set("", program.getGlobalDiagnostics().concat(program.getOptionsDiagnostics()).map(toError));
  for (const file of files) {
    const source = program.getSourceFile(join(VIRTUAL_DIRECTORY, file.name))!;
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    errors.set(file.name, diagnostics.map(toError));
  }
  return errors;
}

/** The directories that contain `path`, innermost first, up to the virtual directory. */
function ancestors(path: string): string[] {
  const found: string[] = [];
  for (let directory = dirname(path); directory.startsWith(VIRTUAL_DIRECTORY); directory = dirname(directory))
    found.push(directory);
  return found;
}

function toError(diagnostic: ts.Diagnostic): CheckError {
  const line =
    diagnostic.file !== undefined && diagnostic.start !== undefined
      ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
      : 0;
  return {
    line,
    code: diagnostic.code,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
  };
}

/** The names a module exports, each with whether it has a value (else it is a type only). */
export interface ExportedName {
  readonly name: string;
  readonly isValue: boolean;
}

/** What each of `modules` exports, as this package sees them. */
export function exportsOf(modules: readonly string[]): Map<string, ExportedName[]> {
  const options = baseCompilerOptions();
  const name = join(VIRTUAL_DIRECTORY, "exports.ts");
  const text = modules
    .map((module, index) => `import * as m${index} from ${JSON.stringify(module)};\n`)
    .join("");
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (file) => file === name || fileExists.call(host, file);
  host.getSourceFile = (file, language, onError, shouldCreate) =>
    file === name
      ? ts.createSourceFile(file, text, language, true)
      : getSourceFile.call(host, file, language, onError, shouldCreate);
  const program = ts.createProgram([name], options, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(name)!;
  const result = new Map<string, ExportedName[]>();
  source.statements.forEach((statement, index) => {
    const specifier = (statement as ts.ImportDeclaration).moduleSpecifier;
    const symbol = checker.getSymbolAtLocation(specifier);
    if (symbol === undefined) throw new Error(`cannot resolve ${modules[index]}`);
    const names = checker.getExportsOfModule(symbol).map((exported) => {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      return { name: exported.name, isValue: (target.flags & ts.SymbolFlags.Value) !== 0 };
    });
    result.set(modules[index]!, names);
  });
  return result;
}
