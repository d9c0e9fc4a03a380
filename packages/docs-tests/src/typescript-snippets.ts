/**
 * TypeScript snippets as files: a module as written, a fragment after one line that imports
 * every export of the packages (so a fragment may use `Socket`, `runMain`, `send`... without
 * imports), the program a page's modules may import from `../generated/`, and a way to run a
 * module.
 *
 * @module
 */

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transpileProgram } from "st2ts";
import ts from "typescript";
import { type RunResult, run } from "./child-process.js";
import { PACKAGE } from "./repository.js";
import { LOOPBACK_PRELOAD } from "./run-smalltalk.js";
import type { SmalltalkSnippet, TypeScriptSnippet } from "./snippets.js";
import { exportsOf, type VirtualFile } from "./typecheck.js";

/** The modules whose exports a fragment sees, first one first when two export a name. */
export const FRAGMENT_MODULES = [
  "@smalltalk-sockets/runtime",
  "@smalltalk-sockets/process",
  "@smalltalk-sockets/transcript",
  "@smalltalk-sockets/resolver",
  "@smalltalk-sockets/socket-core",
  "@smalltalk-sockets/sunit",
  "st2ts",
] as const;

/** One line of imports that brings every export of {@link FRAGMENT_MODULES} into scope. */
export function fragmentPreamble(): string {
  const taken = new Set<string>();
  const imports: string[] = [];
  for (const [module, names] of exportsOf(FRAGMENT_MODULES)) {
    const specifiers = names
      .filter(({ name }) => !taken.has(name) && name !== "default")
      .map(({ name, isValue }) => {
        taken.add(name);
        return isValue ? name : `type ${name}`;
      });
    if (specifiers.length > 0)
      imports.push(`import { ${specifiers.join(", ")} } from ${JSON.stringify(module)};`);
  }
  return imports.join(" ");
}

/** A snippet as a file to check, with the number of lines put before its code. */
export interface SnippetFile extends VirtualFile {
  readonly linesBefore: number;
}

/** The virtual directory of a page's files: `<page>/test/` holds its snippets, `<page>/generated/` its program. */
export function pageDirectory(snippet: { readonly location: { readonly file: string } }): string {
  return snippet.location.file.replace(/[^\w]+/g, "_");
}

/** The file that checks `snippet` (named after its place in the guide). */
export function snippetFile(snippet: TypeScriptSnippet, preamble: string): SnippetFile {
  const name = `${pageDirectory(snippet)}/test/${snippet.location.line}.ts`;
  return snippet.kind === "fragment"
    ? { name, text: `${preamble}\n${snippet.code}`, linesBefore: 1 }
    : { name, text: snippet.code, linesBefore: 0 };
}

/**
 * The program a page's TypeScript modules import as `../generated/NAME.js`: what
 * `st2ts --out-dir generated` writes for the page's class files (its Smalltalk blocks named
 * `file=NAME.class.st`), with its transpilation errors; null when the page has none.
 */
export function pageProgram(
  snippets: readonly SmalltalkSnippet[],
): { files: VirtualFile[]; errors: string[] } | null {
  const classFiles = snippets.filter(({ fileName }) => fileName.endsWith(".class.st"));
  if (classFiles.length === 0) return null;
  const directory = `${pageDirectory(classFiles[0]!)}/generated`;
  const { modules, diagnostics } = transpileProgram(
    classFiles.map(({ fileName, code }) => ({ fileName, text: code })),
    { dialect: classFiles[0]!.dialect },
  );
  return {
    files: modules.map(({ outFile, code }) => ({ name: `${directory}/${outFile}`, text: code })),
    errors: diagnostics
      .filter(({ severity }) => severity === "error")
      .map(({ file, line, column, code, message }) => `${file}:${line}:${column}: ${code}: ${message}`),
  };
}

/** Runs a TypeScript module (its types stripped by the compiler) with Node, from this package, on loopback. */
export async function runTypeScript(code: string, name: string, timeoutMs: number): Promise<RunResult> {
  const directory = join(PACKAGE, "node_modules", ".cache", "docs-snippets");
  mkdirSync(directory, { recursive: true });
  const file = join(directory, name.replace(/\//g, "_").replace(/\.ts$/, ".mjs"));
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  writeFileSync(file, outputText);
  try {
    return await run(process.execPath, ["--import", LOOPBACK_PRELOAD, file], PACKAGE, timeoutMs);
  } finally {
    rmSync(file, { force: true });
  }
}
